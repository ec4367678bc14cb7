/**
 * `bouncekb match|report|search ...`: the matcher on the command line. Inputs are read one at a
 * time, analysed in worker threads on large runs, and written in input order, waiting for the
 * output to drain, so memory stays flat whatever the number of inputs. Every input is processed
 * even when one cannot be read; the exit status says whether all were.
 */
import type { Readable } from 'node:stream';
import type { BundleData } from '../bundle/data';
import { buildIndex, type MatchIndex } from '../matcher';
import { parseArgs, USAGE, UsageError, type MatchArgs, type ReportArgs } from './args';
import { escapeControls } from './escape';
import { siteHint } from './format';
import { readInputs, type Work } from './inputs';
import { INLINE, Runner, threadCount } from './pool';
import { Report } from './report';
import type { Done, TaskOptions } from './task';

/** Where the CLI reads and writes: the process by default, buffers in tests. */
export interface CliIO {
  /** Writes output (text, or UTF-8 bytes); a returned promise resolves when the output can take more. */
  write: (chunk: string | Uint8Array) => void | Promise<void>;
  stderr: (line: string) => void;
  stdin: Readable;
  env: Record<string, string | undefined>;
  /** stderr is a terminal: show a progress line on long runs. */
  progressTo?: ((line: string) => void) | null;
  /** The shipped data (articles and first steps). */
  data: () => Promise<BundleData>;
  /** The built worker thread module (dist/worker.js), or null to stay in one thread. */
  workerFile?: string | null;
  /** `bouncekb search`: h10's search command, given the loader of the prebuilt search index. */
  search?: (args: string[], io: { stdout: (l: string) => void; stderr: (l: string) => void }) => Promise<number>;
}

/** Items per batch sent to a worker, and per batch the main thread analyses itself. */
const BATCH = 16;
const MAIN_BATCH = 4;
const BATCH_BYTES = 512 * 1024;
/** Batches read but not yet written, at most (memory stays flat when the output is slow). */
const MAX_AHEAD = 64;

async function localIndex(io: CliIO): Promise<{ index: MatchIndex; guides: BundleData['guides'] }> {
  const data = await io.data();
  return { index: buildIndex(data.articles), guides: data.guides };
}

async function run(args: MatchArgs | ReportArgs, io: CliIO): Promise<number> {
  const opts: TaskOptions = args.command === 'match'
    ? { mode: args.json ? 'json' : 'text', lang: args.lang, limit: args.limit, siteUrl: args.siteUrl }
    : { mode: 'report', lang: args.lang, limit: 1, siteUrl: args.siteUrl };
  let local: ReturnType<typeof localIndex> | null = null;
  const threads = threadCount(args.threads);
  const runner = new Runner(opts, () => (local ??= localIndex(io)), io.workerFile ?? null, threads);
  const report = args.command === 'report' ? new Report(args) : null;
  let status = 0;
  let count = 0;
  let lastProgress = 0;
  const started = Date.now();

  const progress = (final = false) => {
    if (!io.progressTo) return;
    const now = Date.now();
    if (!final && now - lastProgress < 250) return;
    lastProgress = now;
    const secs = (now - started) / 1000;
    io.progressTo(final ? '' : `${count} inputs, ${secs > 0 ? Math.round(count / secs) : 0}/s${runner.parallel ? `, ${threads} threads` : ''}`);
  };

  // Results are written in input order: batch n waits until batches 0..n-1 are out.
  const ready = new Map<number, Done[]>();
  let written = 0;
  let flushing = false;
  const flush = async () => {
    if (flushing) return;
    flushing = true;
    try {
      for (let done = ready.get(written); done; done = ready.get(written)) {
        ready.delete(written++);
        // One write per batch: the lines of a batch go out together, in order (text from this
        // thread, bytes from a worker: consecutive outputs are consecutive in its buffer).
        let text = '';
        let bytes: Uint8Array | null = null;
        const out = async () => {
          if (text) await io.write(text);
          if (bytes) await io.write(bytes);
          text = '';
          bytes = null;
        };
        for (const d of done) {
          count++;
          if (d.error) {
            await out();
            io.stderr(`bouncekb: ${d.error.startsWith('cannot read') ? d.error : `cannot analyse ${escapeControls(d.name)}: ${d.error}`}`);
            status = 2;
            continue;
          }
          if (report) report.add(d);
          else if (d.bytes) {
            const b = bytes as Uint8Array | null;
            if (b && b.buffer === d.bytes.buffer && b.byteOffset + b.byteLength === d.bytes.byteOffset) bytes = new Uint8Array(b.buffer, b.byteOffset, b.byteLength + d.bytes.byteLength);
            else {
              await out();
              bytes = d.bytes;
            }
          } else if (d.out !== undefined) {
            if (bytes) await out();
            text += `${d.out}\n`;
          }
        }
        await out();
        progress();
      }
    } finally {
      flushing = false;
    }
  };

  // Inputs are read one batch at a time, in order, by whichever lane is free: two batches in
  // flight per worker, and the main thread (smaller batches: it also reads and writes for all).
  // Files are handed on unread when workers may read them.
  const inputs = readInputs(args.files.length ? args.files : ['-'], io.stdin, !!io.workerFile && threads > 1);
  let exhausted = false;
  const pull = async (): Promise<Work | null> => {
    if (exhausted) return null;
    const r = await inputs.next();
    if (r.done) exhausted = true;
    return r.done ? null : r.value;
  };
  // The first inputs, held back until it is known whether the run is large enough for workers.
  const held: Work[] = [];
  const nextInput = async (): Promise<Work | null> => held.shift() ?? pull();
  let batches = 0;
  let reading: Promise<unknown> = Promise.resolve();
  const readBatch = (size: number): Promise<{ n: number; batch: Work[] } | null> => {
    const next = reading.then(async () => {
      // A lane far ahead of the writer (output not draining) waits instead of reading more.
      while (batches - written > MAX_AHEAD) await new Promise((resolve) => setTimeout(resolve, 5));
      const batch: Work[] = [];
      let bytes = 0;
      while (batch.length < size && bytes < BATCH_BYTES) {
        const r = await nextInput();
        if (!r) break;
        batch.push(r);
        if (!('problem' in r) && !('file' in r)) bytes += typeof r.data === 'string' ? r.data.length : r.data.byteLength;
      }
      return batch.length ? { n: batches++, batch } : null;
    });
    reading = next;
    return next;
  };
  const lane = async (analyse: (batch: Work[]) => Promise<Done[]>, size: number, yieldAfter: boolean) => {
    for (let b = await readBatch(size); b; b = await readBatch(size)) {
      ready.set(b.n, await analyse(b.batch));
      await flush();
      // The main thread lets worker results and their lanes in between its own batches.
      if (yieldAfter) await new Promise((resolve) => setImmediate(resolve));
    }
  };

  try {
    while (held.length <= INLINE) {
      const r = await pull();
      if (!r) break;
      held.push(r);
    }
    runner.start(exhausted ? held.length : Infinity);
    const lanes: Array<Promise<void>> = [];
    if (runner.halves) {
      // Two threads: the extracting and the finishing worker; six batches in flight keep
      // both busy.
      for (let i = 0; i < 6; i++) lanes.push(lane((b) => runner.split(b), BATCH, false));
    } else {
      for (let i = 0; i < runner.workers * 2; i++) lanes.push(lane((b) => runner.inWorker(b), BATCH, false));
      lanes.push(lane((b) => runner.here(b), runner.parallel ? MAIN_BATCH : 1, runner.parallel));
    }
    await Promise.all(lanes);
    await flush();
  } finally {
    await runner.close();
    progress(true);
  }
  if (report) await io.write(report.render());
  else if (opts.mode === 'text' && !args.siteUrl && count && io.progressTo) io.stderr(siteHint(args.lang));
  return status;
}

/**
 * Runs the CLI; returns the exit status.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), processIO(), version);
 */
export async function main(argv: string[], io: CliIO, version = '0.0.0'): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, io.env);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`bouncekb: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    await io.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    await io.write(`${version}\n`);
    return 0;
  }
  if (args.command === 'search') {
    if (!io.search) {
      io.stderr('bouncekb: search is not available in this build');
      return 2;
    }
    const lines: string[] = [];
    const code = await io.search(args.rest, { stdout: (l) => lines.push(l), stderr: io.stderr });
    if (lines.length) await io.write(`${lines.join('\n')}\n`);
    return code;
  }
  try {
    await io.data();
  } catch (e) {
    io.stderr(`bouncekb: cannot load the article data: ${(e as Error).message}`);
    return 2;
  }
  return run(args, io);
}
