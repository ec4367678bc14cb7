/**
 * Two worker threads in a pipeline, for runs on two cores: the first reads and extracts each
 * batch and hands it straight to the second (a MessageChannel between them), which classifies,
 * ranks and formats it and sends the results to the main thread, their text as UTF-8 bytes in
 * one transferred buffer per batch (see packOutputs). Each thread compiles only its half of the
 * code, and the main thread, which only hands out batches and writes results, keeps a small
 * heap: both workers run with capped heaps, and the main thread's cannot be capped from inside
 * (results sent as strings grew its young generation to 32 MB and its old one to 25 MB; as
 * bytes, 8 MB and 6 MB).
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Work } from './inputs';
import { workerFailed, type Done, type TaskOptions } from './task';

/** What a stage worker is given at start (see worker.ts). */
export interface StageData {
  stage: 'extract' | 'finish';
  opts: TaskOptions;
  /** The channel between the two stages. */
  port: MessagePort;
}

/**
 * Heap caps of each stage: one input is at most 512 KB, and the index is a few MB. A 16 MB young
 * generation took 5% less CPU than 8 MB on the 10k corpus (fewer scavenges) for a few MB more.
 */
const LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

export class Stages {
  private readonly extract: Worker;
  private readonly finish: Worker;
  private readonly pending = new Map<number, { resolve: (d: Done[]) => void; batch: Work[] }>();
  private seq = 0;
  private failed: string | null = null;

  /**
   * Starts both workers from the built worker module (dist/worker.js).
   *
   * @example
   * const stages = new Stages('dist/worker.js', { mode: 'json', lang: 'en', limit: null, siteUrl: null });
   */
  constructor(workerFile: string, opts: TaskOptions) {
    const { port1, port2 } = new MessageChannel();
    this.extract = new Worker(workerFile, { workerData: { stage: 'extract', opts, port: port1 }, transferList: [port1 as never], resourceLimits: LIMITS });
    this.finish = new Worker(workerFile, { workerData: { stage: 'finish', opts, port: port2 }, transferList: [port2 as never], resourceLimits: LIMITS });
    this.finish.on('message', (m: { seq: number; done: Done[] }) => {
      const p = this.pending.get(m.seq);
      if (!p) return;
      this.pending.delete(m.seq);
      p.resolve(m.done);
    });
    for (const w of [this.extract, this.finish]) {
      w.on('error', (e: Error) => this.fail(e.message));
      w.on('exit', (code) => {
        if (code !== 0 || this.pending.size) this.fail(`worker stopped (exit code ${code})`);
      });
    }
  }

  /** A worker died (out of memory on a pathological input): the batches in flight fail, the run goes on in the main thread's error lines. */
  private fail(why: string): void {
    this.failed ??= why;
    for (const [seq, p] of this.pending) {
      this.pending.delete(seq);
      p.resolve(workerFailed(p.batch, why));
    }
  }

  /**
   * Runs one batch through both stages; results in input order.
   *
   * @example
   * const done = await stages.run([{ name: 'a.eml', file: 'a.eml' }]);
   */
  run(batch: Work[]): Promise<Done[]> {
    if (this.failed) return Promise.resolve(workerFailed(batch, this.failed));
    const seq = this.seq++;
    return new Promise((resolve) => {
      this.pending.set(seq, { resolve, batch });
      this.extract.postMessage({ seq, batch });
    });
  }

  /** Stops both workers. */
  async close(): Promise<void> {
    await Promise.all([this.extract.terminate(), this.finish.terminate()]);
  }
}
