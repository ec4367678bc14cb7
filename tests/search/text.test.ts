import { describe, expect, it } from 'vitest';
import { findCodes, indexWords, rawWords, stemEnglish, stripKorean } from '../../lib/search/text';

describe('Korean words', () => {
  it('strips particles and endings, keeping words whose last syllable only looks like one', () => {
    expect(stripKorean('메일함이')).toBe('메일함');
    expect(stripKorean('차단됨')).toBe('차단');
    expect(stripKorean('찼어요')).toBe('찼');
    expect(stripKorean('스팸으로')).toBe('스팸');
    expect(stripKorean('차단됬어요')).toBe('차단');
    expect(stripKorean('초과')).toBe('초과');
    expect(stripKorean('속도')).toBe('속도');
    expect(stripKorean('사서함')).toBe('사서함');
  });

  it('splits Hangul from Latin and digits, and drops particles left alone after a code', () => {
    expect(rawWords('네이버 리얼IP 차단됨')).toEqual(['네이버', '리얼', 'ip', '차단됨']);
    expect(indexWords('550은 SPF가 실패')).toEqual(['spf', '실패']);
  });

  it('keeps initial consonants typed as such (NFKC would turn them into conjoining jamo)', () => {
    expect(rawWords('ㅅㅍ ㅊㄷ')).toEqual(['ㅅㅍ', 'ㅊㄷ']);
  });
});

describe('English words', () => {
  it('reads inflections and plurals alike', () => {
    expect(new Set(['bounce', 'bounced', 'bounces', 'bouncing'].map(stemEnglish)).size).toBe(1);
    expect(stemEnglish('mailboxes')).toBe(stemEnglish('mailbox'));
    expect(stemEnglish('rejects')).toBe(stemEnglish('rejected'));
    expect(stemEnglish('denied')).toBe(stemEnglish('deny'));
    expect(stemEnglish('ips')).toBe('ip');
    expect(stemEnglish('dns')).toBe('dns');
  });
});

describe('codes', () => {
  it('finds status and reply codes, not parts of other numbers', () => {
    expect(findCodes('550 5.7.1 and 421-4.7.0')).toEqual(['5.7.1', '4.7.0', '550', '421']);
    expect(findCodes('port 25, 8,192 bytes, 2026-11-28, S3150')).toEqual([]);
  });
});
