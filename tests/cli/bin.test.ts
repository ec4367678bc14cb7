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
