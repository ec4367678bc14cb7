/**
 * The typed search on the project's own articles: what the issue asks of it, query by query.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { search, type SearchIndex, type SearchResult } from '../../lib/search';
import { splitSearchIndex, joinSearchIndex } from '../../lib/search/build';
import { contentIndexes } from './helpers';

let ko: SearchIndex;
let en: SearchIndex;
beforeAll(() => {
  ({ ko, en } = contentIndexes());
}, 300_000);

const key = (r: SearchResult | undefined) => (r ? (r.type === 'code' ? `code:${r.code}` : r.id) : 'none');
const ids = (index: SearchIndex, q: string, n = 3) => search(index, q, { limit: n }).map(key);

describe('Korean queries', () => {
  it('one- and two-syllable words find something (the home page group labels included)', () => {
    for (const q of ['스팸', '차단', '반송', '용량', '평판', '휴면', '루프']) expect(search(ko, q).length, q).toBeGreaterThan(0);
  });

  it('particles and endings do not change the answer', () => {
    expect(ids(ko, '메일함이 꽉 찼어요', 1)[0]).toBe(ids(ko, '메일함 용량', 1)[0]);
    expect(ids(ko, '차단됨', 1)).toEqual(ids(ko, '차단', 1));
    expect(ids(ko, '스팸으로', 1)).toEqual(ids(ko, '스팸', 1));
  });

  it('spacing variants match: 메일함용량 = 메일함 용량', () => {
    expect(ids(ko, '메일함용량')).toEqual(ids(ko, '메일함 용량'));
    expect(ids(ko, '수신자없음')).toEqual(ids(ko, '수신자 없음'));
  });

  it('tolerates a Hangul typo at the jamo level', () => {
    expect(ids(ko, '그레이리스틍', 3)).toContain('smtp-421-greylisting');
    expect(ids(ko, '스펨', 1)).toEqual(ids(ko, '스팸', 1));
  });

  it('reads initial consonants and a query typed with the keyboard in English mode', () => {
    expect(ids(ko, 'ㅅㅍ ㅊㄷ')).toEqual(ids(ko, '스팸 차단'));
    expect(ids(ko, 'tmvoa')).toEqual(ids(ko, '스팸'));
    expect(ids(ko, 'gksapdlf 차단', 1)[0]).toMatch(/^daum-/);
  });

  it('a word that misses does not zero the query', () => {
    expect(ids(ko, 'outlook S3150', 1)).toEqual(['microsoft-550-571-s3150-blocklist']);
    expect(ids(ko, '네이버 리얼IP', 2)).toContain('naver-realip-registration');
    expect(search(ko, '스팸 차단 전혀없는단어').length).toBeGreaterThan(0);
  });

  it('a provider named in the query puts its article first', () => {
    expect(ids(ko, 'naver 반송', 1)[0]).toMatch(/^naver-/);
    expect(ids(ko, '한메일 차단', 1)[0]).toMatch(/^daum-/);
    expect(ids(ko, '지메일 5.7.26', 1)[0]).toMatch(/^gmail-550-572[67]/);
  });
});

describe('English queries', () => {
  it('inflections and plurals find the same articles', () => {
    expect(ids(en, 'mailboxes full', 1)).toEqual(ids(en, 'mailbox full', 1));
    expect(ids(en, 'rejects spam', 1)).toEqual(ids(en, 'rejected spam', 1));
  });

  it('tolerates typos through the fuzzy layer', () => {
    expect(ids(en, 'greylistng', 3)).toContain('smtp-421-greylisting');
    expect(ids(en, 'spamhause', 1)).toEqual(['spamhaus-listed']);
  });

  it('ranks the specific article first for the issue examples', () => {
    // The Gmail SPF article comes before any article that only says "fail" (DNS lookups and the
    // like): only the general authentication pages (reason, SPF code pages) may stand above it.
    const spf = search(en, 'spf fail', { limit: 5 });
    const at = spf.findIndex((r) => r.type === 'article' && r.id === 'gmail-550-5727-spf-fail');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(spf.slice(0, at).every((r) => r.type === 'article' && /auth|spf|x-7-2[3-6]/.test(r.id))).toBe(true);
    expect(ids(en, 'spamhaus', 1)).toEqual(['spamhaus-listed']);
    expect(ids(en, 'relay denied', 3)).toContain('mta-554-relay-access-denied');
  });

  it('a unique term puts its own article above the general reason page', () => {
    expect(ids(en, 'S3150', 1)).toEqual(['microsoft-550-571-s3150-blocklist']);
    expect(ids(en, 'DAS51', 1)).toEqual(['daum-das51-antispam-block']);
    expect(ids(en, 'RDENY', 1)).toEqual(['daum-550-571-rdeny']);
    expect(ids(en, 'TSS04', 1)).toEqual(['yahoo-421-tss04-deferred']);
  });
});

describe('codes', () => {
  it('a bare code puts its hub first, then the articles carrying it', () => {
    for (const [index, lang] of [[ko, 'ko'], [en, 'en']] as const) {
      const r = search(index, '5.7.1', { limit: 5 });
      expect(r[0]).toMatchObject({ type: 'code', code: '5.7.1', url: `/${lang}/codes/5.7.1/` });
      for (const a of r.slice(1)) expect(a.type === 'article' && (a.codes ?? []).some((c) => c === '5.7.1' || c === 'X.7.1')).toBe(true);
    }
    expect(ids(en, '550', 1)).toEqual(['code:550']);
    expect(ids(en, '4.7.0', 1)).toEqual(['code:4.7.0']);
    expect(ids(en, '550 5.7.1', 2)).toEqual(['code:5.7.1', 'code:550']);
  });

  it('a provider and a code put that provider\'s article first', () => {
    expect(ids(en, 'gmail 5.7.26', 1)[0]).toMatch(/^gmail-550-572[67]/);
    expect(ids(en, 'gmail 5.1.1', 1)).toEqual(['gmail-550-511-account-does-not-exist']);
  });

  it('the code hub titles speak the reader\'s language', () => {
    const hub = search(ko, '5.7.1')[0];
    expect(hub?.type === 'code' && /[\uac00-\ud7a3]/.test(hub.title)).toBe(true);
  });
});

describe('results', () => {
  it('carry the documented shape: title, one-line summary, severity and codes; no cause guessed from a code', () => {
    const [a] = search(en, 'DAS51');
    expect(a).toMatchObject({ type: 'article', id: 'daum-das51-antispam-block', url: '/en/errors/daum-das51-antispam-block/', severity: 'permanent', codes: ['554', '5.7.1'] });
    expect(a && 'summary' in a && a.summary.length).toBeGreaterThan(20);
    expect(a && 'summary' in a && /\.\s+\S/.test(a.summary)).toBe(false);
  });

  it('the index is plain JSON: serialised, split in two files and joined, it answers the same', () => {
    const { main, body } = splitSearchIndex(ko);
    const again = joinSearchIndex(JSON.parse(JSON.stringify(main)), JSON.parse(JSON.stringify(body)));
    for (const q of ['스팸 차단', '5.7.1', 'relay denied', 'ㅅㅍ']) expect(search(again, q)).toEqual(search(ko, q));
  });

  it('empty, blank and hostile input gives no results and no crash', () => {
    expect(search(ko, '')).toEqual([]);
    expect(search(ko, '   \n ')).toEqual([]);
    expect(search(ko, '!!!???')).toEqual([]);
    expect(() => search(ko, 'a'.repeat(100_000))).not.toThrow();
    expect(() => search(ko, '\u0000\uffff\ud800 <script>')).not.toThrow();
  });
});
