/**
 * The CLI prints no escape character from a bounce: control and bidi characters are shown
 * escaped in the text output and the report table; JSON stays as it is.
 */
import { describe, expect, it } from 'vitest';
import { escapeControls, oneLine } from '../../lib/cli/escape';
import { main } from '../../lib/cli/main';
import { io } from './helpers/io';

const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = [
  '<kim\u202e@hanmail.net>: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked',
  '\x1b]0;owned\x07\x1b[2J\x1b[31mred\x1b]52;c;ZWNobyBwd25lZA==\x07 automatically by anti-spam system. (E06)\r\x9b1m',
].join(' ');

describe('control characters from a bounce', () => {
  it('escapeControls shows C0, DEL, C1 and bidi controls as escapes; tab and newline stay', () => {
    expect(escapeControls('a\x1b[2Jb')).toBe('a\\e[2Jb');
    expect(escapeControls('x\x07\x00\x7f\x9b')).toBe('x\\x07\\x00\\x7f\\x9b');
    expect(escapeControls('abc\u202edef\u2066')).toBe('abc\\u202edef\\u2066');
    expect(escapeControls('a\tb\nc')).toBe('a\tb\nc');
    expect(oneLine('550 5.1.1\r\n   user\tunknown')).toBe('550 5.1.1 user unknown');
  });

  it('the text output of match has no control character from the input, in any field', async () => {
    for (const lang of ['ko', 'en']) {
      const t = io({}, HOSTILE);
      expect(await main(['match', '--lang', lang], t.io)).toBe(0);
      const out = t.text();
      expect(out).toContain('\\e]0;owned\\x07');
      expect(out).toContain('\\u202e');
      for (const line of out.split('\n')) expect(line).not.toMatch(UNSAFE);
    }
  });

  it('the file name is escaped too, and the report table has none', async () => {
    const t = io({}, HOSTILE);
    expect(await main(['report', '--lang', 'en', '-'], t.io)).toBe(0);
    for (const line of t.text().split('\n')) expect(line).not.toMatch(UNSAFE);
  });

  it('JSON keeps the text as it is (JSON.stringify escapes it as data)', async () => {
    const t = io({}, HOSTILE);
    expect(await main(['match', '--json'], t.io)).toBe(0);
    const raw = t.text();
    expect(raw).not.toMatch(/\x1b/);
    expect(JSON.parse(raw).diagnoses[0].diagnostic).toContain('\x1b]0;owned\x07');
  });
});
