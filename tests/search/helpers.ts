/** The search indexes of the project's own content, built once per test file (cached on disk). */
import path from 'node:path';
import { searchIndexFromContent } from '../../lib/content/search-index';
import type { SearchIndex } from '../../lib/search';

export const ROOT = path.resolve(__dirname, '../..');

let cache: Record<'ko' | 'en', SearchIndex> | null = null;

export function contentIndexes(): Record<'ko' | 'en', SearchIndex> {
  cache ??= { ko: searchIndexFromContent(ROOT, 'ko', { tolerant: true }), en: searchIndexFromContent(ROOT, 'en', { tolerant: true }) };
  return cache;
}
