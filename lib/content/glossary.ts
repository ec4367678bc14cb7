/**
 * The Korean glossary (`content/glossary.yaml`): which words one careful Korean author avoids,
 * and where in an article the check looks. Used by the build's loader (an avoided word fails the
 * build), `scripts/glossary-count.ts` (the counter) and `scripts/glossary-fix.ts` (the fixer).
 *
 * Only Korean prose is checked: the `ko` lines of title / summary / severityNote and the Korean
 * body, minus code spans, code blocks (bounce quotes live in ```text blocks), link targets and
 * HTML comments. Samples and signatures are never prose.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';

const avoidEntry = z.union([
  z.string().trim().min(1, 'an avoided word cannot be empty'),
  z.strictObject({
    pattern: z.string().min(1).refine(isRegExp, 'not a valid regular expression'),
    shown: z.string().trim().min(1, 'say which word the pattern stands for'),
  }),
]);

const termSchema = z.strictObject({
  write: z.string().trim().min(1, 'the preferred term is missing'),
  avoid: z.array(avoidEntry).min(1, 'list at least one variant to avoid'),
  fix: z.boolean().default(false),
  allow: z.array(z.string().trim().min(1)).default([]),
  note: z.string().optional(),
});

export const glossarySchema = z.strictObject({
  terms: z.array(termSchema).min(1, 'the glossary has no terms'),
  /** Article ids whose findings are warnings for now (files owned by another helper). */
  pending: z.array(z.string()).default([]),
});

export type GlossaryTerm = z.infer<typeof termSchema>;
export type Glossary = z.infer<typeof glossarySchema>;

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** One avoided word found in a text. */
export interface Finding {
  /** 1-based line in the file (1 for a single string). */
  line: number;
  /** 0-based column of the hit in that line. */
  column: number;
  /** The text that matched, as written. */
  found: string;
  /** The glossary's name of the variant (`shown` for a pattern). */
  variant: string;
  term: GlossaryTerm;
}

interface Matcher {
  re: RegExp;
  /** Literal variants get the Hangul left boundary; patterns carry their own. */
  literal: boolean;
  variant: string;
  term: GlossaryTerm;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiled = new WeakMap<Glossary, Matcher[]>();

function matchersOf(glossary: Glossary): Matcher[] {
  let list = compiled.get(glossary);
  if (!list) {
    list = glossary.terms.flatMap((term) =>
      term.avoid.map((a) =>
        typeof a === 'string'
          ? // A run of spaces in the text still matches one space in the glossary.
            { re: new RegExp(escapeRe(a).replace(/ /g, '\\s+'), 'gu'), variant: a, term, literal: true }
          : { re: new RegExp(a.pattern, 'gu'), variant: a.shown, term, literal: false },
      ),
    );
    compiled.set(glossary, list);
  }
  return list;
}

/** True when an `allow` phrase of the term covers the hit at [start, end) of `text`. */
function allowed(text: string, start: number, end: number, term: GlossaryTerm): boolean {
  for (const phrase of term.allow) {
    let from = Math.max(0, start - phrase.length);
    for (;;) {
      const at = text.indexOf(phrase, from);
      if (at < 0 || at > end) break;
      if (at <= start && at + phrase.length >= end) return true;
      from = at + 1;
    }
  }
  return false;
}

/**
 * Finds the avoided words in one line of prose (already masked: code and link targets blanked).
 * A literal hit that starts with Hangul counts only when the character before it is not Hangul (Korean
 * compounds: 받은편지함 is a folder's name, not 편지함; 확인사항 holds no 인사). Where two
 * variants overlap, the earlier glossary term wins, so 보내는 쪽 관리자 is reported once.
 *
 * @example findInLine('보내는 서버가 거절했습니다', g, 1).map((f) => f.variant) // ['보내는 서버', '거절']
 */
export function findInLine(text: string, glossary: Glossary, line: number): Finding[] {
  const found: Finding[] = [];
  const taken: [number, number][] = [];
  for (const m of matchersOf(glossary)) {
    m.re.lastIndex = 0;
    for (const hit of text.matchAll(m.re)) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (hit[0].length === 0) continue;
      if (m.literal && HANGUL.test(hit[0][0] ?? '') && start > 0 && HANGUL.test(text[start - 1] ?? '')) continue;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      if (allowed(text, start, end, m.term)) continue;
      taken.push([start, end]);
      found.push({ line, column: start, found: hit[0], variant: m.variant, term: m.term });
    }
  }
  return found.sort((a, b) => a.column - b.column);
}

/** Blanks inline code, link targets, autolinks and HTML comments, keeping columns. */
export function maskInline(line: string): string {
  const blank = (s: string) => ' '.repeat(s.length);
  return line
    .replace(/(`+)[^`]*?\1/g, blank)
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (s) => `]${blank(s.slice(1))}`)
    .replace(/<https?:[^>\s]*>/g, blank)
    .replace(/<!--.*?-->/g, blank);
}

/** A line of Korean prose in an article file, masked and ready to check. */
export interface ProseLine {
  line: number;
  text: string;
}

const FRONTMATTER_PROSE = new Set(['title', 'summary', 'severityNote']);

/**
 * The Korean prose of an article file, line by line: the `ko:` values of title, summary and
 * severityNote, and the Korean body outside code blocks. Line numbers are the file's.
 */
export function koreanProse(raw: string): ProseLine[] {
  const lines = raw.split(/\r?\n/);
  const out: ProseLine[] = [];
  let i = 0;
  if (lines[0]?.trim() === '---') {
    let key = '';
    let inKo = false;
    for (i = 1; i < lines.length; i++) {
      const l = lines[i] ?? '';
      if (l.trim() === '---') {
        i++;
        break;
      }
      const top = /^([A-Za-z]\w*):/.exec(l);
      if (top) {
        key = top[1] ?? '';
        inKo = false;
        continue;
      }
      const sub = /^\s+(\w+):\s?(.*)$/.exec(l);
      if (sub) inKo = FRONTMATTER_PROSE.has(key) && sub[1] === 'ko';
      if (inKo) out.push({ line: i + 1, text: maskInline(sub ? ' '.repeat(l.length - (sub[2] ?? '').length) + (sub[2] ?? '') : l) });
    }
  }
  let lang = '';
  let fence = '';
  for (; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const mark = /^<!--\s*lang:(ko|en)\s*-->\s*$/.exec(l);
    if (mark && !fence) {
      lang = mark[1] ?? '';
      continue;
    }
    const f = /^\s*(`{3,}|~{3,})/.exec(l);
    if (f) {
      const tick = f[1] ?? '';
      if (!fence) fence = tick;
      else if (tick[0] === fence[0] && tick.length >= fence.length && l.trim() === tick) fence = '';
      continue;
    }
    if (fence || lang !== 'ko') continue;
    out.push({ line: i + 1, text: maskInline(l) });
  }
  return out;
}

/** Every avoided word in the Korean prose of an article file. */
export function findInArticle(raw: string, glossary: Glossary): Finding[] {
  return koreanProse(raw).flatMap((p) => findInLine(p.text, glossary, p.line));
}

/** The report line: `file: 12: "보내는 서버" → "발송 서버"`. */
export function formatFinding(source: string, f: Finding): string {
  const note = f.term.note && !f.term.fix ? ` (${f.term.note})` : '';
  return `${source}: ${f.line}: "${f.found.replace(/\s+/g, ' ')}" → "${f.term.write}"${note}`;
}

/** Parses and validates glossary YAML; problems are pushed as `file: field: message`. */
export function parseGlossary(text: string, source: string, problems: string[]): Glossary | null {
  let data: unknown;
  try {
    // gray-matter already carries our YAML parser; a front-matter wrapper reuses it.
    data = matter(`---\n${text}\n---\n`, {}).data;
  } catch (e) {
    problems.push(`${source}: YAML does not parse (${(e as Error).message.split('\n')[0]})`);
    return null;
  }
  const result = glossarySchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
      problems.push(`${source}: ${where || '(glossary)'}: ${issue.message}`);
    }
    return null;
  }
  return result.data;
}

export const GLOSSARY_FILE = path.join('content', 'glossary.yaml');

const cache = new Map<string, Glossary>();

/** Loads `content/glossary.yaml` under `root` (default: the working directory). Throws on a bad file. */
export function loadGlossary(root = process.cwd()): Glossary {
  const file = path.join(root, GLOSSARY_FILE);
  const hit = cache.get(file);
  if (hit) return hit;
  const problems: string[] = [];
  const g = parseGlossary(fs.readFileSync(file, 'utf8'), GLOSSARY_FILE, problems);
  if (!g) throw new Error(`glossary is invalid:\n  ${problems.join('\n  ')}`);
  cache.set(file, g);
  return g;
}
