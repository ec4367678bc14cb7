/**
 * What the CLI reads: files, directories (recursively; a maildir's cur/ and new/), mbox files
 * (split at `From ` lines), `.gz` files, standard input, and mail logs (one item per message
 * with failed or deferred deliveries). Items come one at a time, so memory does not grow with
 * the number of inputs, and a single message is read only up to the matcher's cap: reading
 * `/dev/zero` ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { MIME_CAP } from '../matcher/extract/decode';
import { LogGrouper, looksLikeMailLog, type LogGroup } from './maillog';

/** One thing to analyse. */
export interface Item {
  /** How the output names it: the path, `box.mbox#3`, `mail.log#4F2C13B0A1`, `-`. */
  name: string;
  /** A message's bytes (at most the cap), or a log group's lines. */
  data: Uint8Array | string;
  /** A problem met while reading (cut at the cap). */
  note?: string;
  /** For a mail log: the message's failure lines as they are in the log. */
  log?: string[];
}

/**
 * A regular file within the cap, not read yet: whichever thread analyses it reads it (so a
 * bulk run does not copy every message from the main thread to a worker). It may hold several
 * items (an mbox, a mail log).
 */
export interface FileRef {
  name: string;
  file: string;
}

/** An input that could not be read: one line on stderr, exit status 2. */
export interface ReadProblem {
  name: string;
  problem: string;
}

export type Read = Item | ReadProblem;

/**
 * What the main thread hands on: an item read, a file to read where it is analysed, or an input
 * that could not be read (reported in its place).
 */
export type Work = Read | FileRef;

/** The matcher reads the first 512 KB of an input; nothing more is read. */
export const CAP = MIME_CAP;
const HEAD = 8192;
const MBOX_SEP = /(?:^|\n)From \S{1,320} +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d\d:\d\d/;

function capNote(): string {
  return `only the first ${CAP / 1024} KB were read`;
}

function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

/** Whether the head starts an mbox: a `From ` separator line first, another one later. */
function looksLikeMbox(head: string): boolean {
  return /^From \S/.test(head) && MBOX_SEP.test(head);
}

function problemOf(name: string, e: unknown): ReadProblem {
  const err = e as NodeJS.ErrnoException;
  const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR' ? 'not a valid gzip file' : err.message;
  return { name, problem: why };
}

/**
 * Splits a byte stream into mbox messages (at `\nFrom ` lines after the first), each cut at the cap.
 */
async function* mboxItems(name: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Read> {
  let n = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let cut = false;
  let carry = Buffer.alloc(0);
  const flush = (): Item | null => {
    if (!size) return null;
    n++;
    const item: Item = { name: `${name}#${n}`, data: new Uint8Array(Buffer.concat(parts)) };
    if (cut) item.note = capNote();
    parts = [];
    size = 0;
    cut = false;
    return item;
  };
  const keep = (b: Buffer) => {
    if (size >= CAP) {
      cut ||= b.length > 0;
      return;
    }
    const room = CAP - size;
    if (b.length > room) cut = true;
    const piece = b.length > room ? b.subarray(0, room) : b;
    parts.push(piece);
    size += piece.length;
  };
  for await (const chunk of chunks) {
    let buf = carry.length ? Buffer.concat([carry, Buffer.from(chunk)]) : Buffer.from(chunk);
    // A separator is "\nFrom " at a line start; keep the last line back in case it is split.
    let from = 0;
    for (;;) {
      const at = buf.indexOf('\nFrom ', from);
      if (at < 0) break;
      keep(buf.subarray(from, at + 1));
      const item = flush();
      if (item) yield item;
      from = at + 1;
    }
    const lastBreak = buf.lastIndexOf(10);
    const safe = lastBreak >= from ? lastBreak : from - 1;
    keep(buf.subarray(from, safe + 1));
    carry = Buffer.from(buf.subarray(safe + 1));
    buf = Buffer.alloc(0);
    // A line longer than the cap cannot hold a separator that matters: drop what is beyond.
    if (carry.length > CAP) {
      keep(carry);
      carry = Buffer.alloc(0);
    }
  }
  keep(carry);
  const last = flush();
  if (last) yield last;
}

/** Reads a log stream line by line; yields each message's failure lines as one item. */
async function* logItems(name: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Read> {
  const ready: LogGroup[] = [];
  const grouper = new LogGrouper((g) => ready.push(g));
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const toItem = (g: LogGroup): Item => ({ name: `${name}#${g.queueId}`, data: g.lines.join('\n'), log: g.raw });
  for await (const chunk of chunks) {
    const text = rest + decoder.write(Buffer.from(chunk));
    let from = 0;
    for (;;) {
      const at = text.indexOf('\n', from);
      if (at < 0) break;
      const line = text.slice(from, Math.min(at, from + 8000));
      grouper.push(line.endsWith('\r') ? line.slice(0, -1) : line);
      from = at + 1;
    }
    rest = text.slice(from);
    // A line without an end: keep its start only.
    if (rest.length > 8000) rest = rest.slice(0, 8000);
    while (ready.length) yield toItem(ready.shift() as LogGroup);
  }
  rest += decoder.end();
  if (rest) grouper.push(rest);
  grouper.end();
  while (ready.length) yield toItem(ready.shift() as LogGroup);
}

/** Re-yields a head already read, then the rest of the stream. */
async function* prepend(head: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (head.length) yield head;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

/**
 * The items of one stream of bytes (a file too big to read at once, standard input, a
 * decompressed .gz): a mail log, an mbox, or one message cut at the cap. Reading stops at the
 * cap for a single message.
 */
export async function* streamItems(name: string, stream: Readable, depth = 0): AsyncGenerator<Read> {
  const it = (stream as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  const headParts: Buffer[] = [];
  let headSize = 0;
  let ended = false;
  try {
    while (headSize < HEAD) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      headParts.push(Buffer.from(r.value));
      headSize += r.value.length;
    }
    const head = Buffer.concat(headParts);
    if (isGzip(head) && depth === 0) {
      const gunzip = createGunzip();
      const source = Readable.from(prepend(head, it));
      source.on('error', (e) => gunzip.destroy(e));
      yield* streamItems(name, source.pipe(gunzip), depth + 1);
      source.destroy();
      return;
    }
    const headText = latin1(head);
    if (looksLikeMailLog(headText)) return yield* logItems(name, prepend(head, it));
    if (looksLikeMbox(headText)) return yield* mboxItems(name, prepend(head, it));
    // One message: read up to the cap, then stop reading.
    const parts = [head];
    let size = head.length;
    let cut = size > CAP;
    while (!ended && size <= CAP) {
      const r = await it.next();
      if (r.done) break;
      parts.push(Buffer.from(r.value));
      size += r.value.length;
      if (size > CAP) cut = true;
    }
    const all = Buffer.concat(parts);
    const item: Item = { name, data: new Uint8Array(all.subarray(0, Math.min(all.length, CAP))) };
    if (cut) item.note = capNote();
    yield item;
  } catch (e) {
    yield problemOf(name, e);
  } finally {
    await it.return?.();
    stream.destroy();
  }
}

/** The items of a file read whole (a regular file within the cap). */
function* smallFileItems(name: string, bytes: Buffer): Generator<Read> {
  const head = latin1(bytes.subarray(0, HEAD));
  if (looksLikeMailLog(head)) {
    const out: LogGroup[] = [];
    const g = new LogGrouper((x) => out.push(x));
    for (const line of bytes.toString('utf8').split('\n')) g.push(line.slice(0, 8000).replace(/\r$/, ''));
    g.end();
    for (const x of out) yield { name: `${name}#${x.queueId}`, data: x.lines.join('\n'), log: x.raw };
    return;
  }
  if (looksLikeMbox(head)) {
    const text = latin1(bytes);
    const starts = [0];
    const re = /\nFrom /g;
    for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + 1);
    if (starts.length > 1) {
      for (let i = 0; i < starts.length; i++) {
        yield { name: `${name}#${i + 1}`, data: new Uint8Array(bytes.subarray(starts[i], starts[i + 1] ?? bytes.length)) };
      }
      return;
    }
  }
  yield { name, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** A file found in a directory, and whether its entry says it is a regular file (no stat needed). */
interface Found {
  file: string;
  regular: boolean;
}

/** Files of a directory, recursively, in name order; a maildir's tmp/ and dot files are skipped. */
function* walk(dir: string): Generator<Found | ReadProblem> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    yield problemOf(dir, e);
    return;
  }
  const names = new Set(entries.map((e) => e.name));
  const maildir = names.has('cur') && names.has('new');
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    if (maildir && e.name !== 'cur' && e.name !== 'new') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() || e.isSymbolicLink()) yield { file: full, regular: e.isFile() };
  }
}

/**
 * The items of one file: read whole when it is a regular file within the cap (one message, an
 * mbox, a mail log), else streamed (a .gz, a larger file) and read only as far as needed.
 *
 * @example
 * for await (const r of fileItems('bounce.eml')) console.log(r.name);
 */
export async function* fileItems(f: string, known?: fs.Stats): AsyncGenerator<Read> {
  try {
    const bytes = f.endsWith('.gz') ? null : readSmall(f, known);
    if (bytes === 'directory') return;
    if (bytes && !isGzip(bytes)) {
      yield* smallFileItems(f, bytes);
      return;
    }
    yield* streamItems(f, fs.createReadStream(f, { highWaterMark: 64 * 1024 }));
  } catch (e) {
    yield problemOf(f, e);
  }
}

/**
 * A regular file's bytes when it is within the cap; null when it must be streamed. Without
 * `known` stats: one open, one fstat, one read.
 */
function readSmall(f: string, known?: fs.Stats): Buffer | null | 'directory' {
  if (known) {
    if (known.isDirectory()) return 'directory';
    return known.isFile() && known.size <= CAP ? fs.readFileSync(f) : null;
  }
  const fd = fs.openSync(f, 'r');
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return 'directory';
    if (!st.isFile() || st.size > CAP) return null;
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Every item of the given paths, in order (`-` is standard input). With `defer`, a regular
 * file within the cap comes as a `FileRef`, to be read by `fileItems` where it is analysed.
 *
 * @example
 * for await (const r of readInputs(['bounces/', 'mail.log.1.gz'], process.stdin)) console.log(r.name);
 */
export function readInputs(paths: string[], stdin: Readable, defer?: false): AsyncGenerator<Read>;
export function readInputs(paths: string[], stdin: Readable, defer: boolean): AsyncGenerator<Work>;
export async function* readInputs(paths: string[], stdin: Readable, defer = false): AsyncGenerator<Work> {
  let stdinUsed = false;
  for (const p of paths) {
    if (p === '-') {
      if (stdinUsed) continue;
      stdinUsed = true;
      yield* streamItems('-', stdin);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      yield problemOf(p, e);
      continue;
    }
    const files: Iterable<Found | ReadProblem> = st.isDirectory() ? walk(p) : [{ file: p, regular: false }];
    for (const found of files) {
      if ('problem' in found) {
        yield found;
        continue;
      }
      const f = found.file;
      // A regular file found in a directory is handed on unstatted: where it is read, one
      // fstat tells whether it is within the cap.
      if (defer && found.regular && !f.endsWith('.gz')) {
        yield { name: f, file: f };
        continue;
      }
      let fst: fs.Stats;
      try {
        fst = f === p ? st : fs.statSync(f);
      } catch (e) {
        yield problemOf(f, e);
        continue;
      }
      if (fst.isDirectory()) continue;
      if (defer && fst.isFile() && fst.size <= CAP && !f.endsWith('.gz')) yield { name: f, file: f };
      else yield* fileItems(f, fst);
    }
  }
}
