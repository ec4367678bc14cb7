/**
 * The work on one item, the same in the main thread and in a worker thread: analyse it, then
 * either format it (text or a JSON line) or reduce it to the few fields a report counts.
 */
import { analyzeExtraction, extract, type Extraction, type MatchIndex } from '../matcher';
import type { Guide } from '../bundle/data';
import type { Lang, Provider, Reason } from '../matcher/vocabulary';
import { escapeControls } from './escape';
import { humanReport, jsonLine } from './format';
import { fileItems, type Item, type Read, type ReadProblem, type Work } from './inputs';
import { inputKind, type InputKind } from './verdict';

/** How items are turned into output (fixed for a run). */
export interface TaskOptions {
  mode: 'text' | 'json' | 'report';
  lang: Lang;
  /** Articles per diagnosis; null: 3 in text, 10 in JSON. */
  limit: number | null;
  siteUrl: string | null;
}

/** What a report counts of one diagnosis. */
export interface ReportRow {
  reason: Reason;
  provider: Provider | null;
  /** The top article's id and title in the report's language, and its path. */
  article: string | null;
  title: string | null;
  url: string | null;
  /** The recipient's domain (lower case), or null. */
  domain: string | null;
  severity: 'permanent' | 'transient' | null;
  recipient: string | null;
  code: string | null;
  diagnostic: string;
}

/** The result of one item. */
export interface Done {
  name: string;
  kind: InputKind;
  /** Text or JSON output (match). */
  out?: string;
  /**
   * The same output as UTF-8 bytes with its line break (see `packOutputs`): a worker hands its
   * results to the main thread this way, so the main thread's heap never holds them.
   */
  bytes?: Uint8Array;
  /** One row per diagnosis (report). */
  rows?: ReportRow[];
  /** Why the item could not be analysed. */
  error?: string;
}

function rowsOf(diagnoses: ReturnType<typeof analyzeExtraction>['diagnoses'], lang: Lang): ReportRow[] {
  return diagnoses.map((d) => {
    const m = d.matches[0];
    const at = d.recipient?.lastIndexOf('@') ?? -1;
    return {
      reason: d.reason,
      provider: d.provider ?? null,
      article: m?.id ?? null,
      title: m ? (m.title[lang] ?? m.title.en ?? null) : null,
      url: m?.url ?? null,
      domain: d.recipient && at >= 0 ? d.recipient.slice(at + 1).toLowerCase() : null,
      severity: d.severity ?? null,
      recipient: d.recipient,
      code: [d.replyCode, d.status].filter(Boolean).join(' ') || null,
      diagnostic: d.diagnostic.slice(0, 300),
    };
  });
}

/**
 * An item read and extracted (the first half of the work): plain data, so a worker thread can
 * take it from here. `error` when it could not be read or extracted.
 */
export interface Prepared {
  name: string;
  x?: Extraction;
  note?: string;
  log?: string[];
  error?: string;
}

/**
 * Reads what the bounce says (MIME, DSN, notice): the first half of one item's work.
 *
 * @example
 * await prepareItem({ name: 'a.eml', data: bytes }); // { name: 'a.eml', x: { kind: 'message', records: [...] } }
 */
export async function prepareItem(item: Item): Promise<Prepared> {
  try {
    const x = await extract(item.data);
    return { name: item.name, x, note: item.note, log: item.log };
  } catch (e) {
    return { name: item.name, error: (e as Error).message };
  }
}

/**
 * Classifies, ranks and formats one extracted item: the second half of its work.
 *
 * @example
 * finishItem(await prepareItem(item), { mode: 'json', lang: 'en', limit: null, siteUrl: null }, index, guides);
 */
export function finishItem(p: Prepared, opts: TaskOptions, index: MatchIndex, guides: Record<string, Guide>): Done {
  if (p.error !== undefined || !p.x) return { name: p.name, kind: 'not-a-bounce', error: p.error ?? 'nothing was read' };
  try {
    const limit = opts.limit ?? (opts.mode === 'json' ? 10 : 3);
    const analysis = analyzeExtraction(p.x, index, { lang: opts.lang, limit: opts.mode === 'report' ? 1 : limit });
    if (p.note) analysis.notes = [...(analysis.notes ?? []), p.note];
    const kind = inputKind(analysis);
    if (opts.mode === 'report') return { name: p.name, kind, rows: kind === 'not-a-bounce' ? [] : rowsOf(analysis.diagnoses, opts.lang) };
    const out = opts.mode === 'json' ? jsonLine(p.name, analysis, opts.siteUrl, p.log) : humanReport(p.name, analysis, { lang: opts.lang, limit, siteUrl: opts.siteUrl, guides }, p.log);
    return { name: p.name, kind, out };
  } catch (e) {
    return { name: p.name, kind: 'not-a-bounce', error: (e as Error).message };
  }
}

/**
 * Analyses and formats one item (both halves in this thread).
 *
 * @example
 * await runItem({ name: 'a.eml', data: bytes }, { mode: 'json', lang: 'en', limit: null, siteUrl: null }, index, guides);
 */
export async function runItem(item: Item, opts: TaskOptions, index: MatchIndex, guides: Record<string, Guide>): Promise<Done> {
  return finishItem(await prepareItem(item), opts, index, guides);
}

const unread = (r: ReadProblem): Prepared => ({ name: r.name, error: `cannot read ${escapeControls(r.name)}: ${r.problem}` });

/**
 * The results of a batch that a dead worker thread could not give: each input keeps its place
 * with the reason.
 *
 * @example
 * workerFailed([{ name: 'a.eml', file: 'a.eml' }], 'out of memory'); // [{ name: 'a.eml', kind: 'not-a-bounce', error: 'worker failed: out of memory' }]
 */
export function workerFailed(batch: Array<{ name: string }>, why: string): Done[] {
  return batch.map((w) => ({ name: w.name, kind: 'not-a-bounce', error: `worker failed: ${why}` }));
}

/** What a batch holds, in order: items as they are, files read here (a file can hold several items). */
async function* reads(batch: Work[]): AsyncGenerator<Read> {
  for (const w of batch) {
    if (!('file' in w)) yield w;
    else yield* fileItems(w.file);
  }
}

/**
 * Reads and extracts a batch in order (files read here; a file can hold several items; an input
 * that could not be read keeps its place as an error): the first half, for a worker to finish.
 *
 * @example
 * await prepareBatch([{ name: 'a.eml', file: 'a.eml' }]);
 */
export async function prepareBatch(batch: Work[]): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for await (const r of reads(batch)) out.push('problem' in r ? unread(r) : await prepareItem(r));
  return out;
}

/**
 * Analyses a batch in order: items as they are, files read here first (a file can hold several
 * items, and one that cannot be read gives its error), inputs that could not be read as errors.
 *
 * @example
 * await runBatch([{ name: 'a.eml', file: 'a.eml' }], opts, index, guides);
 */
export async function runBatch(batch: Work[], opts: TaskOptions, index: MatchIndex, guides: Record<string, Guide>): Promise<Done[]> {
  const out: Done[] = [];
  for await (const r of reads(batch)) out.push(finishItem('problem' in r ? unread(r) : await prepareItem(r), opts, index, guides));
  return out;
}

/**
 * Moves the text outputs of a batch into one UTF-8 buffer (each output with its line break, in
 * order) and returns that buffer to transfer with the results: a transferred buffer is not
 * copied, and the thread that writes it keeps it outside its JavaScript heap. Null when there
 * is no output.
 *
 * @example
 * const buffer = packOutputs(done); // done[0].bytes: the first output and '\n'
 * parentPort.postMessage({ done }, buffer ? [buffer] : []);
 */
export function packOutputs(done: Done[]): ArrayBuffer | null {
  let size = 0;
  for (const d of done) if (d.out !== undefined) size += Buffer.byteLength(d.out) + 1;
  if (!size) return null;
  // Not from Buffer's shared pool: the whole buffer is handed over.
  const bytes = new Uint8Array(size);
  const view = Buffer.from(bytes.buffer, 0, size);
  let at = 0;
  for (const d of done) {
    if (d.out === undefined) continue;
    const end = at + view.write(d.out, at);
    view[end] = 10;
    d.bytes = bytes.subarray(at, end + 1);
    d.out = undefined;
    at = end + 1;
  }
  return bytes.buffer;
}
