/**
 * The package as users get it: `npm pack`, installed into an empty folder, runs its bin under
 * plain node and can be imported as a library, with nothing from this repository around it.
 * Needs dist/ (`npm run build:lib`; the `unit` script and `npm ci` build it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BOUNCE = fs.readFileSync(path.join(ROOT, 'tests/fixtures/bounces/korean/daum-das51-postfix.eml'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let app = '';
let files: string[] = [];

beforeAll(() => {
  expect(fs.existsSync(path.join(ROOT, 'dist/cli.js')), 'dist/ is missing: run "npm run build:lib"').toBe(true);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-pack-'));
  // --ignore-scripts: dist/ is already built; `prepare` would rebuild it.
  const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const info = packed[0] as (typeof packed)[number];
  files = info.files.map((f) => f.path);
  app = path.join(work, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', path.join(work, path.basename(info.filename))], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}, 240_000);

describe('npm pack, installed in an empty folder', () => {
  it('ships the built JavaScript, the prebuilt data and the types, not the sources', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/bouncekb.mjs', 'dist/cli.js', 'dist/index.js', 'dist/worker.js', 'dist/data/bouncekb.json', 'dist/data/search-ko.json', 'dist/data/search-en.json', 'dist/types/lib/index.d.ts', 'package.json']));
    expect(files.filter((f) => f.startsWith('lib/') || f.startsWith('content/') || f.startsWith('tests/') || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('the bin runs under plain node and answers from the shipped articles', () => {
    const bin = path.join(app, 'node_modules/.bin/bouncekb');
    const found = spawnSync(bin, ['search', '--lang', 'en', 'relay denied'], { encoding: 'utf8', cwd: app });
    expect(found.status).toBe(0);
    expect(found.stdout).toMatch(/\/en\/errors\/[a-z0-9-]+\//);
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8', cwd: app });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: bouncekb match/);
    const run = spawnSync(bin, ['match', '--json', '--lang', 'en', '-'], { input: BOUNCE, encoding: 'utf8', cwd: app });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const line = JSON.parse(run.stdout);
    expect(line.diagnoses[0]).toMatchObject({ recipient: 'kim@hanmail.net', status: '5.7.1', reason: 'blocked' });
    expect(line.diagnoses[0].matches[0].url).toBe('/en/errors/daum-das51-antispam-block/');
    const bad = spawnSync(bin, ['match', '--nope'], { encoding: 'utf8', cwd: app });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('bouncekb: unknown option --nope (see bouncekb --help)');
    // Nothing is written next to the package or in the working folder at run time.
    expect(fs.readdirSync(app).sort()).toEqual(['node_modules', 'package-lock.json', 'package.json']);
  });

  it('`import { analyze } from "bouncekb"` works with the shipped index, and the types resolve', () => {
    const script = [
      "import { analyze, search, REASONS } from 'bouncekb';",
      `const a = await analyze(${JSON.stringify('<kim@hanmail.net> (reason: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06))')}, { lang: 'en' });`,
      "const s = await search('relay denied', { lang: 'en', limit: 1 });",
      'console.log(JSON.stringify({ reason: a.diagnoses[0].reason, id: a.diagnoses[0].matches[0].id, reasons: REASONS.length, search: s[0]?.url }));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ reason: 'blocked', id: 'daum-das51-antispam-block', reasons: expect.any(Number), search: expect.stringMatching(/^\/en\/errors\//) });
    const pkg = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/bouncekb/package.json'), 'utf8'));
    const types = path.join(app, 'node_modules/bouncekb', pkg.exports['.'].types);
    expect(fs.readFileSync(types, 'utf8')).toMatch(/export \* from '\.\/api'|export \* from "\.\/api"/);
    expect(fs.readFileSync(path.join(path.dirname(types), 'api.d.ts'), 'utf8')).toMatch(/export declare function analyze\(input: string \| Uint8Array, opts\?: LibraryAnalyzeOptions\): Promise<Analysis>/);
  });
});
