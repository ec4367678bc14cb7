/**
 * The CLI's index, built from content/ (validated by the content loader). The reduced article
 * list is cached in `.bouncekb-cache/` keyed on the content files' names, sizes and times, so
 * only the first run after a change pays for loading and validating every article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadArticles } from '../content/load';
import { toMatchArticles } from '../content/match-articles';
import { buildIndex, type MatchIndex } from '../matcher/build';
import type { MatchArticle } from '../matcher/types';

const CACHE_VERSION = 1;

function contentKey(dir: string): string {
  const h = createHash('sha256').update(`v${CACHE_VERSION}\n`);
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const st = fs.statSync(path.join(dir, f));
    h.update(`${f}\t${st.size}\t${st.mtimeMs}\n`);
  }
  return h.digest('hex');
}

/**
 * Loads the articles of `root/content/errors` (throws the loader's ContentError on a bad file)
 * and builds the index.
 *
 * @example
 * const index = loadIndex(process.cwd());
 */
export function loadIndex(root: string, opts: { cache?: boolean } = {}): MatchIndex {
  const dir = path.join(root, 'content', 'errors');
  const cacheFile = path.join(root, '.bouncekb-cache', 'match-articles.json');
  const useCache = opts.cache !== false;
  let key = '';
  if (useCache) {
    try {
      key = contentKey(dir);
      const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { key: string; articles: MatchArticle[] };
      if (cached.key === key && Array.isArray(cached.articles)) return buildIndex(cached.articles);
    } catch {
      // no cache, or a stale or broken one: rebuild below
    }
  }
  // The loader names sources relative to the working directory; the URLs and JSON want them
  // relative to the project root, whatever folder the CLI was started from.
  const articles: MatchArticle[] = toMatchArticles(loadArticles(dir)).map((a) => ({ ...a, source: `content/errors/${path.basename(a.source)}` }));
  if (useCache && key) {
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      fs.writeFileSync(cacheFile, JSON.stringify({ key, articles }));
    } catch {
      // a read-only checkout still works, just slower
    }
  }
  return buildIndex(articles);
}

/**
 * The project root: the nearest folder above `from` holding `content/errors`.
 *
 * @example
 * findRoot('/work/main/lib/cli'); // '/work/main'
 */
export function findRoot(from: string): string | null {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'content', 'errors'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
