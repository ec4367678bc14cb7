/**
 * `bouncekb match`: an admin runs it on files or a pipe and gets a report or JSON lines.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { parseArgs } from '../../lib/cli/args';
import { io } from './helpers/io';

const ROOT = path.resolve(__dirname, '../..');
const FIX = path.join(ROOT, 'tests/fixtures/bounces');
const lines = (s: string) => s.split('\n').filter(Boolean);

describe('bouncekb match', () => {
  it('--json prints one JSON object per input, one per line, in the documented shape', async () => {
    const t = io();
    const code = await main(['match', '--json', path.join(FIX, 'korean/daum-das51-postfix.eml'), path.join(FIX, 'korean/multi-recipient-postfix.eml')], t.io);
    expect(code).toBe(0);
    const out = lines(t.text());
    expect(out).toHaveLength(2);
    const first = JSON.parse(out[0] as string);
    expect(first.file).toBe(path.join(FIX, 'korean/daum-das51-postfix.eml'));
    expect(first.kind).toBe('bounce');
    expect(first.diagnoses[0]).toMatchObject({ recipient: 'kim@hanmail.net', replyCode: '554', status: '5.7.1', reason: 'blocked', diagnostic: expect.stringContaining('DAS51') });
    expect(first.diagnoses[0].matches[0]).toMatchObject({
      id: 'daum-das51-antispam-block', reason: 'blocked', url: '/ko/errors/daum-das51-antispam-block/', source: 'content/errors/daum-das51-antispam-block.md',
      title: { ko: expect.any(String), en: expect.any(String) }, evidence: expect.arrayContaining(['DAS51', '5.7.1']),
    });
    expect(typeof first.diagnoses[0].matches[0].score).toBe('number');
    expect(JSON.parse(out[1] as string).diagnoses).toHaveLength(3);
  });

  it('--site-url (or SITE_URL) makes the article links absolute', async () => {
    const t = io({ env: { SITE_URL: 'https://kb.example.org/' } }, '554 5.7.1 DAS51 192.0.2.25: blocked');
    expect(await main(['match', '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.text()).diagnoses[0].matches[0].url).toBe('https://kb.example.org/ko/errors/daum-das51-antispam-block/');
    const u = io({}, '554 5.7.1 DAS51 192.0.2.25: blocked');
    expect(await main(['match', '--lang', 'en', '--site-url', 'https://x.example'], u.io)).toBe(0);
    expect(u.text()).toContain('https://x.example/en/errors/daum-das51-antispam-block/');
  });

  it('--json scores have at most 2 decimals (0.39, not 0.38999999999999996)', async () => {
    const t = io({}, '550 5.1.1 <kim@example.com>... too many recipients this hour');
    expect(await main(['match', '--json'], t.io)).toBe(0);
    const scores = [...t.text().matchAll(/"score":([0-9.]+)/g)].map((m) => m[1] as string);
    expect(scores.length).toBeGreaterThan(1);
    for (const s of scores) expect(s).toMatch(/^(?:0|1)(?:\.\d{1,2})?$/);
  });

  it('recipient, replyCode and status are null when the text has none', async () => {
    const t = io({}, 'TLS connect failed: error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol');
    expect(await main(['match', '--json'], t.io)).toBe(0);
    const line = JSON.parse(t.text());
    expect(line.file).toBe('-');
    expect(line.diagnoses[0]).toMatchObject({ recipient: null, replyCode: null, status: null, reason: 'failedstarttls' });
  });

  it('the human report shows each recipient, the top article with its URL, who acts and the first step, and the evidence', async () => {
    const t = io({}, '<kim@hanmail.net> (reason: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06))');
    expect(await main(['match', '--lang', 'en', '-'], t.io)).toBe(0);
    const report = t.text();
    expect(report).toContain('kim@hanmail.net  554 5.7.1  reason: blocked, permanent');
    expect(report).toContain('5.7.1 is permanent: resending as is gets the same answer.');
    expect(report).toContain('-> daum-das51-antispam-block');
    expect(report).toContain('/en/errors/daum-das51-antispam-block/');
    expect(report).toContain("who acts: Sending server's admin · first step: Find the account whose volume spiked.");
    expect(report).toMatch(/evidence: .*"DAS51"/);
  });

  it('Korean output: particles follow how the code is read (5.7.1은, 421은, 550은; the matcher\'s "421와" becomes "421과")', async () => {
    const t = io({}, '<kim@hanmail.net> (reason: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06))');
    expect(await main(['match'], t.io)).toBe(0);
    expect(t.text()).toContain('5.7.1은 영구 오류입니다.');
    expect(t.text()).toContain('조치할 사람: 발송 서버 관리자 · 먼저 할 일: 메일 로그에서 발송량이 급증한 계정을 찾습니다.');
    const d = io({}, '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints');
    expect(await main(['match'], d.io)).toBe(0);
    expect(d.text()).toMatch(/4\.7\.0은 일시 오류입니다\. 발송 서버가 스스로 다시 시도합니다\./);
    expect(d.text()).not.toMatch(/421와|421를|0를|1를|0와|1와/);
  });

  it('an input that is not a bounce gets one clear line, not a numbered diagnosis', async () => {
    const t = io({}, 'hello world');
    expect(await main(['match', '--lang', 'en'], t.io)).toBe(0);
    expect(t.text()).toContain('Not a bounce: no failed recipient or error code was found.');
    expect(t.text()).not.toMatch(/^\s+1\. /m);
    const j = io({}, 'hello world');
    expect(await main(['match', '--json'], j.io)).toBe(0);
    expect(JSON.parse(j.text()).kind).toBe('not-a-bounce');
  });

  it('evidence and diagnostics spanning lines are shown on one line (no literal \\n)', async () => {
    const t = io({}, '<kim@hanmail.net>:\n550 5.1.1 <kim@hanmail.net>: Recipient address\n    rejected: User unknown in local recipient table');
    expect(await main(['match', '--lang', 'en'], t.io)).toBe(0);
    expect(t.text()).not.toContain('\\n');
    expect(t.text()).toContain('550 5.1.1 <kim@hanmail.net>: Recipient address rejected: User unknown');
  });

  it('an unreadable file is one line on stderr and exit 2, and the other files are still processed', async () => {
    const t = io();
    const code = await main(['match', '--json', '/nonexistent/bounce.eml', path.join(FIX, 'korean/qmail-tls-140770fc.eml')], t.io);
    expect(code).toBe(2);
    expect(t.err).toEqual(['bouncekb: cannot read /nonexistent/bounce.eml: no such file']);
    expect(lines(t.text())).toHaveLength(1);
  });

  it('--help prints the usage and exits 0; an unknown flag is one line and exit 2', async () => {
    const help = io();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.text()).toMatch(/^Usage: bouncekb match/);
    const bad = io();
    expect(await main(['match', '--colour'], bad.io)).toBe(2);
    expect(bad.err).toEqual(['bouncekb: unknown option --colour (see bouncekb --help)']);
  });

  it('`bouncekb search` goes to the search command with its own arguments and help', async () => {
    const seen: string[][] = [];
    const t = io({ search: async (args, o) => (seen.push(args), o.stdout('result line'), 0) });
    expect(await main(['search', '--lang', 'en', '--help'], t.io)).toBe(0);
    expect(seen).toEqual([['--lang', 'en', '--help']]);
    expect(t.text()).toBe('result line\n');
  });

  it('argument mistakes are named precisely', () => {
    expect(() => parseArgs([])).toThrow(/missing command/);
    expect(() => parseArgs(['find', 'x'])).toThrow(/unknown command "find"/);
    expect(() => parseArgs(['match', '--lang', 'fr'])).toThrow(/--lang must be ko or en, not "fr"/);
    expect(() => parseArgs(['match', '--limit', '0'])).toThrow(/--limit must be a whole number/);
    expect(() => parseArgs(['match', '--site-url', 'javascript:alert(1)'])).toThrow(/--site-url must be an http\(s\) address/);
    expect(() => parseArgs(['match', '--format', 'csv'])).toThrow(/--format is an option of "bouncekb report"/);
    expect(parseArgs(['match', '--lang=en', '--limit', '5', '--', '-x.eml'])).toMatchObject({ command: 'match', json: false, lang: 'en', limit: 5, files: ['-x.eml'] });
  });

  it('a data problem (no article data) is one line and exit 2, not a stack trace', async () => {
    const t = io({ data: () => Promise.reject(new Error('ENOENT: dist/data/bouncekb.json')) }, '550 5.1.1 unknown');
    expect(await main(['match'], t.io)).toBe(2);
    expect(t.err).toEqual(['bouncekb: cannot load the article data: ENOENT: dist/data/bouncekb.json']);
  });
});
