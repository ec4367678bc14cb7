/**
 * Turning bytes into text when nothing declares a charset (a file given to the CLI, a paste that
 * is not a MIME message): UTF-8 if it is valid UTF-8, ISO-2022-JP if it has its escape
 * sequences, EUC-KR if that decodes cleanly, else windows-1252 (which never fails).
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Windows-1252: one character per byte, never fails. */
export const windows1252 = new TextDecoder('windows-1252');

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** True when the bytes contain ISO-2022-JP's shift sequences (ESC $ B, ESC $ @, ESC ( J). */
function hasIso2022Escapes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  // From one ESC to the next (indexOf is a native scan; most texts have none).
  for (let i = bytes.indexOf(0x1b); i >= 0 && i + 2 < n; i = bytes.indexOf(0x1b, i + 1)) {
    if ((bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) || (bytes[i + 1] === 0x28 && bytes[i + 2] === 0x4a)) return true;
  }
  return false;
}

/**
 * Decodes bytes whose charset nobody declared.
 *
 * @example
 * decodeUnknown(new Uint8Array([0xc7, 0xd1, 0xb1, 0xdb])); // '한글' (EUC-KR)
 */
export function decodeUnknown(bytes: Uint8Array): string {
  if (hasIso2022Escapes(bytes)) {
    const jp = tryDecode('iso-2022-jp', bytes);
    if (jp !== null) return jp;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    // not UTF-8
  }
  return tryDecode('euc-kr', bytes) ?? windows1252.decode(bytes);
}

/**
 * Share of control characters (other than tab, CR, LF, ESC, form feed) in the first 4 KB: above
 * ~10% the input is not text (an image, a zip).
 *
 * @example
 * binaryRatio('hello\n'); // 0
 */
export function binaryRatio(text: string): number {
  const n = Math.min(text.length, 4096);
  if (!n) return 0;
  // One native scan: a text usually has none of them.
  const head = text.length > n ? text.slice(0, n) : text;
  let bad = 0;
  BAD.lastIndex = 0;
  while (BAD.exec(head)) bad++;
  return bad / n;
}

/** Control characters other than tab, LF, form feed, CR and ESC, and U+FFFD (one code unit each). */
const BAD = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]/g;
