/**
 * Builds the per-language search index from the loaded articles, the code registries and the
 * synonym groups. The output is plain JSON: scripts/build-data.ts writes it for the browser's
 * worker, the CLI builds it (or loads the prebuilt one). Pure: the caller reads the files.
 */
import { allHubCodes, codeMeaning } from '../site/codes';
import type { Kind, Lang, Provider, Reason, Severity } from '../matcher/vocabulary';
import { indexWords, isKoreanPredicate, termWords } from './text';
import { FIELDS, type Field, type IndexedSynonymGroup, type SearchCode, type SearchDoc, type SearchIndex } from './types';

/** What the builder needs of an article: a structural subset of the content loader's Article. */
export interface SearchSourceArticle {
  id: string;
  kind: Kind;
  reason: Reason;
  severity: Severity;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  replyCodes: string[];
  statusCodes: string[];
  providers: Provider[];
  signatures: Array<string | string[]>;
  related: string[];
  body: Record<Lang, { html: string }>;
}

/** A synonym group as written in content/synonyms.json (already checked by its schema). */
export interface SynonymGroupSource {
  id: string;
  terms: string[];
  reasons?: Reason[];
  providers?: Provider[];
  weak?: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** Rendered HTML to plain text (the renderer's own output: tags and a few entities). */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The body without its "related" list (other articles' titles are not this one's words). */
function bodyOwnText(html: string): string {
  return htmlText(html.replace(/<h2 id="related"[\s\S]*?(?=<h2 |$)/, ' '));
}

/** The first step of the fix section, as plain text, at most about 240 characters. */
export function firstFixStep(html: string): string | undefined {
  const at = html.indexOf('<h2 id="fix"');
  if (at < 0) return undefined;
  const end = html.indexOf('<h2 ', at + 5);
  const section = html.slice(at, end < 0 ? undefined : end);
  const m = /<li>([\s\S]*?)(?:<\/li>|<ol>|<ul>|<pre>)/.exec(section) ?? /<p>([\s\S]*?)<\/p>/.exec(section);
  if (!m) return undefined;
  return clip(htmlText(m[1] as string), 240);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}

/**
 * The summary's first sentence (Korean and English both end sentences with `.`), so a result
 * reads in one line.
 *
 * @example
 * firstSentence('Gmail refused it. Retrying will not help.'); // 'Gmail refused it.'
 */
export function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](?=\s|$)/.exec(text);
  return clip((m ? m[0] : text).trim(), 200);
}

function delta(ids: number[]): number[] {
  return ids.map((v, i) => (i ? v - (ids[i - 1] as number) : v));
}

/** The title of a code's result: the generic article's title in the reader's language, else the registry's. */
function codeTitle(code: string, lang: Lang, articles: SearchSourceArticle[]): string {
  const m = codeMeaning(code);
  const page = articles.find((a) => a.kind === 'standard' && (a.statusCodes.includes(m.registryCode ?? '') || a.replyCodes.includes(m.registryCode ?? '')));
  if (page) {
    // "X.7.1 전송 거부 (권한 없음): 일반 안내" -> "전송 거부 (권한 없음)"
    const t = page.title[lang].replace(/^X\.\d+\.\d+\s*|^\d{3}\s*/, '').replace(/:[^:]*$/, '').trim();
    if (t) return t;
  }
  return m.title;
}

/**
 * Builds the index of one language.
 *
 * @example
 * const index = buildSearchIndex({ lang: 'ko', articles: loadArticles(), synonyms: loadSynonyms().groups });
 * search(index, '스팸 차단')[0]; // { type: 'article', id: 'reason-spamdetected', ... }
 */
export function buildSearchIndex(input: { lang: Lang; articles: SearchSourceArticle[]; synonyms: SynonymGroupSource[] }): SearchIndex {
  const { lang, articles } = input;
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  const sorted = [...articles].sort((a, b) => a.id.localeCompare(b.id));
  const postings = Object.fromEntries(FIELDS.map((f) => [f, new Map<string, number[]>()])) as Record<Field, Map<string, number[]>>;
  const add = (field: Field, text: string, i: number) => {
    for (const w of new Set(indexWords(text))) {
      if ((field === 'body' || field === 'summary') && isKoreanPredicate(w)) continue;
      const list = postings[field].get(w);
      if (!list) postings[field].set(w, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  };
  const inbound = new Map<string, number>();
  for (const a of sorted) for (const r of new Set(a.related)) if (r !== a.id) inbound.set(r, (inbound.get(r) ?? 0) + 1);
  const docs: SearchDoc[] = sorted.map((a, i) => {
    add('title', a.title[lang], i);
    add('sig', a.signatures.flat().join(' \n '), i);
    add('alt', a.title[other], i);
    add('summary', a.summary[lang], i);
    add('body', bodyOwnText(a.body[lang].html), i);
    const fix = firstFixStep(a.body[lang].html);
    return {
      id: a.id,
      kind: a.kind,
      reason: a.reason,
      severity: a.severity,
      title: a.title[lang],
      summary: firstSentence(a.summary[lang]),
      ...(fix ? { fix } : {}),
      replyCodes: [...a.replyCodes],
      statusCodes: [...a.statusCodes],
      providers: [...a.providers],
      inbound: inbound.get(a.id) ?? 0,
    };
  });
  // A word already in a stronger field of a document is not repeated in its body.
  const out = Object.fromEntries(FIELDS.map((f) => [f, {} as Record<string, number[]>])) as SearchIndex['postings'];
  for (const f of FIELDS) {
    for (const [w, ids] of [...postings[f]].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      const kept = f === 'body' ? ids.filter((i) => !postings.title.get(w)?.includes(i) && !postings.summary.get(w)?.includes(i)) : ids;
      if (kept.length) out[f][w] = delta(kept);
    }
  }
  const codes: SearchCode[] = allHubCodes(sorted.flatMap((a) => [...a.replyCodes, ...a.statusCodes])).map((code) => ({ code, title: codeTitle(code, lang, sorted) }));
  const synonyms: IndexedSynonymGroup[] = input.synonyms.map((g) => ({
    id: g.id,
    terms: g.terms.map((t) => termWords(t)).filter((ws) => ws.length > 0),
    reasons: [...(g.reasons ?? [])],
    providers: [...(g.providers ?? [])],
    ...(g.weak ? { weak: true } : {}),
  }));
  return { version: 1, lang, docs, codes, synonyms, postings: out };
}

/** The body postings, kept in their own file: the larger part, loaded with the rest on first use. */
export interface SearchBodyIndex {
  version: 1;
  lang: Lang;
  body: Record<string, number[]>;
}

/**
 * Splits an index into the part results need (documents, codes, titles, summaries) and the body
 * postings, for two files; `joinSearchIndex` puts them back.
 *
 * @example
 * const { main, body } = splitSearchIndex(index);
 * joinSearchIndex(main, body); // deep-equals index
 */
export function splitSearchIndex(index: SearchIndex): { main: SearchIndex; body: SearchBodyIndex } {
  return { main: { ...index, postings: { ...index.postings, body: {} } }, body: { version: 1, lang: index.lang, body: index.postings.body } };
}

/** The whole index from its two files (throws on files of different languages or versions). */
export function joinSearchIndex(main: SearchIndex, body: SearchBodyIndex): SearchIndex {
  if (main.version !== 1 || body.version !== 1 || main.lang !== body.lang) throw new Error(`search index files do not belong together (${main.lang} v${main.version}, body ${body.lang} v${body.version})`);
  return { ...main, postings: { ...main.postings, body: body.body } };
}
