/**
 * The typed search: `search(index, query)` over a per-language `SearchIndex` built by
 * `buildSearchIndex`. Pure: the browser's worker, the CLI and the build share it.
 */
export { search } from './search';
export { buildSearchIndex, joinSearchIndex, splitSearchIndex, type SearchBodyIndex, type SearchSourceArticle, type SynonymGroupSource } from './build';
export type { SearchCode, SearchDoc, SearchIndex, SearchOptions, SearchResult } from './types';
