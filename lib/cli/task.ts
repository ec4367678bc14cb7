/**
 * The work on one item, the same in the main thread and in a worker thread: analyse it, then
 * either format it (text or a JSON line) or reduce it to the few fields a report counts.
 */
import { analyze, type MatchIndex } from '../matcher';
import type { Guide } from '../bundle/data';
import type { Lang, Provider, Reason } from '../matcher/vocabulary';
import { escapeControls } from './escape';
import { humanReport, jsonLine } from './format';
import { fileItems, type Item, type Read, type Work } from './inputs';
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
  /** One row per diagnosis (report). */
  rows?: ReportRow[];
  /** Why the item could not be analysed. */
  error?: string;
}

function rowsOf(diagnoses: Awaited<ReturnType<typeof analyze>>['diagnoses'], lang: Lang): ReportRow[] {
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
 * Analyses and formats one item.
 *
 * @example
 * await runItem({ name: 'a.eml', data: bytes }, { mode: 'json', lang: 'en', limit: null, siteUrl: null }, index, guides);
 */
export async function runItem(item: Item, opts: TaskOptions, index: MatchIndex, guides: Record<string, Guide>): Promise<Done> {
  try {
    const limit = opts.limit ?? (opts.mode === 'json' ? 10 : 3);
    const analysis = await analyze(item.data, index, { lang: opts.lang, limit: opts.mode === 'report' ? 1 : limit });
    if (item.note) analysis.notes = [...(analysis.notes ?? []), item.note];
    const kind = inputKind(analysis);
    if (opts.mode === 'report') return { name: item.name, kind, rows: kind === 'not-a-bounce' ? [] : rowsOf(analysis.diagnoses, opts.lang) };
    const out = opts.mode === 'json' ? jsonLine(item.name, analysis, opts.siteUrl, item.log) : humanReport(item.name, analysis, { lang: opts.lang, limit, siteUrl: opts.siteUrl, guides }, item.log);
    return { name: item.name, kind, out };
  } catch (e) {
    return { name: item.name, kind: 'not-a-bounce', error: (e as Error).message };
  }
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
  const one = async (r: Read) => out.push('problem' in r ? { name: r.name, kind: 'not-a-bounce', error: `cannot read ${escapeControls(r.name)}: ${r.problem}` } : await runItem(r, opts, index, guides));
  for (const w of batch) {
    if (!('file' in w)) await one(w);
    else for await (const r of fileItems(w.file)) await one(r);
  }
  return out;
}
