/**
 * `bouncekb report`: a day's bounces summed up, as a terminal table, JSON, CSV and one
 * self-contained HTML file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { io } from './helpers/io';

const FIX = path.resolve(__dirname, '../fixtures/bounces/korean');

/** A day's worth in one folder: two Daum blocks, a Gmail delay, a Tencent limit, an auto-reply. */
function day(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-report-'));
  fs.copyFileSync(path.join(FIX, 'daum-das51-postfix.eml'), path.join(dir, '1.eml'));
  fs.copyFileSync(path.join(FIX, 'daum-das51-postfix.eml'), path.join(dir, '2.eml'));
  fs.copyFileSync(path.join(FIX, 'gmail-421-470-postfix-delayed.eml'), path.join(dir, '3.eml'));
  fs.copyFileSync(path.join(FIX, 'tencent-ip-frequency-qmail.eml'), path.join(dir, '4.eml'));
  fs.writeFileSync(path.join(dir, '5.txt'), 'hello world');
  return dir;
}

async function report(args: string[]): Promise<string> {
  const t = io({ env: { SITE_URL: 'https://kb.example.org' } });
  expect(await main(['report', ...args], t.io)).toBe(0);
  return t.text();
}

describe('bouncekb report', () => {
  it('JSON: counts by kind, reason, provider, article, domain and severity, with examples and absolute links', async () => {
    const data = JSON.parse(await report(['--format', 'json', '--lang', 'en', day()]));
    expect(data.inputs).toBe(5);
    const kinds = Object.fromEntries(data.dimensions.kind.entries.map((e: { key: string; count: number }) => [e.key, e.count]));
    expect(kinds['not-a-bounce']).toBe(1);
    expect(kinds.bounce).toBeGreaterThanOrEqual(2);
    const blocked = data.dimensions.reason.entries.find((e: { key: string }) => e.key === 'blocked');
    expect(blocked.count).toBe(2);
    expect(blocked.label).toBe('IP blocked');
    expect(blocked.examples[0]).toMatchObject({ input: expect.stringMatching(/1\.eml$/), recipient: 'kim@hanmail.net', code: '554 5.7.1' });
    const article = data.dimensions.article.entries[0];
    expect(article).toMatchObject({ key: 'daum-das51-antispam-block', count: 2, url: 'https://kb.example.org/en/errors/daum-das51-antispam-block/' });
    expect(data.dimensions.domain.entries[0]).toMatchObject({ key: 'hanmail.net', count: 2 });
    expect(data.dimensions.provider.entries.map((e: { key: string }) => e.key)).toContain('daum');
    const sev = Object.fromEntries(data.dimensions.severity.entries.map((e: { key: string; count: number }) => [e.key, e.count]));
    expect(sev.permanent).toBeGreaterThanOrEqual(2);
    expect(data.diagnoses).toBe(data.dimensions.reason.total);
  });

  it('the terminal table: a block per dimension, counts, shares, labels, links and an example', async () => {
    const out = await report(['--lang', 'en', day()]);
    expect(out).toMatch(/^bouncekb bounce report: 5 inputs, \d+ failed recipients/);
    expect(out).toMatch(/Reason \(\d+\)\n\s+2\s+\d+\.\d%\s+IP blocked \[blocked\]/);
    expect(out).toContain('https://kb.example.org/en/errors/daum-das51-antispam-block/');
    expect(out).toMatch(/e\.g\. .*1\.eml  kim@hanmail\.net  554 5\.7\.1  554 5\.7\.1 DAS51/);
    expect(out).toMatch(/Receiving domain \(\d+\)\n\s+2\s+[\d.]+%\s+hanmail\.net/);
    const ko = await report([day()]);
    expect(ko).toMatch(/^bouncekb 반송 보고서: 입력 5개/);
    expect(ko).toContain('IP 차단 [blocked]');
  });

  it('CSV: a header and one row per dimension and key; spreadsheet formulas are defused', async () => {
    const dir = day();
    fs.writeFileSync(path.join(dir, '6.txt'), '<=HYPERLINK("http://evil")@example.com>: 550 5.1.1 user unknown');
    const out = await report(['--format', 'csv', dir]);
    const rows = out.trimEnd().split('\r\n');
    expect(rows[0]).toBe('dimension,key,label,count,share,url,example_input,example_recipient,example_code,example_diagnostic');
    expect(rows.some((r) => r.startsWith('reason,blocked,IP 차단,2,'))).toBe(true);
    expect(rows.some((r) => r.startsWith('article,daum-das51-antispam-block,') && r.includes('https://kb.example.org/ko/errors/daum-das51-antispam-block/'))).toBe(true);
    expect(out).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('HTML: one file with an inline SVG chart, no script and no external request', async () => {
    const dir = day();
    fs.writeFileSync(path.join(dir, '7.txt'), '<kim@evil.example>: 550 5.1.1 <script>alert(1)</script> user unknown');
    const html = await report(['--format', 'html', '--lang', 'en', dir]);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg role="img"');
    expect(html).toContain('<a href="https://kb.example.org/en/errors/daum-das51-antispam-block/">');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&#60;script&#62;alert(1)');
    // Nothing is loaded from elsewhere: the only absolute URLs are links to articles.
    expect(html).not.toMatch(/\b(?:src|srcset)=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain("default-src 'none'");
  });

  it('--top limits the rows per table', async () => {
    const data = JSON.parse(await report(['--format', 'json', '--top', '1', day()]));
    for (const dim of Object.values(data.dimensions) as Array<{ entries: unknown[] }>) expect(dim.entries.length).toBeLessThanOrEqual(1);
  });
});
