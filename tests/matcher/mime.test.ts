/**
 * Our MIME reader against postal-mime: on every bounce in the fixtures and the Sisimai corpus
 * (when it is there), and on random messages built from the pieces bounces are made of. Where
 * the reader reads a message it must give postal-mime's headers, text and parts, byte for byte;
 * where it steps aside it says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { readMime } from '../../lib/matcher/extract/mime';

const OPTS = { rfc822Attachments: true, attachmentEncoding: 'arraybuffer', maxNestingDepth: 64, maxRfc822NestingDepth: 2 } as const;

/** The fields the matcher reads, from either reader, for comparison. */
function view(m: { headers: Array<{ key: string; value: string }>; text?: string; html?: string; attachments: Array<{ mimeType: string; filename?: string | null; content: unknown }> }) {
  return {
    headers: m.headers.map((h) => [h.key, h.value]),
    text: m.text ?? null,
    // postal-mime's html is only read when there is no text.
    html: m.text ? null : m.html ?? null,
    attachments: m.attachments.map((a) => ({
      type: a.mimeType,
      filename: a.filename ?? null,
      bytes: Buffer.from(a.content instanceof Uint8Array ? a.content : new Uint8Array(a.content as ArrayBuffer)).toString('hex'),
    })),
  };
}

async function compare(bytes: Uint8Array): Promise<'same' | 'aside'> {
  const why: string[] = [];
  const mine = readMime(bytes, why);
  if (!mine) {
    expect(why).toHaveLength(1);
    return 'aside';
  }
  const theirs = await PostalMime.parse(bytes, OPTS);
  expect(view(mine)).toEqual(view(theirs));
  return 'same';
}

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

describe('readMime', () => {
  it('reads every fixture bounce as postal-mime does, stepping aside for few', async () => {
    const all = files(path.join(__dirname, '../fixtures/bounces')).filter((f) => !f.endsWith('.md'));
    expect(all.length).toBeGreaterThan(300);
    let aside = 0;
    for (const f of all) if ((await compare(new Uint8Array(fs.readFileSync(f)))) === 'aside') aside++;
    expect(aside / all.length).toBeLessThan(0.03);
  });

  it('reads the Sisimai corpus as postal-mime does (when ../shared is there)', async () => {
    const all = files(path.join(__dirname, '../../../shared/corpus/sisimai/maildir'));
    let aside = 0;
    for (const f of all) if ((await compare(new Uint8Array(fs.readFileSync(f)))) === 'aside') aside++;
    expect(aside).toBeLessThanOrEqual(Math.ceil(all.length * 0.03));
  });

  it('decodes base64 (padding on every line, junk letters), quoted-printable and 8bit parts', async () => {
    const msg = [
      'From: MAILER-DAEMON@example.com',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=euc-kr',
      'Content-Transfer-Encoding: base64',
      '',
      'vPa9xcDaIL74wL0=',
      'IDU1MCA1LjEuMQ==',
      '--b1',
      'Content-Type: message/delivery-status',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Final-Recipient: rfc822; kim@example.com=',
      '',
      'Status: 5.1.1 =3D=E2=9C=93 =zz =4',
      '--b1--',
      'epilogue',
    ].join('\r\n');
    const m = readMime(new TextEncoder().encode(msg));
    expect(m?.text).toBe('수신자 없음 550 5.1.1');
    expect(new TextDecoder().decode(m?.attachments[0]?.content)).toBe('Final-Recipient: rfc822; kim@example.com\nStatus: 5.1.1 =✓ =zz =4\n');
    await compare(new TextEncoder().encode(msg));
  });

  it('steps aside, saying why, for a comment in a Content-Type and for an inline message', () => {
    const why: string[] = [];
    expect(readMime('Content-Type: text/plain; charset=utf-8 (comment)\n\nhi\n', why)).toBeNull();
    expect(readMime('Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: message/rfc822\nContent-Disposition: inline\n\nSubject: y\n\nz\n--x--\n', why)).toBeNull();
    expect(why).toEqual([expect.stringContaining('comment'), 'inline message']);
  });

  it('agrees with postal-mime on random messages built from bounce parts (seeded)', async () => {
    const line = fc.constantFrom('550 5.1.1 <kim@example.com>: User unknown', '', ' folded', '--', '--b', '--b--', '--c', '--c--  ', '=41=42=', 'QUJD', 'QUJD=', '=', 'a\rb', '\u00e9\u00ff', 'Status: 5.7.1', 'x'.repeat(90));
    const eol = fc.constantFrom('\n', '\r\n', '\r\r\n');
    const type = fc.constantFrom(
      'text/plain', 'text/plain; charset=utf-8', 'text/plain; charset="iso-2022-jp"', 'text/plain; charset=euc-kr', 'text/html',
      'message/delivery-status', 'message/rfc822', 'message/feedback-report', 'multipart/mixed; boundary=b', 'multipart/alternative; boundary="c"',
      'multipart/report; report-type=delivery-status; boundary=b', 'multipart/digest; boundary=c', 'application/octet-stream; name=a.eml', 'multipart/mixed', 'TEXT/PLAIN;CHARSET=UTF-8',
    );
    const encoding = fc.constantFrom(null, 'base64', 'quoted-printable', '7bit', 'BASE64');
    const disposition = fc.constantFrom(null, 'attachment', 'attachment; filename="x.txt"', 'inline', 'attachment; filename=a.eml');
    const part = fc.record({ type: fc.option(type), encoding, disposition, body: fc.array(line, { maxLength: 8 }) });
    const message = fc.record({ root: part, parts: fc.array(part, { maxLength: 6 }), eol });
    const render = (p: { type: string | null; encoding: string | null; disposition: string | null; body: string[] }, eolStr: string) => [
      ...(p.type ? [`Content-Type: ${p.type}`] : []),
      ...(p.encoding ? [`Content-Transfer-Encoding: ${p.encoding}`] : []),
      ...(p.disposition ? [`Content-Disposition: ${p.disposition}`] : []),
      '',
      ...p.body,
    ].join(eolStr);
    let read = 0;
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const text = [`Subject: test${m.eol}${render(m.root, m.eol)}`, ...m.parts.map((p, i) => `--${i % 3 === 2 ? 'c' : 'b'}${m.eol}${render(p, m.eol)}`)].join(m.eol);
        if ((await compare(new TextEncoder().encode(text))) === 'same') read++;
      }),
      { numRuns: 400, seed: 20261202 },
    );
    expect(read).toBeGreaterThan(300);
  });
});
