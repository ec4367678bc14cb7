/**
 * The bar of the typed search on the query set written from what admins type (tests/search/
 * queries.ts): in each language, the first result is right for at least 75% of the queries and
 * a right result is in the first three for at least 90%.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { contentIndexes } from './helpers';
import { QUERIES } from './queries';

describe('query set', () => {
  let scores: ReturnType<typeof evaluate>;
  beforeAll(() => {
    scores = evaluate(QUERIES, contentIndexes());
  }, 300_000);

  it('has at least 150 queries, about half in each language', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(150);
    expect(QUERIES.filter((q) => q.lang === 'ko').length).toBeGreaterThanOrEqual(75);
    expect(QUERIES.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(75);
  });

  for (const lang of ['ko', 'en'] as const) {
    it(`${lang}: top-3 >= 90% and top-1 >= 75%`, () => {
      const s = scores[lang];
      const misses = s.misses.map((m) => `${m.top3 ? 'top-3' : 'miss'}: ${m.q} -> ${m.got.join(', ')}`);
      expect(s.top3 / s.n, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(s.top1 / s.n, misses.join('\n')).toBeGreaterThanOrEqual(0.75);
    });
  }
});
