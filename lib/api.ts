/**
 * bouncekb as a library: the same matcher the site's worker and the CLI run, with the articles
 * that ship in the package. Pure (no fs): the Node entry (`lib/index.ts`) tells it where the
 * prebuilt data lives; a browser or a test can hand it data or a built index directly.
 *
 * @example
 * import { analyze } from 'bouncekb';
 * const { diagnoses } = await analyze(rawBounce, { lang: 'en' });
 * console.log(diagnoses[0]?.reason, diagnoses[0]?.matches[0]?.url);
 */
import { analyze as analyzeWith, buildIndex, type MatchIndex } from './matcher';
import type { Analysis, AnalyzeOptions } from './matcher/types';
import type { BundleData, Guide } from './bundle/data';
import { search as searchWith, type SearchIndex, type SearchResult } from './search';
import type { Lang } from './matcher/vocabulary';

/** Where the shipped data comes from (set once by the entry that knows: Node reads a file). */
export type DataLoader = () => Promise<BundleData>;

let loader: DataLoader | null = null;
let data: Promise<BundleData> | null = null;
let index: Promise<MatchIndex> | null = null;

/**
 * Sets where `analyze()` without an index gets its articles; forgets anything loaded before.
 *
 * @example
 * setDataLoader(async () => (await fetch('/bouncekb.json')).json());
 */
export function setDataLoader(load: DataLoader): void {
  loader = load;
  data = null;
  index = null;
}

/**
 * The shipped data (articles, first steps), loaded once on first use.
 *
 * @example
 * const { articles } = await loadData();
 */
export function loadData(): Promise<BundleData> {
  if (!loader) return Promise.reject(new Error('bouncekb: no article data: import from "bouncekb" (Node) or call setDataLoader() first'));
  data ??= loader();
  return data;
}

/**
 * The matcher index over the shipped articles, built once on first use (a few milliseconds).
 *
 * @example
 * const index = await defaultIndex();
 * await analyze(text, { index }); // same as analyze(text)
 */
export function defaultIndex(): Promise<MatchIndex> {
  index ??= loadData().then((d) => buildIndex(d.articles));
  return index;
}

/** Options of `analyze()`: the matcher's own, plus an index to use instead of the shipped one. */
export interface LibraryAnalyzeOptions extends AnalyzeOptions {
  /** An index built with `buildIndex(articles)`; default: the articles shipped in the package. */
  index?: MatchIndex;
}

/**
 * Analyses one input: a whole bounce (bytes or text), a DSN part, log lines, one line or a code.
 * Never throws on bad input: an empty or binary input gives no diagnoses and a note. Only the
 * first 512 KB of an input are read.
 *
 * @example
 * import { analyze } from 'bouncekb';
 * const a = await analyze('550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown', { lang: 'en' });
 * a.diagnoses[0].reason;         // 'userunknown'
 * a.diagnoses[0].matches[0].url; // '/en/errors/...'
 */
export async function analyze(input: string | Uint8Array, opts: LibraryAnalyzeOptions = {}): Promise<Analysis> {
  const { index: given, ...rest } = opts;
  return analyzeWith(input, given ?? (await defaultIndex()), rest);
}

/** Where `search()` gets the prebuilt index of a language (set by the Node entry). */
export type SearchLoader = (lang: Lang) => Promise<SearchIndex>;

let searchLoader: SearchLoader | null = null;
const searchIndexes = new Map<Lang, Promise<SearchIndex>>();

/**
 * Sets where `search()` without an index gets the prebuilt index of a language.
 *
 * @example
 * setSearchLoader(async (lang) => (await fetch(`/data/search-${lang}.json`)).json());
 */
export function setSearchLoader(load: SearchLoader): void {
  searchLoader = load;
  searchIndexes.clear();
}

/**
 * The prebuilt search index of `lang`, loaded once on first use.
 *
 * @example
 * const index = await searchIndex('en');
 */
export function searchIndex(lang: Lang): Promise<SearchIndex> {
  if (!searchLoader) return Promise.reject(new Error('bouncekb: no search index: import from "bouncekb" (Node) or call setSearchLoader() first'));
  let p = searchIndexes.get(lang);
  if (!p) searchIndexes.set(lang, (p = searchLoader(lang)));
  return p;
}

/** Options of `search()`. */
export interface LibrarySearchOptions {
  /** Language of the titles, summaries and URLs; default `ko`. */
  lang?: Lang;
  /** Results at most; default 10. */
  limit?: number;
  /** A search index to use instead of the shipped one. */
  index?: SearchIndex;
}

/**
 * The site's typed search: words in Korean or English, codes (5.7.1, 550), provider names and
 * unique terms (S3150, DAS51). The index of the language is loaded on the first call.
 *
 * @example
 * import { search } from 'bouncekb';
 * const [top] = await search('relay denied', { lang: 'en', limit: 3 });
 * top?.url; // '/en/errors/...'
 */
export async function search(query: string, opts: LibrarySearchOptions = {}): Promise<SearchResult[]> {
  const lang = opts.lang ?? 'ko';
  return searchWith(opts.index ?? (await searchIndex(lang)), query, { lang, limit: opts.limit });
}

/**
 * Who acts first on an article and their first fix step (from the article's fix section).
 *
 * @example
 * (await guideFor('daum-das51-antispam-block'))?.who; // 'sender-admin'
 */
export async function guideFor(id: string): Promise<Guide | null> {
  return (await loadData()).guides[id] ?? null;
}

export type { BundleData, Guide } from './bundle/data';
export { buildIndex, type MatchIndex } from './matcher';
export type { SearchIndex, SearchResult } from './search';
export type { Analysis, AnalyzeOptions, Diagnosis, Match, MatchArticle, MatchWhy } from './matcher/types';
export { REASONS, LANGS, ACTORS, type Reason, type Lang, type Actor, type Provider, type Severity } from './matcher/vocabulary';
