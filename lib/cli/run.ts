/**
 * The process side of the CLI (built into dist/cli.js; bin/bouncekb.mjs runs it): the real
 * stdin/stdout/stderr, output written with backpressure, the shipped data, the worker module.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { loadData, searchIndex } from '../index';
import { searchCommand } from './search-command';
import { main, type CliIO } from './main';

/** A stream whose lines go to `emit` (searchCommand writes to streams). */
function lines(emit: (line: string) => void): NodeJS.WritableStream {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _enc, done) {
      pending += String(chunk);
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        emit(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
      done();
    },
  });
}

/**
 * The CLI's IO on the real process.
 *
 * @example
 * const code = await main(process.argv.slice(2), processIO());
 */
export function processIO(): CliIO {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workerFile = fileURLToPath(workerUrl);
  // `bouncekb ... | head`: a closed pipe ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    write: (text) => (process.stdout.write(text) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', resolve))),
    stderr: (line) => void process.stderr.write(`${line}\n`),
    stdin: process.stdin,
    env: process.env,
    progressTo: process.stderr.isTTY ? (line) => void process.stderr.write(`\r\x1b[K${line}`) : null,
    data: loadData,
    workerFile: fs.existsSync(workerFile) ? workerFile : null,
    search: (args, io) => searchCommand(args, { stdout: lines(io.stdout), stderr: lines(io.stderr) }, searchIndex),
  };
}

/** Runs the CLI on this process and sets its exit code. */
export async function runCli(version: string): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), processIO(), version);
}
