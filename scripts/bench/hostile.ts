/**
 * `npm run bench hostile`: each hostile shape (tests/hostile/shapes.ts) at 1x, 2x, 4x and 8x a
 * base size, in-process: the time and how it grows (a ratio near 2 per doubling is linear, near 4
 * is quadratic). Then each shape at 256 KB against an ordinary bounce of the same size.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze, buildIndex } from '../../lib/matcher';
import { HOSTILE_SHAPES, ordinaryOfSize } from '../../tests/hostile/shapes';

const BASE = 32 * 1024;

async function timeOf(text: string, index: ReturnType<typeof buildIndex>, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await analyze(text, index);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export default async function run(): Promise<void> {
  const index = buildIndex([]);
  await timeOf(ordinaryOfSize(BASE), index, 5);
  console.log(`hostile shapes, best of 3 runs in ms at ${BASE / 1024}/${(2 * BASE) / 1024}/${(4 * BASE) / 1024}/${(8 * BASE) / 1024} KB, then growth per doubling`);
  for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
    const ms: number[] = [];
    for (const k of [1, 2, 4, 8]) ms.push(await timeOf(make(BASE * k), index));
    const growth = ms.slice(1).map((t, i) => (t / Math.max(ms[i] as number, 0.5)).toFixed(1));
    console.log(`  ${name.padEnd(34)} ${ms.map((t) => t.toFixed(1).padStart(7)).join(' ')}   x${growth.join(' x')}`);
  }
  const size = 256 * 1024;
  const ordinary = await timeOf(ordinaryOfSize(size), index);
  console.log(`\nat 256 KB, against an ordinary bounce of the same size (${ordinary.toFixed(1)} ms); bar: at most 3x`);
  for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
    const t = await timeOf(make(size), index);
    console.log(`  ${name.padEnd(34)} ${t.toFixed(1).padStart(7)} ms  ${(t / ordinary).toFixed(2)}x`);
  }

  // The same through the command line (start-up included), as an admin runs it on a saved file.
  const bin = path.join(process.cwd(), 'bin', 'bouncekb.mjs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-hostile-'));
  const cli = (text: string): number => {
    const file = path.join(dir, 'input.txt');
    fs.writeFileSync(file, text);
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      spawnSync(process.execPath, [bin, 'match', '--json', file], { stdio: 'ignore', timeout: 120_000 });
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  try {
    const base = cli(ordinaryOfSize(size));
    console.log(`\nthrough the CLI (bin/bouncekb.mjs match --json FILE, best of 3), ordinary 256 KB bounce ${base.toFixed(0)} ms; bar: at most 3x`);
    for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
      const t = cli(make(size));
      console.log(`  ${name.padEnd(34)} ${t.toFixed(0).padStart(7)} ms  ${(t / base).toFixed(2)}x`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
