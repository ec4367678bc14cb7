/**
 * The two-stage pipeline of a two-core run (lib/cli/stages.ts): a worker that dies fails the
 * batches in flight and every later one with a one-line reason, and the run does not hang.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Stages } from '../../lib/cli/stages';
import { packOutputs, type Done } from '../../lib/cli/task';

const OPTS = { mode: 'json', lang: 'en', limit: null, siteUrl: null } as const;

describe('Stages', () => {
  it('a worker that dies fails its batches with the reason instead of hanging', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-stages-'));
    const file = path.join(dir, 'broken-worker.mjs');
    // Dies on the first batch, as a worker out of memory would.
    fs.writeFileSync(file, "import { parentPort } from 'node:worker_threads';\nparentPort?.on('message', () => { throw new Error('out of memory (simulated)'); });\n");
    const stages = new Stages(file, OPTS);
    try {
      const done = await stages.run([{ name: 'a.eml', file: 'a.eml' }, { name: 'b.eml', file: 'b.eml' }]);
      expect(done.map((d) => d.name)).toEqual(['a.eml', 'b.eml']);
      expect(done[0]?.error).toMatch(/^worker failed: .*out of memory \(simulated\)/);
      const later = await stages.run([{ name: 'c.eml', file: 'c.eml' }]);
      expect(later[0]?.error).toMatch(/^worker failed/);
    } finally {
      await stages.close();
    }
  });
});

describe('packOutputs', () => {
  it('moves each output, with its line break, into one UTF-8 buffer in order; errors and reports keep theirs', () => {
    const done: Done[] = [
      { name: 'a', kind: 'bounce', out: '{"reason":"blocked"}' },
      { name: 'b', kind: 'not-a-bounce', error: 'cannot read b: no such file' },
      { name: 'c', kind: 'bounce', out: '코드 5.7.1을 다루는 글입니다 “q” 🙂' },
      { name: 'd', kind: 'bounce', rows: [] },
      { name: 'e', kind: 'bounce', out: '' },
    ];
    const buffer = packOutputs(done);
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    const text = (d: Done) => Buffer.from(d.bytes?.buffer as ArrayBuffer, d.bytes?.byteOffset, d.bytes?.byteLength).toString('utf8');
    expect(done.map((d) => d.out)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(text(done[0] as Done)).toBe('{"reason":"blocked"}\n');
    expect(text(done[2] as Done)).toBe('코드 5.7.1을 다루는 글입니다 “q” 🙂\n');
    expect(text(done[4] as Done)).toBe('\n');
    expect(done[1]?.bytes).toBeUndefined();
    expect(done[1]?.error).toBe('cannot read b: no such file');
    expect(done[3]?.bytes).toBeUndefined();
    // Consecutive outputs are consecutive bytes of the one buffer, which holds nothing else.
    expect(done[2]?.bytes?.byteOffset).toBe((done[0]?.bytes?.byteLength ?? 0));
    expect(Buffer.from(buffer as ArrayBuffer).toString('utf8')).toBe('{"reason":"blocked"}\n코드 5.7.1을 다루는 글입니다 “q” 🙂\n\n');
  });

  it('gives nothing to transfer when the batch has no output', () => {
    expect(packOutputs([{ name: 'a', kind: 'not-a-bounce', error: 'x' }, { name: 'b', kind: 'bounce', rows: [] }])).toBeNull();
  });
});
