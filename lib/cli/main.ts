/**
 * `bouncekb match [--json] [--lang ko|en] [--limit N] FILE...`: the matcher on the command line.
 * Every input is processed even when one cannot be read; the exit status says whether all were.
 */
import fs from 'node:fs';
import { Writable } from 'node:stream';
import { ContentError } from '../content/load';
import { searchIndexFromContent } from '../content/search-index';
import { analyze } from '../matcher/analyze';
import type { MatchIndex } from '../matcher/build';
import { parseArgs, USAGE, UsageError, type MatchArgs } from './args';
import { humanReport, jsonLine } from './format';
import { findRoot, loadIndex } from './load-index';
import { searchCommand } from './search-command';

/** Where the CLI reads and writes: the process by default, buffers in tests. */
export interface CliIO {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  readStdin: () => Promise<Uint8Array>;
  readFile: (file: string) => Uint8Array;
  /** Folder to look for content/ from (the installed package's own content is the fallback). */
  cwd: string;
  /** Already built index (tests); when absent the index is loaded from content/. */
  index?: MatchIndex;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The real process's IO: stdout, stderr, stdin, files, and the project folder to read content/
 * from (the one holding the working directory, else the installed package).
 *
 * @example
 * const io = processIO(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
 */
export function processIO(packageRoot: string): CliIO {
  return {
    stdout: (l) => process.stdout.write(`${l}\n`),
    stderr: (l) => process.stderr.write(`${l}\n`),
    readStdin: () => readAll(process.stdin),
    readFile: (f) => new Uint8Array(fs.readFileSync(f)),
    cwd: findRoot(process.cwd()) ?? packageRoot,
  };
}

/** A stream whose every line goes to `emit` (searchCommand writes streams, CliIO takes lines). */
function lineWriter(emit: (line: string) => void): NodeJS.WritableStream {
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

async function runMatch(args: MatchArgs, io: CliIO): Promise<number> {
  let index = io.index;
  if (!index) {
    try {
      index = loadIndex(io.cwd);
    } catch (e) {
      if (e instanceof ContentError) {
        io.stderr('bouncekb: the articles in content/ have problems:');
        for (const p of e.problems) io.stderr(`  ${p}`);
        return 2;
      }
      io.stderr(`bouncekb: cannot load the articles from ${io.cwd}/content/errors: ${(e as Error).message}`);
      return 2;
    }
  }
  const files = args.files.length ? args.files : ['-'];
  let status = 0;
  let stdinUsed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      if (file === '-') {
        bytes = stdinUsed ? new Uint8Array() : await io.readStdin();
        stdinUsed = true;
      } else bytes = io.readFile(file);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      io.stderr(`bouncekb: cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'EACCES' ? 'permission denied' : err.message}`);
      status = 2;
      continue;
    }
    try {
      const analysis = await analyze(bytes, index, { lang: args.lang, limit: args.limit ?? (args.json ? 10 : 3) });
      io.stdout(args.json ? jsonLine(file, analysis) : humanReport(file, analysis, args.lang, args.limit ?? 3));
    } catch (e) {
      io.stderr(`bouncekb: cannot analyse ${file}: ${(e as Error).message}`);
      status = 2;
    }
  }
  return status;
}

/**
 * Runs the CLI; returns the exit status.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), processIO(packageRoot));
 */
export async function main(argv: string[], io: CliIO, version = '0.0.0'): Promise<number> {
  // `search` (h10): the typed search, its index built from content/ (cached in .bouncekb-cache/).
  if (argv[0] === 'search') {
    return searchCommand(argv.slice(1), { stdout: lineWriter(io.stdout), stderr: lineWriter(io.stderr) }, async (lang) => searchIndexFromContent(io.cwd, lang));
  }
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`bouncekb: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(version);
    return 0;
  }
  return runMatch(args, io);
}
