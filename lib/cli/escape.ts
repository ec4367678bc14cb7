/**
 * Text from a bounce is shown on a terminal: control characters (C0 other than tab and newline,
 * DEL, C1) and bidirectional controls are shown as escapes, so a bounce cannot set the window
 * title, clear the screen, write the clipboard (OSC 52) or reorder what the reader sees.
 */

// C0 except \t and \n, DEL, C1, and the bidi controls (LRM/RLM/ALM, LRE..RLO, LRI..PDI).
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x0d) return '\\r';
  if (c === 0x1b) return '\\e';
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every control and bidi character shown as an escape (`\e`, `\x07`, `\u202e`);
 * tabs and newlines stay.
 *
 * @example
 * escapeControls('a\x1b]0;pwned\x07b'); // 'a\\e]0;pwned\\x07b'
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * One line of text for a terminal: line breaks and tabs folded into spaces (never a literal
 * "\n"), controls escaped.
 *
 * @example
 * oneLine('550 5.1.1\n    User unknown'); // '550 5.1.1 User unknown'
 */
export function oneLine(text: string): string {
  // split + trim: linear whatever the input (a regex around the breaks could backtrack).
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  return escapeControls(lines.join(' ').replace(/\t/g, ' '));
}
