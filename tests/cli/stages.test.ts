/**
 * The two-stage pipeline of a two-core run (lib/cli/stages.ts): a worker that dies fails the
 * batches in flight and every later one with a one-line reason, and the run does not hang.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Stages } from '../../lib/cli/stages';

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
