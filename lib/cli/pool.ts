/**
 * Runs batches of inputs in worker threads (piscina) when a run is large enough to pay for
 * starting them, else in the main thread. On two threads each batch goes through two worker
 * stages (stages.ts): one reads and extracts it, the other classifies, ranks and formats it.
 * With more threads, whole batches go to the workers (which read their files themselves) and
 * the main thread takes its share too. Results come back per batch; the caller writes them in input
 * order.
 */
import os from 'node:os';
import type Piscina from 'piscina';
import type { MatchIndex } from '../matcher';
import type { Guide } from '../bundle/data';
import type { Work } from './inputs';
import { Stages } from './stages';
import { runBatch, workerFailed, type Done, type TaskOptions } from './task';

/** Inputs a run must have for the workers to start: a few files never pay for them. */
export const INLINE = 64;

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
  private pool: Promise<Piscina> | null = null;
  private stages: Stages | null = null;

  /**
   * @param workerFile the built worker (dist/worker.js), or null to stay in the main thread
   * @param threads cores to use: 2 runs the two worker stages; more runs `threads - 1` pool
   *   workers beside the main thread; 0 or 1 keeps everything in the main thread
   */
  constructor(
    private readonly opts: TaskOptions,
    private readonly local: LocalIndex,
    private readonly workerFile: string | null,
    private readonly threads: number,
  ) {}

  /**
   * Starts the workers when the run is large enough (more than `INLINE` inputs) and threads are
   * allowed: on two threads the two stages (stages.ts); on more, `threads - 1` pool workers,
   * the main thread analysing batches too between reading inputs and writing output.
   */
  start(inputs: number): void {
    if (!this.workerFile || this.threads <= 1 || inputs <= INLINE || this.pool || this.stages) return;
    if (this.threads === 2) {
      this.stages = new Stages(this.workerFile, this.opts);
      return;
    }
    this.pool = import('piscina').then(({ default: PiscinaClass }) => new PiscinaClass({
      filename: this.workerFile as string,
      workerData: this.opts,
      minThreads: this.threads - 1,
      maxThreads: this.threads - 1,
      // Idle workers would keep a finished run alive for a while.
      idleTimeout: 1000,
      concurrentTasksPerWorker: 2,
      // Each analysis is short-lived garbage over a small index: capped heaps keep a worker's
      // memory near that instead of V8's defaults (one input is at most 512 KB).
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
    }));
  }

  /** Worker threads running (0 when everything stays in the main thread). */
  get workers(): number {
    return this.pool ? this.threads - 1 : 0;
  }

  /**
   * Analyses one batch in a worker thread, in order (files in it are read there).
   *
   * @example
   * const done = await runner.inWorker([{ name: 'a.eml', file: 'a.eml' }]);
   */
  async inWorker(batch: Work[]): Promise<Done[]> {
    const pool = await (this.pool as Promise<Piscina>);
    try {
      return (await pool.run(batch)) as Done[];
    } catch (e) {
      // A worker that died (out of memory on a pathological input) fails its batch only.
      return workerFailed(batch, (e as Error).message);
    }
  }

  /**
   * Two threads: the batch goes through the extracting and the finishing worker. Each thread
   * then runs (and compiles) only its half of the code; with the whole work in both, the second
   * isolate's compiling and warming up cost a third more CPU.
   *
   * @example
   * const done = await runner.split([{ name: 'a.eml', file: 'a.eml' }]);
   */
  async split(batch: Work[]): Promise<Done[]> {
    return (this.stages as Stages).run(batch);
  }

  /** Whether runs go through the two stages (two threads) rather than shared out whole. */
  get halves(): boolean {
    return this.stages !== null;
  }

  /**
   * Analyses one batch in the main thread, in order.
   *
   * @example
   * const done = await runner.here([{ name: 'a.eml', file: 'a.eml' }]);
   */
  async here(batch: Work[]): Promise<Done[]> {
    const { index, guides } = await this.local();
    return runBatch(batch, this.opts, index, guides);
  }

  /** Whether batches go to worker threads. */
  get parallel(): boolean {
    return this.pool !== null || this.stages !== null;
  }

  /** Stops the workers (the process can then exit). */
  async close(): Promise<void> {
    if (this.pool) await (await this.pool).destroy();
    if (this.stages) await this.stages.close();
  }
}
