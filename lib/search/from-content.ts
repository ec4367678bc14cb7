/**
 * Server side: the search index of one language built from the project's content/ (articles
 * and synonyms). For the CLI, the build and tests; the browser loads the built JSON instead.
 */
import path from 'node:path';
import { loadArticles } from '../content/load';
import { loadSynonyms } from '../content/synonyms';
import type { Lang } from '../matcher/vocabulary';
import { buildSearchIndex } from './build';
import type { SearchIndex } from './types';

/**
 * Builds the search index of `lang` from `root/content` (throws ContentError on a bad file).
 *
 * @example
 * const index = searchIndexFromContent(process.cwd(), 'ko');
 */
export function searchIndexFromContent(root: string, lang: Lang): SearchIndex {
  const articles = loadArticles(path.join(root, 'content', 'errors'));
  return buildSearchIndex({ lang, articles, synonyms: loadSynonyms(root).groups });
}
