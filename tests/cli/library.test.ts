/**
 * The library entry (`import { analyze } from 'bouncekb'`, lib/index.ts): the shipped articles
 * by default (built in memory from content/ when running from the sources), or a given index.
 */
import { describe, expect, it } from 'vitest';
import { analyze, buildIndex, defaultIndex, guideFor, loadData, REASONS, search } from '../../lib/index';
import { article } from '../matcher/helpers/articles';

const DAS51 = '<kim@hanmail.net> (reason: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06))';

describe('the library entry', () => {
  it('analyze() with no index uses the shipped articles, built once', async () => {
    const a = await analyze(DAS51, { lang: 'en' });
    expect(a.diagnoses[0]).toMatchObject({ recipient: 'kim@hanmail.net', status: '5.7.1', reason: 'blocked' });
    expect(a.diagnoses[0]?.matches[0]).toMatchObject({ id: 'daum-das51-antispam-block', url: '/en/errors/daum-das51-antispam-block/' });
    expect(await defaultIndex()).toBe(await defaultIndex());
    const data = await loadData();
    expect(data.articles.length).toBeGreaterThan(200);
    expect(data.articles.find((x) => x.id === 'daum-das51-antispam-block')?.source).toBe('content/errors/daum-das51-antispam-block.md');
    expect(REASONS).toContain('blocked');
  }, 120_000); // the first call renders every article from content/ (the built package reads JSON)

  it('every shipped article has who acts and a first step in both languages', async () => {
    const data = await loadData();
    const missing = data.articles.filter((a) => !data.guides[a.id]?.step.ko || !data.guides[a.id]?.step.en).map((a) => a.id);
    expect(missing).toEqual([]);
    const g = await guideFor('daum-das51-antispam-block');
    expect(g?.who).toBe('sender-admin');
    expect(g?.step.ko).toMatch(/합니다\.|니다\.$/);
    expect(g?.step.en).not.toMatch(/:$/);
  });

  it('analyze(input, { index }) uses the given articles instead', async () => {
    const index = buildIndex([article({ id: 'only-one', kind: 'seed', reason: 'blocked', signatures: ['DAS51'], statusCodes: ['5.7.1'] })]);
    const a = await analyze(DAS51, { index, lang: 'ko' });
    expect(a.diagnoses[0]?.matches.map((m) => m.id)).toEqual(['only-one']);
  });

  it('search() loads the prebuilt index of the language on first use', async () => {
    const en = await search('relay denied', { lang: 'en', limit: 3 });
    expect(en.length).toBeGreaterThan(0);
    expect(en.map((r) => r.url).every((u) => u.startsWith('/en/'))).toBe(true);
    expect(en.some((r) => r.type === 'article' && /relay/i.test(r.title))).toBe(true);
    const ko = await search('5.7.1', { limit: 5 });
    expect(ko[0]).toMatchObject({ type: 'code', code: '5.7.1', url: '/ko/codes/5.7.1/' });
  }, 120_000);

  it('bad input is an answer, not an exception', async () => {
    await expect(analyze(new Uint8Array([0, 1, 2, 255, 0, 0]))).resolves.toMatchObject({ diagnoses: [] });
    await expect(analyze('')).resolves.toMatchObject({ diagnoses: [] });
  });
});
