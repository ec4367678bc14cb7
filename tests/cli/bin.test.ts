/**
 * The built CLI (dist/, what bin/bouncekb.mjs runs) as a process: plain node, worker threads
 * that keep the input order, and inputs that never end.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/bouncekb.mjs');
const FIX = path.join(ROOT, 'tests/fixtures/bounces/korean');

function bouncekb(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, cwd: os.tmpdir(), timeout: 120_000, maxBuffer: 1 << 28 });
}

describe('the built bin', () => {
  it('runs under plain node: no TypeScript loader, nothing written in the working folder', () => {
    expect(fs.existsSync(path.join(ROOT, 'dist/cli.js')), 'dist/ is missing: run "npm run build:lib"').toBe(true);
    expect(fs.readFileSync(BIN, 'utf8')).not.toMatch(/tsx|\.ts['"]/);
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-bin-'));
    const r = spawnSync(process.execPath, [BIN, 'match', '--lang', 'en', path.join(FIX, 'daum-das51-postfix.eml')], { encoding: 'utf8', cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('-> daum-das51-antispam-block');
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('worker threads give the same output, in the same order, as one thread', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-order-'));
    const fixtures = fs.readdirSync(FIX).filter((f) => f.endsWith('.eml')).sort();
    // 240 files: past the inline start (64), so the pool runs most of them.
    for (let i = 0; i < 240; i++) fs.copyFileSync(path.join(FIX, fixtures[i % fixtures.length] as string), path.join(dir, `${String(i).padStart(3, '0')}.eml`));
    const one = bouncekb(['match', '--json', '--threads', '1', dir]);
    const two = bouncekb(['match', '--json', '--threads', '2', dir]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    const files = two.stdout.trim().split('\n').map((l) => path.basename(JSON.parse(l).file));
    expect(files).toEqual([...Array(240).keys()].map((i) => `${String(i).padStart(3, '0')}.eml`));
    expect(two.stdout).toBe(one.stdout);
    // Two threads split the work in halves (read and extract here, the rest in the worker): the
    // text report and the summary report come out the same as well.
    for (const args of [['match', '--lang', 'en'], ['report', '--format', 'json']]) {
      const a = bouncekb([...args, '--threads', '1', dir]);
      const b = bouncekb([...args, '--threads', '2', dir]);
      expect(b.status).toBe(0);
      expect(b.stdout.length).toBeGreaterThan(1000);
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it('with workers, mbox and log files, unreadable entries and the rest keep their place and messages', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-mixed-'));
    const fixtures = fs.readdirSync(FIX).filter((f) => f.endsWith('.eml')).sort();
    const first = fs.readFileSync(path.join(FIX, fixtures[0] as string), 'utf8');
    for (let i = 0; i < 150; i++) fs.copyFileSync(path.join(FIX, fixtures[i % fixtures.length] as string), path.join(dir, `${String(i).padStart(3, '0')}.eml`));
    // An mbox of two messages, a Postfix log with two failed messages, and a dangling link, among them.
    fs.writeFileSync(path.join(dir, '070.mbox'), `From MAILER-DAEMON Mon Dec  1 10:00:00 2026\n${first}\nFrom MAILER-DAEMON Mon Dec  1 10:05:00 2026\n${first}\n`);
    fs.writeFileSync(path.join(dir, '090.log'), [
      'Dec  1 10:00:01 mx postfix/smtp[123]: 4F2C13B0A1: to=<kim@hanmail.net>, relay=mx1.hanmail.net[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.7.1, status=bounced (host mx1.hanmail.net[192.0.2.1] said: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked (in reply to end of DATA command))',
      'Dec  1 10:00:02 mx postfix/smtp[124]: 5A1B2C3D4E: to=<lee@example.org>, relay=none, delay=1, delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to mx.example.org[198.51.100.7]:25: Connection timed out)',
      '',
    ].join('\n'));
    fs.symlinkSync(path.join(dir, 'no-such-file'), path.join(dir, '100.eml.link'));
    const one = bouncekb(['match', '--json', '--threads', '1', dir]);
    const three = bouncekb(['match', '--json', '--threads', '3', dir]);
    const two = bouncekb(['match', '--json', '--threads', '2', dir]);
    expect(one.status).toBe(2);
    expect(three.status).toBe(2);
    expect(two.status).toBe(2);
    expect(three.stderr).toBe(one.stderr);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr).toMatch(/cannot read .*100\.eml\.link: no such file/);
    expect(three.stdout).toBe(one.stdout);
    const names = three.stdout.trim().split('\n').map((l) => path.basename(JSON.parse(l).file));
    expect(names).toContain('070.mbox#2');
    expect(names).toContain('090.log#5A1B2C3D4E');
    expect(names.indexOf('070.mbox#1')).toBe(names.indexOf('070.eml') + 1);
    expect(names.indexOf('090.log#4F2C13B0A1')).toBe(names.indexOf('090.eml') + 1);
  });

  it('`bouncekb match /dev/zero` ends; endless stdin is read only up to the cap', () => {
    if (!fs.existsSync('/dev/zero')) return;
    const r = bouncekb(['match', '--json', '/dev/zero']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '/dev/zero', kind: 'not-a-bounce' });
    const s = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} match --json - < /dev/zero`], { encoding: 'utf8', timeout: 60_000 });
    expect(s.status).toBe(0);
    expect(JSON.parse(s.stdout).notes.join(' ')).toMatch(/only the first 512 KB were read/);
  });

  it('report --format html on a folder is one page', () => {
    const r = bouncekb(['report', '--format', 'html', FIX]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>[\s\S]*<svg[\s\S]*<\/html>\n$/);
  });
});
