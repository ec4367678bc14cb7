/**
 * The `bouncekb` package's entry for Node: the library API (`lib/api.ts`) with the data that
 * ships in the package (`dist/data/bouncekb.json`, built by scripts/build-lib.ts). Running from
 * the TypeScript sources (tests, tsx), the same data is built in memory from content/ instead.
 *
 * @example
 * import { analyze } from 'bouncekb';
 * for await (const bounce of queue) {
 *   const { diagnoses } = await analyze(bounce.raw, { lang: 'en' });
 *   await store(bounce.id, diagnoses.map((d) => ({ rcpt: d.recipient, reason: d.reason, article: d.matches[0]?.url })));
 * }
 */
import { readFile } from 'node:fs/promises';
import { setDataLoader, setSearchLoader } from './api';
import type { Lang } from './matcher/vocabulary';
import type { SearchIndex } from './search';
import type { BundleData } from './bundle/data';

/** The data file next to the built module (dist/data/bouncekb.json). */
export const DATA_URL = new URL('./data/bouncekb.json', import.meta.url);

async function loadShipped(): Promise<BundleData> {
  // The build defines this as "1", so the branch below (and the content loader) is left out.
  if (process.env.BOUNCEKB_BUNDLED !== '1') {
    // Imported by URL so neither tsc's declarations nor the bundle follow it into the loader.
    const dev = new URL('./bundle/dev-data.ts', import.meta.url).href;
    const { fromContent } = (await import(dev)) as { fromContent: () => BundleData };
    return fromContent();
  }
  return JSON.parse(await readFile(DATA_URL, 'utf8')) as BundleData;
}

setDataLoader(loadShipped);

async function loadSearch(lang: Lang): Promise<SearchIndex> {
  if (process.env.BOUNCEKB_BUNDLED !== '1') {
    const dev = new URL('./bundle/dev-data.ts', import.meta.url).href;
    const { searchFromContent } = (await import(dev)) as { searchFromContent: (l: Lang) => SearchIndex };
    return searchFromContent(lang);
  }
  return JSON.parse(await readFile(new URL(`./data/search-${lang}.json`, import.meta.url), 'utf8')) as SearchIndex;
}

setSearchLoader(loadSearch);

export * from './api';
