/**
 * Whatever is pasted, the matcher answers (a result or a clear note) and never hangs.
 */
import { describe, expect, it } from 'vitest';
import { analyze, buildIndex } from '../../lib/matcher';
import { fixtureArticles } from './helpers/articles';
import { bounceText } from './helpers/bounces';

const index = buildIndex(fixtureArticles);

describe('bad input', () => {
  it('an empty paste gives no diagnosis', async () => {
    expect(await analyze('', index)).toMatchObject({ diagnoses: [], input: 'empty' });
    expect(await analyze('  \n\t \n', index)).toMatchObject({ diagnoses: [], input: 'empty' });
    expect(await analyze(new Uint8Array(), index)).toMatchObject({ diagnoses: [], input: 'empty' });
  });

  it('binary bytes (a zip, an image) give no diagnosis and a note saying why', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const a = await analyze(bytes, index);
    expect(a.diagnoses).toEqual([]);
    expect(a.notes?.join(' ')).toMatch(/binary/);
  });

  it('a 5 MB paste is read up to the cap, says so, and still finds the bounce at its head', async () => {
    const big = bounceText('korean/daum-das51-postfix.eml') + '\n' + 'x'.repeat(80) + '\n'.repeat(1) + ('filler line 550 5.1.1 192.0.2.1\n'.repeat(170_000));
    expect(big.length).toBeGreaterThan(5_000_000);
    const a = await analyze(big, index);
    expect(a.notes?.join(' ')).toMatch(/only the first 512 KB were read/);
    expect(a.diagnoses[0]?.matches[0]?.id).toBe('daum-das51-antispam-block');
  });

  const nested = (levels: number) => {
    let body = 'Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; kim@hanmail.net\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 DAS51 192.0.2.25: blocked\n';
    for (let i = 0; i < levels; i++) body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}\n--b${i}--\n`;
    return `From: MAILER-DAEMON@example.com\nSubject: nested\nMIME-Version: 1.0\n${body}`;
  };

  it('MIME nested 200 levels deep is refused by the MIME reader, then read as text', async () => {
    const a = await analyze(nested(200), index);
    expect(a.notes?.join(' ')).toMatch(/MIME structure could not be read/);
    expect(a.diagnoses[0]).toMatchObject({ recipient: 'kim@hanmail.net', status: '5.7.1' });
  });

  it('MIME with more boundary lines than a bounce ever has (300 levels) is read as text without parsing', async () => {
    const a = await analyze(nested(300), index);
    expect(a.notes?.join(' ')).toMatch(/more than 512 MIME boundary lines/);
    expect(a.diagnoses[0]).toMatchObject({ recipient: 'kim@hanmail.net', status: '5.7.1' });
  });

  it('a single line of 100k characters gives a result', async () => {
    const a = await analyze('y'.repeat(100_000), index);
    expect(a.diagnoses.length).toBeLessThanOrEqual(1);
    expect(a.diagnoses[0]?.diagnostic.length ?? 0).toBeLessThanOrEqual(1500);
  });

  it('long runs of what the patterns look for (codes, addresses, brackets, dots) give a result', async () => {
    const nasty = ['550-'.repeat(25_000), '5.'.repeat(50_000), 'a@'.repeat(50_000), '<'.repeat(100_000), '(#'.repeat(50_000), ' to=<'.repeat(20_000), 'Final-Recipient: rfc822; a@b\n'.repeat(4000)];
    for (const text of nasty) {
      const a = await analyze(text, index);
      expect(Array.isArray(a.diagnoses)).toBe(true);
      expect(a.diagnoses.length).toBeLessThanOrEqual(100);
    }
  });

  it('a pasted log with thousands of failures analyses the first 100 and says so', async () => {
    const line = (i: number) => `Nov 28 10:12:03 mail postfix/smtp[1]: Q${i}: to=<u${i}@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown in local recipient table (in reply to RCPT TO command))`;
    const a = await analyze(Array.from({ length: 150 }, (_, i) => line(i)).join('\n'), index);
    expect(a.diagnoses.length).toBeLessThanOrEqual(100);
    expect(a.diagnoses[0]?.matches[0]?.id).toBe('mta-550-user-unknown-local');
  });
});
