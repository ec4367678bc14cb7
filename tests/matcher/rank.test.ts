/**
 * What the matcher proposes, in what order, and why.
 */
import { describe, expect, it } from 'vitest';
import { analyze, buildIndex } from '../../lib/matcher';
import type { Diagnosis } from '../../lib/matcher';
import { fixtureArticles } from './helpers/articles';

const index = buildIndex(fixtureArticles);
const one = async (text: string, opts = {}): Promise<Diagnosis> => {
  const { diagnoses } = await analyze(text, index, opts);
  expect(diagnoses).toHaveLength(1);
  return diagnoses[0] as Diagnosis;
};
const ids = (d: Diagnosis) => d.matches.map((m) => m.id);

describe('ranking', () => {
  it('the provider\'s exact text comes first, then the same code and reason, then the generic code and reason pages', async () => {
    const d = await one('<kim@hanmail.net> (reason: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06))');
    expect(ids(d).slice(0, 2)).toEqual(['daum-das51-antispam-block', 'daum-554-571-ip-blocked']);
    expect(d.matches[0]?.why.kind).toBe('signature');
    expect(d.matches[1]?.why.kind).toBe('code+reason');
    const generic = ids(d).indexOf('status-x-7-1');
    expect(generic).toBeGreaterThan(1);
    expect(ids(d).indexOf('reason-blocked')).toBeGreaterThan(generic);
    const scores = d.matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('another provider\'s article with the same code does not come before the generic page', async () => {
    const d = await one('550 5.7.1 <kim@example.com>: Recipient address rejected: refused by local rules at mx.example.com');
    expect(d.reason).toBe('blocked');
    expect(d.matches[0]?.id).toBe('status-x-7-1');
    expect(ids(d).indexOf('daum-554-571-ip-blocked')).toBeGreaterThan(ids(d).indexOf('reason-blocked'));
  });

  it('the first match always carries the diagnosis reason: the reason page steps in when the code page says otherwise', async () => {
    const d = await one('550 5.1.1 <kim@example.com>... too many recipients this hour');
    expect(d.reason).toBe('speeding');
    expect(d.matches[0]).toMatchObject({ id: 'reason-speeding', reason: 'speeding', why: { kind: 'reason' } });
    expect(ids(d)).toContain('status-x-1-1');
  });

  it('each match says why, and its evidence is text that occurs in the paste', async () => {
    const text = '<lee@hanmail.net>: host mx1.hanmail.net[203.0.113.11] refused to talk to me: 554 5.7.1 192.0.2.25: Connection refused. Your IP address is blocked.';
    const d = await one(text, { lang: 'en' });
    expect(d.matches[0]?.id).toBe('daum-554-571-ip-blocked');
    expect(d.matches[0]?.why.detail).toMatch(/Your IP address is blocked/);
    for (const m of d.matches) for (const e of m.evidence) expect(text).toContain(e);
  });

  it('a signature matches whatever the case and line breaks of the paste', async () => {
    const d = await one('550 IP FREQUENCY\n   LIMITED');
    expect(d.matches[0]?.id).toBe('tencent-550-ip-frequency-limited');
    expect(d.matches[0]?.evidence).toContain('IP FREQUENCY\n   LIMITED');
  });

  it('URLs follow the language asked for, Korean by default', async () => {
    expect((await one('554 5.7.1 DAS51 blocked')).matches[0]?.url).toBe('/ko/errors/daum-das51-antispam-block/');
    expect((await one('554 5.7.1 DAS51 blocked', { lang: 'en' })).matches[0]?.url).toBe('/en/errors/daum-das51-antispam-block/');
  });

  it('limit caps the matches per diagnosis', async () => {
    expect((await one('554 5.7.1 DAS51 blocked', { limit: 2 })).matches).toHaveLength(2);
  });
});

describe('a query that is only a code', () => {
  it('5.7.1 lists every article carrying 5.7.1, the specific ones first, then the generic X.7.1 page', async () => {
    const d = await one('5.7.1');
    const carrying = fixtureArticles.filter((a) => a.statusCodes.includes('5.7.1') || a.statusCodes.includes('X.7.1')).map((a) => a.id);
    expect([...ids(d)].sort()).toEqual([...carrying].sort());
    expect(ids(d).at(-1)).toBe('status-x-7-1');
    expect(d.matches[0]?.reason).toBe(d.reason);
    expect(d).toMatchObject({ status: '5.7.1', replyCode: null, recipient: null });
  });

  it('4.7.1 is covered by the generic X.7.1 page too', async () => {
    expect(ids(await one('4.7.1'))).toEqual(['status-x-7-1']);
  });

  it('550 lists every article with reply code 550, the reply-550 page after the specific ones', async () => {
    const d = await one('550');
    const carrying = fixtureArticles.filter((a) => a.replyCodes.includes('550')).map((a) => a.id);
    expect([...ids(d)].sort()).toEqual([...carrying].sort());
    const firstGeneric = d.matches.findIndex((m) => m.kind === 'standard' || m.kind === 'reason');
    expect(d.matches.slice(firstGeneric).every((m) => m.kind === 'standard' || m.kind === 'reason')).toBe(true);
  });

  it('4.4.1 finds its generic page even with no specific article', async () => {
    expect(ids(await one('4.4.1'))).toEqual(['status-x-4-1']);
  });
});

describe('a short word', () => {
  it('DAS51 finds the DAS51 article by its signature', async () => {
    const d = await one('DAS51');
    expect(d.matches[0]).toMatchObject({ id: 'daum-das51-antispam-block', why: { kind: 'signature' } });
  });

  it('"greylisting" finds the greylisting articles by fuzzy search over titles and signatures', async () => {
    const d = await one('greylisting');
    expect(ids(d)).toEqual(expect.arrayContaining(['smtp-421-greylisting']));
    expect(d.matches.find((m) => m.id === 'smtp-421-greylisting')?.why.kind).toBe('fuzzy');
  });

  it('a misspelt "greylistin" still finds it', async () => {
    expect(ids(await one('greylistin'))).toContain('smtp-421-greylisting');
  });
});
