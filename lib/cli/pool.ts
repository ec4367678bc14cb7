/**
 * Runs batches of items in worker threads (piscina) once a run is large enough to pay for
 * starting them, else in the main thread; with the pool running, the main thread still takes
 * one batch in `threads` (so `threads` cores are busy with `threads - 1` workers). Results come back per batch; the caller keeps the
 * order by awaiting batches first in, first out.
 */
import os from 'node:os';
import type Piscina from 'piscina';
import type { MatchIndex } from '../matcher';
import type { Guide } from '../bundle/data';
import type { Item } from './inputs';
import { runItem, type Done, type TaskOptions } from './task';

/** Items analysed in the main thread before the workers start: one file never starts them. */
const INLINE = 64;

/** What the main thread needs to analyse items itself. */
export type LocalIndex = () => Promise<{ index: MatchIndex; guides: Record<string, Guide> }>;

/**
 * The number of worker threads: all cores (at most 8), or `requested`.
 *
 * @example
 * threadCount(null); // 2 on a two-core machine
 */
export function threadCount(requested: number | null): number {
  if (requested !== null) return requested;
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

export class Runner {
  private seen = 0;
  private batches = 0;

  /**
   * @param workerFile the built worker (dist/worker.js), or null to stay in the main thread
   * @param threads worker threads; 0 or 1 keeps everything in the main thread
   */
  constructor(
    private readonly opts: TaskOptions,
    private readonly local: LocalIndex,
    private readonly workerFile: string | null,
    private readonly threads: number,
  ) {}

  private async startPool(): Promise<Piscina> {
    const { default: PiscinaClass } = await import('piscina');
    return new PiscinaClass({
      filename: this.workerFile as string,
      workerData: this.opts,
      // The main thread takes its share of batches too (see run()): one isolate fewer in memory.
      minThreads: this.threads - 1,
      maxThreads: this.threads - 1,
      // Idle workers would keep a finished run alive for a while.
      idleTimeout: 1000,
      // Each analysis is short-lived garbage over an index of about 11 MB: small heap limits keep
      // a worker's memory near that instead of V8's defaults (one input is at most 512 KB).
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
    });
  }

  /**
   * Analyses one batch, in order.
   *
   * @example
   * const done = await runner.run([{ name: 'a.eml', data: bytes }]);
   */
  async run(batch: Item[]): Promise<Done[]> {
    this.seen += batch.length;
    this.batches++;
    // Every `threads`-th batch stays in the main thread: reading files and writing output leave
    // it mostly idle, and each worker isolate costs tens of MB.
    if (this.workerFile && this.threads > 1 && this.seen > INLINE && this.batches % this.threads !== 0) {
      this.poolStarting ??= this.startPool();
      const pool = await this.poolStarting;
      try {
        return (await pool.run(batch)) as Done[];
      } catch (e) {
        // A worker that died (out of memory on a pathological input) fails its batch only.
        return batch.map((item) => ({ name: item.name, kind: 'not-a-bounce' as const, error: `worker failed: ${(e as Error).message}` }));
      }
    }
    const { index, guides } = await this.local();
    const out: Done[] = [];
    for (const item of batch) out.push(await runItem(item, this.opts, index, guides));
    return out;
  }

  private poolStarting: Promise<Piscina> | null = null;

  /** Whether batches go to worker threads now. */
  get parallel(): boolean {
    return this.poolStarting !== null;
  }

  /** Stops the workers (the process can then exit). */
  async close(): Promise<void> {
    if (this.poolStarting) await (await this.poolStarting).destroy();
  }
}
