/**
 * Scores a query set against the search: per language, the share of queries whose first result
 * (top-1) or one of the first three (top-3) is accepted. Shared by the quality test and the bench.
 */
import { search } from '../../lib/search';
import type { SearchIndex } from '../../lib/search';
import { accepts, type QueryCase } from './queries';

export interface LangScore {
  n: number;
  top1: number;
  top3: number;
  misses: Array<{ q: string; got: string[]; top3: boolean }>;
}

export function evaluate(cases: QueryCase[], indexes: Record<'ko' | 'en', SearchIndex>): Record<'ko' | 'en', LangScore> {
  const out = { ko: { n: 0, top1: 0, top3: 0, misses: [] }, en: { n: 0, top1: 0, top3: 0, misses: [] } } as Record<'ko' | 'en', LangScore>;
  for (const c of cases) {
    const s = out[c.lang];
    const results = search(indexes[c.lang], c.q, { limit: 3 });
    s.n++;
    const one = accepts(c.accept, results[0]);
    const three = results.some((r) => accepts(c.accept, r));
    if (one) s.top1++;
    if (three) s.top3++;
    if (!one) s.misses.push({ q: c.q, got: results.map((r) => (r.type === 'code' ? `code:${r.code}` : r.id)), top3: three });
  }
  return out;
}
