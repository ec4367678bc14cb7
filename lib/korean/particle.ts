/**
 * Korean particles chosen by how the word before them is read aloud, for generated Korean text
 * (the CLI, reports): a number is read as a number (421 → 사백이십일 → 과; 550 → 오백오십 → 은;
 * 5.7.1 → …일 → 을; 4.4.7 → …칠 → 로), an English word or abbreviation by its usual Korean reading
 * (DKIM → 디킴 → 은; SPF → 에스피에프 → 는; Gmail → 지메일 → 로), Hangul by its last syllable's
 * final consonant (batchim). Pure: no dependencies.
 */

/** The particle pairs: the form after a final consonant first, then the form after a vowel. */
export type ParticlePair = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로' | '이나/나' | '이라/라' | '아/야';

/** How a word ends when read aloud: no final consonant, ㄹ, or another final consonant. */
export type Final = 'vowel' | 'rieul' | 'consonant';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL = 8;

function hangulFinal(ch: string): Final | null {
  const c = ch.charCodeAt(0);
  if (c < HANGUL_FIRST || c > HANGUL_LAST) return null;
  const jong = (c - HANGUL_FIRST) % 28;
  return jong === 0 ? 'vowel' : jong === RIEUL ? 'rieul' : 'consonant';
}

/** The last syllable of each digit read in Sino-Korean: 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT: Record<string, Final> = {
  '1': 'rieul', '2': 'vowel', '3': 'consonant', '4': 'vowel', '5': 'vowel',
  '6': 'consonant', '7': 'rieul', '8': 'rieul', '9': 'vowel',
};

/**
 * How a run of digits ends when read as a number: the last non-zero digit, or the power of ten
 * after it (십 백 천 만 … 억 조).
 */
function numberFinal(digits: string): Final {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(trimmed)) return 'consonant'; // 영 (공 in codes): ㅇ either way
  const zeros = /0*$/.exec(trimmed)?.[0].length ?? 0;
  if (zeros === 0) return DIGIT[trimmed[trimmed.length - 1] as string] as Final;
  // 십 백 천 만 (십만 백만 천만) 억 …: all end in a consonant; only 조 (10^12) does not.
  return zeros === 12 ? 'vowel' : 'consonant';
}

/** How each Latin letter is read on its own (에이, 비, 씨, … 엘, 엠, 엔, 알 …). */
const LETTER: Record<string, Final> = {
  a: 'vowel', b: 'vowel', c: 'vowel', d: 'vowel', e: 'vowel', f: 'vowel', g: 'vowel', h: 'vowel',
  i: 'vowel', j: 'vowel', k: 'vowel', l: 'rieul', m: 'consonant', n: 'consonant', o: 'vowel',
  p: 'vowel', q: 'vowel', r: 'rieul', s: 'vowel', t: 'vowel', u: 'vowel', v: 'vowel', w: 'vowel',
  x: 'vowel', y: 'vowel', z: 'vowel',
};

/**
 * Words read as words, not letter by letter, or whose reading the spelling does not give:
 * mail names, MTAs, providers and the terms a bounce explanation uses.
 */
const WORDS: Record<string, Final> = {
  dkim: 'consonant', // 디킴
  dmarc: 'vowel', // 디마크
  daum: 'consonant', // 다음
  exim: 'consonant', // 엑심
  gmail: 'rieul', mail: 'rieul', email: 'rieul', qmail: 'rieul', sendmail: 'rieul', hotmail: 'rieul', hanmail: 'rieul',
  google: 'rieul', apple: 'rieul', outlook: 'consonant', facebook: 'consonant', spamcop: 'consonant',
  postfix: 'vowel', microsoft: 'vowel', yahoo: 'vowel', naver: 'vowel', kakao: 'vowel', nate: 'vowel',
  spam: 'consonant', spamhaus: 'vowel', barracuda: 'vowel', proofpoint: 'vowel', mimecast: 'vowel',
  exchange: 'vowel', office: 'vowel', online: 'consonant', domain: 'consonant', server: 'vowel',
  ses: 'vowel', smtp: 'vowel', imap: 'vowel', pop3: 'vowel', starttls: 'vowel', tls: 'vowel', ssl: 'rieul',
  mx: 'vowel', ptr: 'rieul', spf: 'vowel', rbl: 'rieul', dnsbl: 'rieul', ip: 'vowel', dns: 'vowel', url: 'rieul',
  dsn: 'consonant', // 디에스엔
  ndr: 'rieul', arf: 'vowel', helo: 'vowel', ehlo: 'vowel', rcpt: 'vowel', data: 'vowel', from: 'consonant',
  kisa: 'vowel', zoho: 'vowel', yandex: 'vowel', orange: 'vowel', cloudmark: 'vowel', vade: 'vowel',
  icloud: 'vowel', aol: 'rieul', qq: 'vowel', netease: 'vowel', gmx: 'vowel', ionos: 'vowel', comcast: 'vowel',
};

/** How a Latin word ends when read the usual Korean way. */
function latinFinal(word: string): Final {
  const lower = word.toLowerCase();
  const known = WORDS[lower];
  if (known) return known;
  // An abbreviation (DNS, PTR, MTA): read letter by letter.
  if (word === word.toUpperCase() && word.length <= 6) return LETTER[lower[lower.length - 1] as string] ?? 'vowel';
  // A word: the usual loanword endings (-l → ㄹ, -m → ㅁ, -n → ㄴ, -ng → ㅇ; a final stop or
  // s/x gets a vowel: 트, 크, 프, 스).
  if (/(?:l|le)$/.test(lower)) return 'rieul';
  if (/(?:m|n|ng|ine|one|ane)$/.test(lower)) return 'consonant';
  return 'vowel';
}

/**
 * How `word` ends when read aloud. Trailing punctuation and a trailing parenthetical note
 * ("Daum(한메일)") are skipped: the particle agrees with the word itself.
 *
 * @example
 * finalOf('421');   // 'rieul' (사백이십일)
 * finalOf('5.7.1'); // 'rieul' (… 일)
 * finalOf('550');   // 'consonant' (오백오십)
 * finalOf('SPF');   // 'vowel' (에스피에프)
 */
export function finalOf(word: string): Final {
  let w = word.trim();
  // "Daum(한메일)", "5.7.1)", "'DAS51'": the word the particle belongs to.
  for (let i = 0; i < 4; i++) {
    const before = w;
    w = w.replace(/\s*\([^()]*\)$/, '').replace(/[)\]}"'`’”.,:;!?\s]+$/, '');
    if (w === before) break;
  }
  if (!w) return 'vowel';
  const last = w[w.length - 1] as string;
  const h = hangulFinal(last);
  if (h) return h;
  if (/\d/.test(last)) return numberFinal(/\d+$/.exec(w)?.[0] ?? '0');
  const latin = /[A-Za-z][A-Za-z0-9]*$/.exec(w);
  if (latin) {
    // "S3150", "DAS51" end in digits (handled above); "pop3"-style words end in letters here.
    return latinFinal(latin[0]);
  }
  return 'vowel';
}

/** Particles already chosen, by pair and word (bounded: cleared when full). */
const CHOSEN = new Map<string, string>();

/**
 * The particle of `pair` that follows `word` (without the word).
 *
 * @example
 * particle('421', '과/와');     // '과'
 * particle('5.7.1', '을/를');   // '을'
 * particle('4.4.7', '으로/로'); // '로' (칠: ㄹ takes 로)
 * particle('DKIM', '은/는');    // '은'
 */
export function particle(word: string, pair: ParticlePair): string {
  // A bulk run asks for the same few codes and phrases again and again: remember the answers.
  const key = `${pair}\u0000${word}`;
  const known = CHOSEN.get(key);
  if (known !== undefined) return known;
  const [withFinal, withoutFinal] = pair.split('/') as [string, string];
  const f = finalOf(word);
  const chosen = pair === '으로/로' ? (f === 'consonant' ? withFinal : withoutFinal) : f === 'vowel' ? withoutFinal : withFinal;
  if (CHOSEN.size >= 4096) CHOSEN.clear();
  CHOSEN.set(key, chosen);
  return chosen;
}

/**
 * `word` followed by the right particle of `pair`.
 *
 * @example
 * withParticle('550', '은/는');   // '550은'
 * withParticle('S3150', '과/와'); // 'S3150과'
 * withParticle('메일', '으로/로'); // '메일로'
 */
export function withParticle(word: string, pair: ParticlePair): string {
  return `${word}${particle(word, pair)}`;
}

const PAIR_OF: Record<string, ParticlePair> = {
  은: '은/는', 는: '은/는', 이: '이/가', 가: '이/가', 을: '을/를', 를: '을/를', 과: '과/와', 와: '과/와', 으로: '으로/로', 로: '으로/로',
};

// A code, number, Latin word or quoted phrase, then a particle written straight after it.
const ATTACHED = /([0-9A-Za-z][0-9A-Za-z.\-_]{0,80}["'”’]?|["'“‘][^"'“”‘’\n]{1,200}["'”’])(으로|은|는|이|가|을|를|과|와|로)(?=[\s,.;:!?)]|$)/g;

/**
 * Re-chooses the particles written straight after codes, numbers, Latin words and quoted
 * phrases in a generated Korean sentence (text built with one fixed particle, "코드 421와").
 * Hangul words are left as they are.
 *
 * @example
 * fixParticles('코드 5.7.1 421와 원인이 같습니다'); // '코드 5.7.1 421과 원인이 같습니다'
 * fixParticles('코드 5.7.1를 다룹니다');            // '코드 5.7.1을 다룹니다'
 */
export function fixParticles(text: string): string {
  return text.replace(ATTACHED, (all, word: string, p: string) => {
    const pair = PAIR_OF[p];
    return pair ? `${word}${particle(word, pair)}` : all;
  });
}
