/**
 * Server side: the typed search's index of one language built from the project's content/
 * (articles and synonyms), for the CLI, the bench and tests; the browser loads the JSON the
 * build writes instead. The built index is cached in `.bouncekb-cache/`, keyed on the content
 * files' names, sizes and times, so only the first run after a change renders every article.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../matcher/vocabulary';
import { buildSearchIndex } from '../search/build';
import type { SearchIndex } from '../search/types';
import { ContentError, loadArticles, parseArticle, type Article } from './load';
import { loadSynonyms } from './synonyms';

/** Bump when the index format or the way it is built changes. */
const CACHE_VERSION = 'search-5';

function contentKey(root: string): string {
  const h = createHash('sha256').update(`${CACHE_VERSION}\n`);
  const dir = path.join(root, 'content', 'errors');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const st = fs.statSync(path.join(dir, f));
    h.update(`${f}\t${st.size}\t${st.mtimeMs}\n`);
  }
  for (const f of ['content/synonyms.json', 'content/glossary.yaml', 'lib/search/build.ts', 'lib/search/text.ts']) {
    try {
      const st = fs.statSync(path.join(root, f));
      h.update(`${f}\t${st.size}\t${st.mtimeMs}\n`);
    } catch {
      h.update(`${f}\tmissing\n`);
    }
  }
  return h.digest('hex');
}

/**
 * Every article that parses on its own, whatever the collection's other problems (wording
 * checks, links): for the tests and the bench of the search while content is being written.
 * The content checks and the build still stop on any problem.
 */
function loadTolerant(root: string): Article[] {
  const dir = path.join(root, 'content', 'errors');
  try {
    return loadArticles(dir);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    const out: Article[] = [];
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
      const a = parseArticle(fs.readFileSync(path.join(dir, f), 'utf8'), `content/errors/${f}`, []);
      if (a) out.push(a);
    }
    return out;
  }
}

/**
 * Builds (or reads from the cache) the search index of `lang` from `root/content`. Throws the
 * loader's ContentError on a bad article or synonym group.
 *
 * @example
 * const index = searchIndexFromContent(process.cwd(), 'ko');
 * search(index, '스팸 차단');
 */
export function searchIndexFromContent(root: string, lang: Lang, opts: { cache?: boolean; tolerant?: boolean } = {}): SearchIndex {
  const useCache = opts.cache !== false;
  const cacheFile = path.join(root, '.bouncekb-cache', `search-${lang}.json`);
  let key = '';
  if (useCache) {
    try {
      key = contentKey(root);
      const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { key: string; index: SearchIndex };
      if (cached.key === key && cached.index?.version === 1) return cached.index;
    } catch {
      // no cache, or a stale or broken one: rebuild below
    }
  }
  const articles = opts.tolerant ? loadTolerant(root) : loadArticles(path.join(root, 'content', 'errors'));
  const index = buildSearchIndex({ lang, articles, synonyms: loadSynonyms(root).groups });
  if (useCache && key) {
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      fs.writeFileSync(cacheFile, JSON.stringify({ key, index }));
    } catch {
      // a read-only checkout still works, just slower
    }
  }
  return index;
}
