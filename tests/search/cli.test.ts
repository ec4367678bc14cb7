/**
 * `bouncekb search`: one JSON object per query per line with --json, a readable report
 * otherwise, a one-line reason and exit 2 for a bad flag.
 */
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchCommand } from '../../lib/cli/search-command';
import { search, type SearchIndex } from '../../lib/search';
import { contentIndexes } from './helpers';

let indexes: Record<'ko' | 'en', SearchIndex>;
beforeAll(() => {
  indexes = contentIndexes();
}, 300_000);

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(c: Buffer | string, _e, done) {
      chunks.push(String(c));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(args: string[]) {
  const out = sink();
  const err = sink();
  const loaded: string[] = [];
  const status = await searchCommand(args, { stdout: out.stream, stderr: err.stream }, async (lang) => {
    loaded.push(lang);
    return indexes[lang];
  });
  return { status, out: out.text(), err: err.text(), loaded };
}

describe('bouncekb search', () => {
  it('--json prints one object per query, the same results as search()', async () => {
    const r = await run(['--json', '--lang', 'en', '--limit', '3', 'relay denied', '5.7.1']);
    expect(r.status).toBe(0);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ query: 'relay denied', results: search(indexes.en, 'relay denied', { lang: 'en', limit: 3 }) });
    expect(lines[1].results[0]).toMatchObject({ type: 'code', code: '5.7.1', url: '/en/codes/5.7.1/' });
    expect(r.loaded).toEqual(['en']);
  });

  it('defaults to Korean and prints a readable report', async () => {
    const r = await run(['DAS51']);
    expect(r.status).toBe(0);
    expect(r.out).toContain('DAS51\n  1. Daum(한메일) 554 5.7.1 DAS51');
    expect(r.out).toContain('/ko/errors/daum-das51-antispam-block/');
    expect(r.out).toContain('영구');
  });

  it('a query that finds nothing says so and still exits 0', async () => {
    const r = await run(['--lang', 'en', 'zzqqxxjj']);
    expect(r).toMatchObject({ status: 0 });
    expect(r.out).toContain('No article matched.');
  });

  it('bad flags get a one-line reason and exit 2, without loading an index', async () => {
    for (const args of [['--lang', 'fr', 'x'], ['--limit', '0', 'x'], ['--limit'], ['--colour', 'x'], ['--json=1', 'x'], []]) {
      const r = await run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.err.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err).toMatch(/^bouncekb search: /);
      expect(r.loaded).toEqual([]);
    }
  });

  it('an index that cannot be loaded is a clear error, exit 2', async () => {
    const err = sink();
    const status = await searchCommand(['x'], { stdout: sink().stream, stderr: err.stream }, async () => {
      throw new Error('no such file');
    });
    expect(status).toBe(2);
    expect(err.text()).toBe('bouncekb search: cannot load the ko search index: no such file\n');
  });

  it('escapes control characters of a query in the text report', async () => {
    const r = await run(['spam\u001b[31m']);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('\\x1b');
  });
});
