/**
 * Server-only content loader: reads `content/errors/*.md`, validates the frontmatter, splits the
 * two languages and renders them. Returns plain JSON-able objects. Any problem throws a
 * ContentError whose message lists `file: field: what is wrong` lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { frontmatterSchema, type Frontmatter } from './schema';
import { renderBody, type Section } from './markdown';
import { findInArticle, formatFinding, GLOSSARY_FILE, loadGlossary } from './glossary';
import type { Lang } from '../matcher/vocabulary';

export interface ArticleBody {
  html: string;
  sections: Section[];
}

export interface Article extends Frontmatter {
  /** Path relative to the project root, e.g. `content/errors/daum-das51-antispam-block.md`. */
  source: string;
  body: Record<Lang, ArticleBody>;
}

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

const LANG_MARK = /^<!--\s*lang:(ko|en)\s*-->\s*$/gm;

/** Splits a body into its `<!-- lang:ko -->` and `<!-- lang:en -->` parts. */
function splitLanguages(body: string, where: string, problems: string[]): Partial<Record<Lang, string>> {
  const marks = [...body.matchAll(LANG_MARK)];
  const out: Partial<Record<Lang, string>> = {};
  marks.forEach((m, i) => {
    const lang = m[1] as Lang;
    const start = (m.index ?? 0) + m[0].length;
    const end = marks[i + 1]?.index ?? body.length;
    if (out[lang] !== undefined) problems.push(`${where}: body: "<!-- lang:${lang} -->" appears twice`);
    out[lang] = body.slice(start, end).trim();
  });
  for (const lang of ['ko', 'en'] as const) {
    if (!out[lang]) problems.push(`${where}: body.${lang}: translation is missing (add a "<!-- lang:${lang} -->" part)`);
  }
  return out;
}

function formatZodPath(p: PropertyKey[]): string {
  return p.map((k) => (typeof k === 'number' ? `[${k}]` : String(k))).join('.').replace(/\.\[/g, '[') || '(frontmatter)';
}

function codeClass(code: string): string {
  return code[0] === 'X' ? 'X' : (code[0] as string);
}

/** A 5xx code on a transient article, or a 4xx on a permanent one, needs a stated reason. */
function checkSeverity(fm: Frontmatter, where: string, problems: string[]): void {
  if (fm.severity === 'varies') {
    if (fm.kind !== 'standard' && fm.kind !== 'reason') {
      problems.push(`${where}: severity: "varies" is only for standard and reason articles (allowed here: permanent, transient)`);
    }
    return;
  }
  const classes = new Set([...fm.replyCodes, ...fm.statusCodes].map(codeClass));
  const contradicts =
    (fm.severity === 'transient' && classes.has('5')) || (fm.severity === 'permanent' && classes.has('4'));
  if (contradicts && !fm.severityNote) {
    problems.push(
      `${where}: severity: "${fm.severity}" contradicts the code class (${[...classes].join(', ')}xx); add severityNote {ko, en} saying why`,
    );
  }
}

/**
 * The Korean glossary: every avoided word in the Korean prose is a problem,
 * `file: line: "보내는 서버" → "발송 서버"`. Ids on the glossary's `pending` list are skipped here
 * (scripts/check-content.ts prints them as warnings).
 */
function checkGlossary(raw: string, id: string, source: string, problems: string[], glossaryRoot?: string): void {
  let glossary;
  try {
    glossary = loadGlossary(glossaryRoot);
  } catch (e) {
    problems.push((e as Error).message);
    return;
  }
  if (glossary.pending.includes(id)) return;
  for (const f of findInArticle(raw, glossary)) problems.push(formatFinding(source, f));
}

/**
 * Parses and validates one article file; pushes problems instead of throwing. `glossaryRoot` is
 * the project folder holding content/glossary.yaml (default: the working directory).
 */
export function parseArticle(raw: string, source: string, problems: string[], glossaryRoot?: string): Article | null {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An options object keeps gray-matter from caching (and sharing) the parsed result.
    parsed = matter(raw, {});
  } catch (e) {
    problems.push(`${source}: frontmatter: YAML does not parse (${(e as Error).message.split('\n')[0]})`);
    return null;
  }
  const result = frontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const allowed = 'values' in issue && Array.isArray(issue.values) ? ` (allowed: ${issue.values.join(', ')})` : '';
      problems.push(`${source}: ${formatZodPath(issue.path)}: ${issue.message}${allowed}`);
    }
    return null;
  }
  const fm = result.data;
  const expectedId = path.basename(source, '.md');
  if (fm.id !== expectedId) problems.push(`${source}: id: "${fm.id}" must equal the file name "${expectedId}"`);
  checkSeverity(fm, source, problems);
  checkGlossary(raw, fm.id, source, problems, glossaryRoot);
  const parts = splitLanguages(parsed.content, source, problems);
  if (!parts.ko || !parts.en) return null;
  const before = problems.length;
  const ko = renderBody(parts.ko, problems);
  const en = renderBody(parts.en, problems);
  for (let i = before; i < problems.length; i++) problems[i] = `${source}: body: ${problems[i]}`;
  const koIds = ko.sections.map((s) => s.id).join(',');
  const enIds = en.sections.map((s) => s.id).join(',');
  if (koIds !== enIds) {
    problems.push(`${source}: body: heading ids differ between languages (ko: ${koIds || 'none'}; en: ${enIds || 'none'})`);
  }
  return { ...fm, source, body: { ko, en } };
}

/** Cross-file checks: duplicate ids and links to articles that do not exist. */
function checkCollection(articles: Article[], problems: string[]): void {
  const seen = new Map<string, string>();
  for (const a of articles) {
    const first = seen.get(a.id);
    if (first) problems.push(`${a.source}: id: "${a.id}" is already used by ${first}`);
    else seen.set(a.id, a.source);
  }
  for (const a of articles) {
    a.related.forEach((r, i) => {
      if (!seen.has(r)) problems.push(`${a.source}: related[${i}]: no article has id "${r}"`);
    });
  }
}

/** Loads every `*.md` under `dir` (default `content/errors`). Throws ContentError on any problem. */
export function loadArticles(dir = path.join(process.cwd(), 'content', 'errors')): Article[] {
  const problems: string[] = [];
  const root = process.cwd();
  // The glossary of the project that holds `dir` (content/errors → ../../content/glossary.yaml),
  // so loading from another working directory still checks against the right file; a fixture
  // tree without its own glossary uses the working directory's.
  const owner = path.resolve(dir, '..', '..');
  const glossaryRoot = fs.existsSync(path.join(owner, GLOSSARY_FILE)) ? owner : root;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const articles: Article[] = [];
  for (const file of files) {
    const full = path.join(dir, file);
    const source = path.relative(root, full).split(path.sep).join('/');
    const article = parseArticle(fs.readFileSync(full, 'utf8'), source, problems, glossaryRoot);
    if (article) articles.push(article);
  }
  checkCollection(articles, problems);
  if (problems.length) throw new ContentError(problems);
  return articles;
}
