/**
 * The search's synonym groups, `content/synonyms.json`: words admins type for the same thing,
 * in Korean and English. Checked by a zod schema; a broken group stops the build with
 * `content/synonyms.json: groups[3] (spam): terms[1]: what is wrong`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROVIDERS, REASONS } from '../matcher/vocabulary';
import { indexWords, termWords } from '../search/text';
import { GLOSSARY_FILE, loadGlossary } from './glossary';
import { ContentError } from './load';

const group = z.strictObject({
  /** ASCII, lower-case, hyphens: names the group in error messages and tests. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens'),
  /** Two or more words or phrases that mean the same to a searcher. */
  terms: z.array(z.string().trim().min(1, 'a term cannot be empty')).min(2, 'a group needs at least 2 terms'),
  /** Articles of these reasons match the group (`수신자 없음` finds userunknown articles). */
  reasons: z.array(z.enum(REASONS)).optional(),
  /** Articles of these providers match the group (`한메일` finds Daum's articles). */
  providers: z.array(z.enum(PROVIDERS)).optional(),
  /** Words that say nothing on their own (메일, 오류, 해결): dropped from a query with other words. */
  weak: z.boolean().optional(),
});

export const synonymsSchema = z.strictObject({
  $comment: z.string().optional(),
  groups: z.array(group).min(1),
});

export type SynonymsFile = z.infer<typeof synonymsSchema>;

/**
 * Checks a parsed synonyms file; returns the problems (empty when it is fine).
 *
 * @example
 * checkSynonyms({ groups: [{ id: 'spam', terms: ['스팸'] }] }, 'content/synonyms.json');
 * // ['content/synonyms.json: groups[0] (spam): terms: a group needs at least 2 terms']
 */
export function checkSynonyms(data: unknown, source: string): string[] {
  const problems: string[] = [];
  const parsed = synonymsSchema.safeParse(data);
  const groups = (data as { groups?: Array<{ id?: unknown }> } | null)?.groups;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, ...rest] = issue.path;
      const id = head === 'groups' && typeof index === 'number' ? groups?.[index]?.id : undefined;
      const where = head === 'groups' && typeof index === 'number' ? `groups[${index}]${typeof id === 'string' ? ` (${id})` : ''}` : String(head ?? '(file)');
      const field = rest.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
      const allowed = 'values' in issue && Array.isArray(issue.values) ? ` (allowed: ${issue.values.slice(0, 12).join(', ')}${issue.values.length > 12 ? ', ...' : ''})` : '';
      problems.push(`${source}: ${where}${field ? `: ${field}` : ''}: ${issue.message}${allowed}`);
    }
    return problems;
  }
  const seen = new Set<string>();
  parsed.data.groups.forEach((g, i) => {
    if (seen.has(g.id)) problems.push(`${source}: groups[${i}] (${g.id}): id: "${g.id}" is used by another group`);
    seen.add(g.id);
    g.terms.forEach((t, k) => {
      if (!termWords(t).length) problems.push(`${source}: groups[${i}] (${g.id}): terms[${k}]: "${t}" has no searchable word (only stop words)`);
    });
  });
  return problems;
}

/**
 * The Korean glossary's variants as synonym groups: an avoided word (보내는 서버, 사서함) is
 * still what people type, so each term's plain variants match its preferred word. Patterns are
 * left out (they are for inflected prose). No glossary file: no groups.
 *
 * @example
 * glossaryGroups(process.cwd())[0]; // { id: 'glossary-0', terms: ['발송 서버 관리자', '보내는 쪽 관리자', ...] }
 */
export function glossaryGroups(root = process.cwd()): SynonymsFile['groups'] {
  if (!fs.existsSync(path.join(root, GLOSSARY_FILE))) return [];
  return loadGlossary(root).terms.flatMap((t, i) => {
    const terms = [t.write, ...t.avoid.filter((a): a is string => typeof a === 'string')].filter((w) => indexWords(w).length > 0);
    return new Set(terms).size >= 2 ? [{ id: `glossary-${i}`, terms: [...new Set(terms)] }] : [];
  });
}

/**
 * Loads and checks `content/synonyms.json` under `root`, followed by the glossary's groups
 * (content/glossary.yaml, when there is one; the file's own groups come first and win where
 * both name a word). Throws a ContentError naming the file
 * and the group on any problem.
 *
 * @example
 * const { groups } = loadSynonyms(process.cwd());
 */
export function loadSynonyms(root = process.cwd()): SynonymsFile {
  const file = path.join(root, 'content', 'synonyms.json');
  const source = 'content/synonyms.json';
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ContentError([`${source}: ${(e as Error).message.split('\n')[0]}`]);
  }
  const problems = checkSynonyms(data, source);
  if (problems.length) throw new ContentError(problems);
  const own = data as SynonymsFile;
  return { ...own, groups: [...own.groups, ...glossaryGroups(root)] };
}
