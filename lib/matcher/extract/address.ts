/**
 * Addresses in header values and DSN fields, found by splitting rather than by a pattern such as
 * `[^\s,]+@[^\s,]+`, which backtracks quadratically over a long run without an `@`.
 */

/**
 * The first `local@domain` in a token list, both sides non-empty.
 *
 * @example
 * firstAddress('rfc822; kim@example.com'); // 'kim@example.com'
 */
export function firstAddress(text: string, separators: RegExp = /[\s;,]+/): string | null {
  for (const token of text.split(separators)) {
    const at = token.indexOf('@');
    if (at < 0) continue;
    const parts = token.split('@');
    for (let i = 0; i + 1 < parts.length; i++) {
      if (parts[i] && parts[i + 1]) return `${parts[i]}@${parts[i + 1]}`;
    }
  }
  return null;
}

/**
 * Every token of a list that holds an `@` with something on both sides (`a@b, <c@d>` -> both).
 *
 * @example
 * addressesIn('kim@example.com, <lee@example.org>'); // ['kim@example.com', 'lee@example.org']
 */
export function addressesIn(text: string, separators: RegExp = /[\s,<>;]+/): string[] {
  return text.split(separators).filter((t) => t.indexOf('@') > 0 && t.lastIndexOf('@') < t.length - 1);
}
