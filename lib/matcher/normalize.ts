/**
 * Text normalisation for phrase matching: lower case, whitespace runs collapsed to one space,
 * typographic quotes folded to ASCII. Keeps a map back to the source so evidence can quote the
 * input exactly as it was pasted.
 */

/** A normalised string and, for each of its characters, the index of its source character. */
export interface Normalized {
  text: string;
  /** `map[i]` = index in the source of normalised character `i`; `map[text.length]` = end. */
  map: Int32Array;
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

/** The folded code unit of `code` (quotes to ASCII, lower case), one unit for one unit. */
function fold(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code;
  // Hangul and CJK have no case: skip the string round trip for them.
  if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3040 && code <= 0x9fff)) return code;
  const ch = String.fromCharCode(code);
  const q = QUOTES[ch];
  if (q !== undefined) return q.charCodeAt(0);
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * Normalises `src` for case-insensitive, whitespace-insensitive matching.
 *
 * @example
 * normalize('Your  IP\n  is Blocked').text; // 'your ip is blocked'
 */
export function normalize(src: string): Normalized {
  // Code units into a typed buffer, then one string: a bulk run calls this on every notice, and
  // a string per character was a good part of its time and garbage.
  const buf = new Uint16Array(src.length);
  const map = new Int32Array(src.length + 1);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (isSpace(code)) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      buf[n] = 32;
      map[n++] = i - 1;
      pendingSpace = false;
    }
    buf[n] = fold(code);
    map[n++] = i;
  }
  map[n] = src.length;
  // The code units as a string in one call (a lone surrogate comes out as U+FFFD, one unit for
  // one: no phrase holds either). fromCharCode over chunks was a third of this function.
  const text = UTF16.decode(buf.subarray(0, n));
  return { text, map: map.subarray(0, n + 1) };
}

/**
 * Normalises a phrase (a signature, a query) the same way, without the map.
 *
 * @example
 * normalizePhrase('  Ip  frequency limited ') // 'ip frequency limited'
 */
export function normalizePhrase(src: string): string {
  // ASCII (most signatures): the same folding without the character map.
  if (ASCII.test(src)) return src.replace(ASCII_SPACE, ' ').trim().toLowerCase().replace(/`/g, "'");
  return normalize(src).text.trim();
}

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_SPACE = /[\t-\r ]+/g;

/**
 * The source substring behind normalised range [start, end).
 *
 * @example
 * const n = normalize('A  B c');
 * sourceSlice('A  B c', n, 0, 3); // 'A  B'
 */
export function sourceSlice(src: string, n: Normalized, start: number, end: number): string {
  const s = n.map[start] ?? 0;
  const lastChar = n.map[Math.max(start, end - 1)] ?? s;
  return src.slice(s, lastChar + 1);
}
