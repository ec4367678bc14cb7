/**
 * Hostile pastes: each shape that once took quadratic time, fed at the input cap (512 KB), gets a
 * sane answer. The per-test timeout is generous (a return to quadratic time takes minutes at this
 * size, so it fails loudly); speed itself is measured by `npm run bench hostile`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, buildIndex } from '../../lib/matcher';
import { extract } from '../../lib/matcher/extract/index';
import { MIME_CAP } from '../../lib/matcher/extract/decode';
import { REASONS } from '../../lib/matcher/vocabulary';
import { fixtureArticles } from '../matcher/helpers/articles';
import { HOSTILE_SHAPES } from './shapes';

const index = buildIndex(fixtureArticles);
const reasons = new Set<string>(REASONS);

describe('hostile shapes at the input cap', () => {
  for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
    it(`${name} (512 KB) gets an answer`, async () => {
      const input = make(MIME_CAP);
      const a = await analyze(input, index, { lang: 'en' });
      expect(a.diagnoses.length).toBeLessThanOrEqual(100);
      for (const d of a.diagnoses) expect(reasons.has(d.reason)).toBe(true);
    }, 20_000);
  }

  it('thousands of empty MIME parts are read as plain text, and the note says so', async () => {
    const a = await analyze(HOSTILE_SHAPES['empty sibling MIME parts']!(MIME_CAP), index);
    expect(a.notes?.join(' ')).toMatch(/MIME boundary lines; the message was read as plain text/);
  }, 20_000);

  it('an X-Failed-Recipients header without any address names no recipient', async () => {
    const a = await analyze(HOSTILE_SHAPES['X-Failed-Recipients without @']!(128 * 1024), index);
    expect(a.diagnoses.every((d) => d.recipient === null || d.recipient.includes('@'))).toBe(true);
  }, 20_000);

  it('a bounce after a long line of blanks is still found', async () => {
    const text = `${' '.repeat(50_000)}\nFinal-Recipient: rfc822; kim@hanmail.net\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06)\n`;
    const a = await analyze(text, index);
    expect(a.diagnoses[0]).toMatchObject({ recipient: 'kim@hanmail.net', status: '5.7.1' });
    expect(a.diagnoses[0]?.matches[0]?.id).toBe('daum-das51-antispam-block');
  }, 20_000);
});

// Pieces the extractor's patterns look for, glued at random: the extractor must answer every mix
// with records it can stand behind (addresses hold an @, codes are well formed) and never throw.
const PIECES = [
  ' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '-', '--', '--B', '--B--', '@', '<', '>', ';', ',', '(', ')', '#',
  'to=<', 'to=', 'stat=', 'status=bounced (', 'dsn=5.1.1', 'said: ', '550', '5.1.1', '550-5.7.1', '4.4.1', '** ',
  'kim@example.com', 'rfc822; ', 'Final-Recipient: ', 'Action: failed', 'Status: ', 'Diagnostic-Code: smtp; ',
  'X-Failed-Recipients: ', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  'Content-Type: message/delivery-status', 'Content-Type: message/rfc822', 'MIME-Version: 1.0', 'From: ', 'Subject: ',
  '--- Below this line is a copy of the message.', 'Original message', 'x', 'User unknown', 'blocked', '=?utf-8?B?', 'DAS51',
];

describe('fuzzing the extractor (fast-check, fixed seed)', () => {
  it('any mix of the pieces its patterns look for gives well-formed records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }), fc.nat({ max: 3000 }), fc.constantFrom(...PIECES), async (parts, runLength, run) => {
        const text = parts.join('') + run.repeat(runLength);
        const x = await extract(text);
        for (const r of x.records) {
          if (r.recipient !== null) expect(r.recipient).toContain('@');
          if (r.status !== null) expect(r.status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
          if (r.replyCode !== null) expect(r.replyCode).toMatch(/^[2-5]\d\d$/);
        }
      }),
      { seed: 20261201, numRuns: 300 },
    );
  }, 120_000);
});
