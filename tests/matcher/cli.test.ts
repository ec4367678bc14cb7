/**
 * `bouncekb match`: an admin runs it on files or a pipe and gets a report or JSON lines.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../lib/cli/main';
import { parseArgs } from '../../lib/cli/args';
import { buildIndex } from '../../lib/matcher';
import { fixtureArticles } from './helpers/articles';

const ROOT = path.resolve(__dirname, '../..');
const FIX = path.join(ROOT, 'tests/fixtures/bounces');

function io(extra: Partial<CliIO> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const base: CliIO = {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    readStdin: async () => new TextEncoder().encode(stdin),
    readFile: (f) => new Uint8Array(fs.readFileSync(f)),
    cwd: ROOT,
    index: buildIndex(fixtureArticles),
    ...extra,
  };
  return { io: base, out, err };
}

describe('bouncekb match', () => {
  it('--json prints one JSON object per input, one per line, in the documented shape', async () => {
    const t = io();
    const code = await main(['match', '--json', path.join(FIX, 'korean/daum-das51-postfix.eml'), path.join(FIX, 'korean/multi-recipient-postfix.eml')], t.io);
    expect(code).toBe(0);
    expect(t.out).toHaveLength(2);
    const first = JSON.parse(t.out[0] as string);
    expect(first.file).toBe(path.join(FIX, 'korean/daum-das51-postfix.eml'));
    expect(first.diagnoses[0]).toMatchObject({ recipient: 'kim@hanmail.net', replyCode: '554', status: '5.7.1', reason: 'blocked', diagnostic: expect.stringContaining('DAS51') });
    expect(first.diagnoses[0].matches[0]).toMatchObject({
      id: 'daum-das51-antispam-block', reason: 'blocked', url: '/ko/errors/daum-das51-antispam-block/', source: 'content/errors/daum-das51-antispam-block.md',
      title: { ko: expect.any(String), en: expect.any(String) }, evidence: expect.arrayContaining(['DAS51', '5.7.1']),
    });
    expect(typeof first.diagnoses[0].matches[0].score).toBe('number');
    expect(JSON.parse(t.out[1] as string).diagnoses).toHaveLength(3);
  });

  it('--json scores have at most 2 decimals (0.39, not 0.38999999999999996)', async () => {
    const t = io({}, '550 5.1.1 <kim@example.com>... too many recipients this hour');
    expect(await main(['match', '--json'], t.io)).toBe(0);
    const raw = t.out[0] as string;
    const scores = [...raw.matchAll(/"score":([0-9.]+)/g)].map((m) => m[1] as string);
    expect(scores.length).toBeGreaterThan(1);
    for (const s of scores) expect(s).toMatch(/^(?:0|1)(?:\.\d{1,2})?$/);
  });

  it('recipient, replyCode and status are null when the text has none', async () => {
    const t = io({}, 'TLS connect failed: error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol');
    expect(await main(['match', '--json'], t.io)).toBe(0);
    const line = JSON.parse(t.out[0] as string);
    expect(line.file).toBe('-');
    expect(line.diagnoses[0]).toMatchObject({ recipient: null, replyCode: null, status: null, reason: 'failedstarttls' });
  });

  it('the human report shows each recipient, the top articles with their URLs, and the evidence', async () => {
    const t = io({}, '<kim@hanmail.net> (reason: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06))');
    expect(await main(['match', '--lang', 'en', '-'], t.io)).toBe(0);
    const report = t.out.join('\n');
    expect(report).toContain('kim@hanmail.net  554 5.7.1  reason: blocked, permanent');
    expect(report).toContain('-> daum-das51-antispam-block');
    expect(report).toContain('/en/errors/daum-das51-antispam-block/');
    expect(report).toMatch(/evidence: .*"DAS51"/);
  });

  it('an unreadable file is one line on stderr and exit 2, and the other files are still processed', async () => {
    const t = io();
    const code = await main(['match', '--json', '/nonexistent/bounce.eml', path.join(FIX, 'korean/qmail-tls-140770fc.eml')], t.io);
    expect(code).toBe(2);
    expect(t.err).toEqual(['bouncekb: cannot read /nonexistent/bounce.eml: no such file']);
    expect(t.out).toHaveLength(1);
  });

  it('--help prints the usage and exits 0; an unknown flag is one line and exit 2', async () => {
    const help = io();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toMatch(/^Usage: bouncekb match/);
    const bad = io();
    expect(await main(['match', '--colour'], bad.io)).toBe(2);
    expect(bad.err).toEqual(['bouncekb: unknown option --colour (see bouncekb --help)']);
  });

  it('argument mistakes are named precisely', () => {
    expect(() => parseArgs([])).toThrow(/missing command/);
    expect(() => parseArgs(['find', 'x'])).toThrow(/unknown command "find"/);
    expect(() => parseArgs(['match', '--lang', 'fr'])).toThrow(/--lang must be ko or en, not "fr"/);
    expect(() => parseArgs(['match', '--limit', '0'])).toThrow(/--limit must be a whole number/);
    expect(parseArgs(['match', '--lang=en', '--limit', '5', '--', '-x.eml'])).toEqual({ command: 'match', json: false, lang: 'en', limit: 5, files: ['-x.eml'] });
  });

  it('a content error prints the loader\'s problem lines and exits 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-cli-'));
    fs.mkdirSync(path.join(dir, 'content', 'errors'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'content', 'errors', 'broken.md'), '---\nid: broken\nkind: nonsense\n---\n');
    const t = io({ cwd: dir, index: undefined });
    expect(await main(['match', '-'], t.io)).toBe(2);
    expect(t.err[0]).toBe('bouncekb: the articles in content/ have problems:');
    expect(t.err.some((l) => /content\/errors\/broken\.md: kind:/.test(l))).toBe(true);
  });

  it('with a content folder it builds the index from the articles, and caches it for the next run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-cli-'));
    fs.mkdirSync(path.join(dir, 'content', 'errors'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'content/errors/daum-das51-antispam-block.md'), path.join(dir, 'content/errors/daum-das51-antispam-block.md'));
    for (let run = 0; run < 2; run++) {
      const t = io({ cwd: dir, index: undefined }, '554 5.7.1 DAS51 192.0.2.25: blocked');
      expect(await main(['match', '--json'], t.io)).toBe(0);
      expect(JSON.parse(t.out[0] as string).diagnoses[0].matches[0].id).toBe('daum-das51-antispam-block');
    }
    expect(fs.existsSync(path.join(dir, '.bouncekb-cache', 'match-articles.json'))).toBe(true);
  });

  it('the installed bin runs under plain node (tsx registered by the bin itself)', () => {
    const help = spawnSync(process.execPath, [path.join(ROOT, 'bin/bouncekb.mjs'), '--help'], { encoding: 'utf8', cwd: ROOT });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: bouncekb match/);
    const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin/bouncekb.mjs'), 'match', '--nope'], { encoding: 'utf8', cwd: ROOT });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('bouncekb: unknown option --nope (see bouncekb --help)');
  });
});
