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

/** An ASCII code unit folded (lower case, ` to '), or -1 for whitespace: one table read. */
const ASCII_FOLD = new Int32Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = c === 32 || (c >= 9 && c <= 13) ? -1 : c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c;

/** The folded code unit of a non-ASCII `code` (quotes to ASCII, lower case), one unit for one unit; -1 for whitespace. */
function foldWide(code: number): number {
  // Hangul and CJK have no case: skip the string round trip for them.
  if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3040 && code <= 0x9fff)) return code;
  if (code === 0xa0 || code === 0x3000 || code === 0xfeff) return -1;
  const ch = String.fromCharCode(code);
  const q = QUOTES[ch];
  if (q !== undefined) return q.charCodeAt(0);
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

const UTF16 = new TextDecoder('utf-16le');
/** Scratch space for texts up to 64 K code units (a bulk run normalises several texts per bounce). */
const SCRATCH = 65536;
let scratchBuf: Uint16Array | null = null;
let scratchMap: Int32Array | null = null;

/**
 * Normalises `src` for case-insensitive, whitespace-insensitive matching.
 *
 * @example
 * normalize('Your  IP\n  is Blocked').text; // 'your ip is blocked'
 */
export function normalize(src: string): Normalized {
  // Code units into a typed buffer, then one string: a bulk run calls this on every notice, and
  // a string per character was a good part of its time and garbage.
  // A text within the scratch size is built there, then copied out at its normalised length.
  const small = src.length < SCRATCH;
  if (small) {
    scratchBuf ??= new Uint16Array(SCRATCH);
    scratchMap ??= new Int32Array(SCRATCH + 1);
  }
  const buf = small ? (scratchBuf as Uint16Array) : new Uint16Array(src.length);
  const map = small ? (scratchMap as Int32Array) : new Int32Array(src.length + 1);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    const folded = code < 128 ? (ASCII_FOLD[code] as number) : foldWide(code);
    if (folded < 0) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      buf[n] = 32;
      map[n++] = i - 1;
      pendingSpace = false;
    }
    buf[n] = folded;
    map[n++] = i;
  }
  map[n] = src.length;
  // The code units as a string in one call (a lone surrogate comes out as U+FFFD, one unit for
  // one: no phrase holds either). fromCharCode over chunks was a third of this function.
  const text = UTF16.decode(buf.subarray(0, n));
  return { text, map: small ? map.slice(0, n + 1) : map.subarray(0, n + 1) };
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
