/**
 * The process side of the CLI (built into dist/cli.js; bin/bouncekb.mjs runs it): the real
 * stdin/stdout/stderr, output written with backpressure, the shipped data, the worker module.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadData } from '../index';
import { main, type CliIO } from './main';

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
  };
}

/** Runs the CLI on this process and sets its exit code. */
export async function runCli(version: string): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), processIO(), version);
}
