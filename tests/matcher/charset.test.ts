/**
 * The checks that decide how an input is read before any MIME parsing: the share of control
 * characters (binary or text) and whether a text starts like a message. Both scan natively
 * (a regular expression, indexOf); here they are held to the obvious character loop.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryRatio } from '../../lib/matcher/extract/charset';
import { looksLikeMessage } from '../../lib/matcher/extract/decode';

/** The reference: control characters other than tab, LF, form feed, CR and ESC, and U+FFFD, in the first 4,096 code units. */
function ratioByLoop(text: string): number {
  const n = Math.min(text.length, 4096);
  if (!n) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}

describe('binaryRatio', () => {
  it('counts what the character loop counts (every control character, seeded)', () => {
    const ch = fc.oneof(fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), fc.constantFrom('\ufffd', '가', '\ud800', 'é'));
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 200 }).map((a) => a.join('')), (s) => {
        expect(binaryRatio(s)).toBe(ratioByLoop(s));
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });

  it('reads only the first 4,096 code units', () => {
    const text = `${'a'.repeat(4095)}\u0001${'\u0000'.repeat(5000)}`;
    expect(binaryRatio(text)).toBe(1 / 4096);
    expect(binaryRatio('\u0000'.repeat(10))).toBe(1);
    expect(binaryRatio('')).toBe(0);
  });
});

describe('looksLikeMessage', () => {
  it('reads header lines ended by LF, CRLF or a lone CR', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      expect(looksLikeMessage(`From: a@example.com${nl}Subject: x${nl}${nl}body`)).toBe(true);
      expect(looksLikeMessage(`Final-Recipient: rfc822; a@example.com${nl}Status: 5.1.1${nl}`)).toBe(false);
      expect(looksLikeMessage(`hello${nl}From: a@example.com${nl}`)).toBe(false);
    }
    // A folded header line, a mbox separator first, and lines mixing CRLF and LF.
    expect(looksLikeMessage('From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nReceived: x\r\n  by y\nSubject: z\r\n\r\nbody')).toBe(true);
    expect(looksLikeMessage('Content-Type: text/plain\n\n550 5.1.1 unknown')).toBe(true);
  });
});
