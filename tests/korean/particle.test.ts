/**
 * Particles by pronunciation, as KOREAN-STYLE.md asks: 421과, 5.7.1을, 550은, 4.4.7로, S3150과.
 */
import { describe, expect, it } from 'vitest';
import { finalOf, fixParticles, particle, withParticle } from '../../lib/korean/particle';

describe('particles after codes and numbers (read aloud)', () => {
  it.each([
    ['421', '과/와', '421과'], // 사백이십일
    ['5.7.1', '을/를', '5.7.1을'], // … 일
    ['550', '은/는', '550은'], // 오백오십
    ['4.4.7', '으로/로', '4.4.7로'], // … 칠: ㄹ takes 로
    ['S3150', '과/와', 'S3150과'], // 삼천백오십
    ['5.7.27', '으로/로', '5.7.27로'], // 이십칠
    ['452', '이/가', '452가'], // 사백오십이
    ['554', '은/는', '554는'], // 오백오십사
    ['5.1.1', '이/가', '5.1.1이'],
    ['100', '을/를', '100을'], // 백
    ['1000', '과/와', '1000과'], // 천
    ['10000', '으로/로', '10000으로'], // 만
    ['3', '으로/로', '3으로'], // 삼
    ['6', '이/가', '6이'], // 육
    ['9', '을/를', '9를'], // 구
    ['0', '은/는', '0은'], // 영
    ['DAS51', '은/는', 'DAS51은'], // … 오십일
  ] as const)('%s + %s = %s', (word, pair, want) => {
    expect(withParticle(word, pair)).toBe(want);
  });
});

describe('particles after English words and abbreviations (their usual Korean reading)', () => {
  it.each([
    ['DKIM', '은/는', 'DKIM은'], // 디킴
    ['SPF', '은/는', 'SPF는'], // 에스피에프
    ['PTR', '으로/로', 'PTR로'], // 피티알
    ['DNS', '을/를', 'DNS를'], // 디엔에스
    ['Gmail', '으로/로', 'Gmail로'], // 지메일
    ['Daum', '이/가', 'Daum이'], // 다음
    ['Outlook', '과/와', 'Outlook과'], // 아웃룩
    ['Postfix', '은/는', 'Postfix는'], // 포스트픽스
    ['RBL', '이/가', 'RBL이'], // 알비엘
    ['spam', '을/를', 'spam을'],
    ['domain', '이/가', 'domain이'],
  ] as const)('%s + %s = %s', (word, pair, want) => {
    expect(withParticle(word, pair)).toBe(want);
  });
});

describe('particles after Hangul (by batchim)', () => {
  it.each([
    ['메일', '으로/로', '메일로'], // ㄹ takes 로
    ['서버', '으로/로', '서버로'],
    ['목록', '으로/로', '목록으로'],
    ['차단', '은/는', '차단은'],
    ['서버', '이/가', '서버가'],
    ['네이버', '과/와', '네이버와'],
    ['카카오', '을/를', '카카오를'],
    ['반송', '이/가', '반송이'],
  ] as const)('%s + %s = %s', (word, pair, want) => {
    expect(withParticle(word, pair)).toBe(want);
  });

  it('agrees with the word before a parenthetical note or trailing punctuation', () => {
    expect(particle('Daum(한메일)', '이/가')).toBe('이');
    expect(particle('"5.7.1"', '을/를')).toBe('을');
    expect(finalOf('수신 서버.')).toBe('vowel');
  });
});

describe('fixParticles: generated sentences with a fixed particle', () => {
  it('re-chooses the particle after codes and quoted phrases, leaves Hangul words alone', () => {
    expect(fixParticles('코드 5.7.1 421와 원인(blocked)이 같습니다')).toBe('코드 5.7.1 421과 원인(blocked)이 같습니다');
    expect(fixParticles('코드 5.7.1를 다루는 글입니다')).toBe('코드 5.7.1을 다루는 글입니다');
    expect(fixParticles('코드 550를 다루는 글입니다')).toBe('코드 550을 다루는 글입니다');
    expect(fixParticles('코드 554와 원인')).toBe('코드 554와 원인');
    expect(fixParticles('시그니처 "DAS51", "blocked automatically by anti-spam system"가 있습니다')).toBe('시그니처 "DAS51", "blocked automatically by anti-spam system"이 있습니다');
    expect(fixParticles('시그니처 "DAS51"가 있습니다')).toBe('시그니처 "DAS51"이 있습니다');
    expect(fixParticles('4.4.7으로 끝납니다')).toBe('4.4.7로 끝납니다');
    expect(fixParticles('메일로 보냈고 서버가 거부')).toBe('메일로 보냈고 서버가 거부');
  });
});
