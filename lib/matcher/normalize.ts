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

/**
 * Normalises `src` for case-insensitive, whitespace-insensitive matching.
 *
 * @example
 * normalize('Your  IP\n  is Blocked').text; // 'your ip is blocked'
 */
export function normalize(src: string): Normalized {
  const out: string[] = [];
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
      out.push(' ');
      map[n++] = i - 1;
      pendingSpace = false;
    }
    const ch = src[i] as string;
    let folded = QUOTES[ch];
    if (folded === undefined) {
      const lower = ch.toLowerCase();
      folded = lower.length === 1 ? lower : ch;
    }
    out.push(folded);
    map[n++] = i;
  }
  map[n] = src.length;
  return { text: out.join(''), map: map.subarray(0, n + 1) };
}

/**
 * Normalises a phrase (a signature, a query) the same way, without the map.
 *
 * @example
 * normalizePhrase('  Ip  frequency limited ') // 'ip frequency limited'
 */
export function normalizePhrase(src: string): string {
  return normalize(src).text.trim();
}

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
