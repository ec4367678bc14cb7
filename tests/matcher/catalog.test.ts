/**
 * Provider catalogs: each documented error of a provider, pasted alone or inside a Postfix log
 * line, lands first on that provider's own article with the reason, status and severity the
 * catalog gives.
 */
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../lib/content/load';
import { toMatchArticles } from '../../lib/content/match-articles';
import { analyze, buildIndex } from '../../lib/matcher';
import { asPostfixLogLine, loadCatalogs } from './catalog-data';

const articles = loadArticles();
const byId = new Map(articles.map((a) => [a.id, a]));
const index = buildIndex(toMatchArticles(articles));
const catalogs = loadCatalogs();

describe('provider catalogs', () => {
  it('every catalog entry names an existing article of its provider', () => {
    const wrong: string[] = [];
    for (const c of catalogs) {
      for (const e of c.entries) {
        const a = byId.get(e.article);
        if (!a) wrong.push(`${c.file}: "${e.text.slice(0, 60)}": no article ${e.article}`);
        else if (!a.providers.includes(c.provider)) wrong.push(`${c.file}: ${e.article} does not name provider ${c.provider}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  for (const c of catalogs) {
    describe(`${c.provider} (${c.file})`, () => {
      c.entries.forEach((e, k) => {
        for (const [how, text] of [['alone', e.text], ['in a Postfix log line', asPostfixLogLine(e)]] as const) {
          it(`entry ${k + 1} ${how} lands on ${e.article} as ${e.reason}`, async () => {
            const d = (await analyze(text, index, { lang: 'en' })).diagnoses[0];
            const top = d?.matches[0];
            const got = { article: top?.id, reason: d?.reason, status: d?.status ?? null, severity: d?.severity ?? null };
            const want = { article: e.article, reason: e.reason, status: e.status, severity: e.severity };
            expect(got, `"${e.text}" -> ${top ? `${top.why.kind}: ${top.why.detail}; reason: ${d?.reasonWhy}` : 'no match'}`).toEqual(want);
          });
        }
      });
    });
  }
});
