/**
 * Words of the search: the same normalisation for what is indexed and what is typed, so a
 * word matches whatever inflection or particle it carries on either side.
 * Pure: no fs, React, next/* or DOM (runs in the worker, the CLI and the build).
 */

const STATUS = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
const REPLY = /(?<![\d.\w])([2-5]\d\d)(?![\d\w]|\.\d)/g;
const HANGUL_SYLLABLE = /^[\uac00-\ud7a3]+$/;
/** Compatibility jamo consonants a user types for an initial-consonant query (ㅅㅍ). */
const CHOSEONG_ONLY = /^[\u3131-\u314e]+$/;

/** English words that say nothing on their own (a query of only these finds nothing by them). */
const EN_STOP = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'and', 'or', 'is', 'are', 'was', 'be', 'been',
  'it', 'its', 'this', 'that', 'with', 'as', 'my', 'your', 'our', 'i', 'we', 'you', 'me', 'what', 'why',
  'how', 'do', 'does', 'did', 'can', 'will', 'has', 'have', 'had', 'if', 'so', 'but', 'when', 'there',
]);

/**
 * Particles and endings stripped from the end of a Korean word, longest first. One-syllable
 * particles leave a stem of two syllables at least (`초과` keeps its `과`, `속도` its `도`).
 */
const KO_ENDINGS = [
  '되었습니다', '되었는데요', '되었어요', '되었는데', '되었음', '되었다', '되어서', '되어요', '되는데',
  '됬습니다', '됬어요', '됬는데', '됬음', '됬다', '됐습니다', '됐는데요', '됐어요', '됐는데', '됐음', '됐다', '됩니다', '된다고', '돼요', '되요', '된다', '되는', '되고', '되어', '되서', '됨', '된',
  '했습니다', '했어요', '했는데', '했음', '했다', '합니다', '하는데', '해요', '하는', '하다', '한다', '하고', '해서',
  '었습니다', '았습니다', '었어요', '았어요', '습니다', '어요', '아요', '네요', '나요', '까요',
  '에서는', '에서도', '으로는', '으로도', '에서', '에게', '한테', '으로', '로는', '까지', '부터', '처럼', '보다', '이나', '이랑', '이라고', '라고',
  '와', '과', '은', '는', '이', '가', '을', '를', '의', '에', '도', '만', '로', '요', '나', '랑',
];
const ONE_SYLLABLE = new Set(KO_ENDINGS.filter((e) => e.length === 1));
/** A particle standing alone (after a code or a Latin word: `5.7.1은`, `SPF가`). */
const KO_PARTICLE = new Set(['은', '는', '이', '가', '을', '를', '의', '에', '도', '만', '로', '와', '과', '으로', '에서', '에게', '이나', '나', '이고', '이며', '처럼', '까지', '부터', '보다', '라고', '이라고', '입니다', '이다', '인', '과의', '와의', '로는', '으로는', '에는', '에도', '이면', '라면', '이라면', '요', '랑', '이랑']);

/** Hangul syllables only. */
export function isHangul(w: string): boolean {
  return HANGUL_SYLLABLE.test(w);
}

/** Initial consonants only (`ㅅㅍ`): an initial-consonant query. */
export function isChoseongQuery(w: string): boolean {
  return CHOSEONG_ONLY.test(w);
}

/**
 * A Korean word without its particle or ending; the word itself when nothing fits.
 *
 * @example
 * stripKorean('메일함이'); // '메일함'
 * stripKorean('차단됨');   // '차단'
 * stripKorean('초과');     // '초과'
 */
export function stripKorean(w: string): string {
  if (w.length < 2) return w;
  for (const e of KO_ENDINGS) {
    if (!w.endsWith(e)) continue;
    const stem = w.slice(0, -e.length);
    if (stem.length >= (ONE_SYLLABLE.has(e) ? 2 : 1)) return stem;
  }
  return w;
}

/**
 * A light English stemmer: plurals and -ed/-ing, then a final e, so bounce, bounced, bounces
 * and bouncing all read `bounc`. Applied alike to the index and the query, so only
 * consistency matters.
 *
 * @example
 * stemEnglish('mailboxes'); // 'mailbox'
 * stemEnglish('denied');    // 'deny'
 */
export function stemEnglish(w: string): string {
  let s = w.replace(/'s$/, '');
  const short = SHORT_PLURALS[s];
  if (short) return short;
  if (s.length <= 3 || /\d/.test(s)) return s;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length >= 6) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length >= 5) s = s.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/.test(s) && !/(?:ll|ss|ff|zz)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length >= 4) s = s.slice(0, -1);
  return s;
}

/** Three-letter plurals the general rule leaves alone (dns, tls and the like end in s too). */
const SHORT_PLURALS: Record<string, string> = { ips: 'ip', mxs: 'mx', ids: 'id', mtas: 'mta', ptrs: 'ptr', ndrs: 'ndr', dsns: 'dsn' };

/** One word as the index keeps it: stemmed English, stripped Korean, anything else as is. */
export function normalizeWord(w: string): string {
  if (isHangul(w)) return stripKorean(w);
  if (/^[a-z]+$/.test(w)) return stemEnglish(w);
  return w;
}

/** Status (`5.7.1`) and reply (`550`) codes in a text, in order, without repeats. */
export function findCodes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(STATUS)) out.push(`${m[1]}.${Number(m[2])}.${Number(m[3])}`);
  for (const m of text.matchAll(REPLY)) out.push(m[1] as string);
  return [...new Set(out)];
}

/**
 * The raw words of a text: lower case, NFKC, split at anything but letters and digits and
 * between Hangul and other scripts (`리얼IP` is `리얼` + `ip`). Codes are left to findCodes.
 *
 * @example
 * rawWords('네이버 리얼IP 차단됨'); // ['네이버', '리얼', 'ip', '차단됨']
 */
export function rawWords(text: string): string[] {
  // NFKC folds full-width letters, but would turn typed jamo (ㅅㅍ) into conjoining ones: spare them.
  const t = text.replace(/[^\u3131-\u318e]+/g, (s) => s.normalize('NFKC')).toLowerCase().replace(STATUS, ' ');
  const out: string[] = [];
  for (const chunk of t.split(/[^\p{L}\p{N}\u3131-\u318e]+/u)) {
    if (!chunk) continue;
    for (const part of chunk.split(/(?<=[\uac00-\ud7a3\u3131-\u318e])(?=[^\uac00-\ud7a3\u3131-\u318e])|(?<=[^\uac00-\ud7a3\u3131-\u318e])(?=[\uac00-\ud7a3\u3131-\u318e])/u)) {
      if (part) out.push(part);
    }
  }
  return out;
}

/**
 * The index words of a text: normalised, without English stop words and pure numbers (reply
 * codes go through findCodes).
 *
 * @example
 * indexWords('Mailboxes are full: 메일함이 찼어요'); // ['mailbox', 'full', '메일함', '찼']
 */
export function indexWords(text: string): string[] {
  const out: string[] = [];
  for (const w of rawWords(text)) {
    // Numbers say nothing (codes go through findCodes), but a long one is an identifier: AS(201806281).
    if (EN_STOP.has(w) || /^\d{1,4}$/.test(w) || KO_PARTICLE.has(w)) continue;
    if (w.length < 2 && !isHangul(w)) continue;
    // Message ids and hashes of the quoted samples: nobody types them.
    if (w.length > 24 || (w.length >= 10 && /\d/.test(w) && /[a-z]/.test(w))) continue;
    out.push(normalizeWord(w));
  }
  return out;
}

/**
 * The words of a synonym term: index words, but a number is kept (163 is NetEase's 163.com,
 * which no article text needs to contain).
 *
 * @example
 * termWords('163 메일'); // ['163', '메일']
 */
export function termWords(text: string): string[] {
  const out: string[] = [];
  for (const w of rawWords(text)) {
    if (/^\d+$/.test(w)) out.push(w);
    else out.push(...indexWords(w));
  }
  return out;
}

/**
 * Whether an index word is a Korean verb or adjective form (보냅니다, 확인하세요): the body
 * index leaves them out, nobody searches by them.
 */
export function isKoreanPredicate(w: string): boolean {
  return isHangul(w) && /(?:니다|세요|에요|예요|어요|아요|해요|네요|지요|죠|었|았|겠|하면|되면|으면|려면|라면|지만|는지|은지|는데|이고|이며|하여|하게|되게|에는|에도)$/.test(w);
}

/** Whether a raw word is an English stop word (the query parser drops them too). */
export function isStopWord(w: string): boolean {
  return EN_STOP.has(w) || KO_PARTICLE.has(w);
}

/**
 * Jamo-level edit distance of two Hangul strings already split into jamo (es-hangul's
 * `disassemble`), capped: returns `max + 1` as soon as the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}
