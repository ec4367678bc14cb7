/**
 * `npm run bench search`: the typed search on the project's articles. Prints, per language,
 * top-1 and top-3 on the tuning query set (tests/search/queries.ts) and on the holdout set
 * (written before tuning, never tuned on), the index sizes as the browser downloads them
 * (gzip; main file and body file), the time to make a loaded index ready (first query), and
 * the time per query (median and p99 over a first pass on a freshly parsed index, so nothing
 * is memoised yet). Targets: top-3 >= 90% and top-1 >= 75% per language; each language's
 * body index < 150 KB gzip.
 */
import zlib from 'node:zlib';
import { searchIndexFromContent } from '../../lib/content/search-index';
import { search, splitSearchIndex, type SearchIndex } from '../../lib/search';
import { evaluate } from '../../tests/search/evaluate';
import { HOLDOUT, QUERIES } from '../../tests/search/queries';

const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)}% (${a}/${n})`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export default async function run(): Promise<void> {
  // Tolerant: while content is being written, measure on every article that parses on its own.
  const indexes = { ko: searchIndexFromContent(process.cwd(), 'ko', { tolerant: true }), en: searchIndexFromContent(process.cwd(), 'en', { tolerant: true }) };
  console.log(`articles: ${indexes.ko.docs.length}, code hubs: ${indexes.ko.codes.length}, synonym groups: ${indexes.ko.synonyms.length}`);
  for (const [name, set] of [['tuning', QUERIES], ['holdout', HOLDOUT]] as const) {
    const scores = evaluate(set, indexes);
    for (const lang of ['ko', 'en'] as const) {
      const s = scores[lang];
      console.log(`${name.padEnd(7)} ${lang}: top-1 ${pct(s.top1, s.n)}, top-3 ${pct(s.top3, s.n)}`);
      if (name === 'holdout') for (const m of s.misses) console.log(`    ${m.top3 ? 'top-3 only' : 'miss'}: ${m.q} -> ${m.got.join(', ') || '(nothing)'}`);
    }
  }
  for (const lang of ['ko', 'en'] as const) {
    const { main, body } = splitSearchIndex(indexes[lang]);
    const m = JSON.stringify(main);
    const b = JSON.stringify(body);
    const gm = zlib.gzipSync(m).length;
    const gb = zlib.gzipSync(b).length;
    console.log(`index ${lang}: search-${lang}.json ${kb(gm)} gzip (${kb(m.length)}), search-body-${lang}.json ${kb(gb)} gzip (${kb(b.length)}), together ${kb(gm + gb)} gzip`);
  }
  for (const lang of ['ko', 'en'] as const) {
    const json = JSON.stringify(indexes[lang]);
    const queries = [...QUERIES, ...HOLDOUT].filter((q) => q.lang === lang).map((q) => q.q);
    const t0 = performance.now();
    const fresh = JSON.parse(json) as SearchIndex;
    search(fresh, 'x');
    const ready = performance.now() - t0;
    const times: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      search(fresh, q);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`time ${lang}: parse + first query ${ready.toFixed(0)} ms; per query (first pass, ${times.length} queries) median ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms, max ${(times[times.length - 1] ?? 0).toFixed(2)} ms`);
  }
}
