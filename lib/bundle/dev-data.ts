/**
 * Running from the TypeScript sources (tests, tsx scripts): the shipped data built in memory from
 * the repository's content/, once per process. Never writes anything.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../content/load';
import type { BundleData } from './data';
import { bundleData } from './from-content';
import { loadSynonyms } from '../content/synonyms';
import { buildSearchIndex, type SearchIndex } from '../search';
import type { Lang } from '../matcher/vocabulary';

/** The repository root of these sources. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The data of `content/errors` under `root` (throws the loader's ContentError on a bad article).
 *
 * @example
 * const { articles } = fromContent();
 */
export function fromContent(root = REPO_ROOT): BundleData {
  const data = bundleData(loadArticles(path.join(root, 'content', 'errors')));
  // The loader names sources relative to the working directory; they must be relative to the root.
  for (const a of data.articles) a.source = `content/errors/${path.basename(a.source)}`;
  return data;
}

/**
 * The typed search's index of `lang` for `content/` under `root` (no cache: nothing is written).
 *
 * @example
 * const index = searchFromContent('ko');
 */
export function searchFromContent(lang: Lang, root = REPO_ROOT): SearchIndex {
  return buildSearchIndex({ lang, articles: loadArticles(path.join(root, 'content', 'errors')), synonyms: loadSynonyms(root).groups });
}
