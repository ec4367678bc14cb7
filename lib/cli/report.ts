/**
 * `bouncekb report`: a day's bounces summed up by kind, reason, provider, article, receiving
 * domain and temporary/permanent, with examples and article links, as a terminal table, JSON,
 * CSV or one self-contained HTML file (inline SVG chart, no script, no external request).
 * Memory grows with the number of distinct keys, never with the number of inputs.
 */
import { PROVIDER_NAMES, REASON_LABELS } from '../i18n';
import type { Lang } from '../matcher/vocabulary';
import type { ReportArgs } from './args';
import { escapeControls, oneLine } from './escape';
import { articleUrl } from './format';
import type { Done, ReportRow } from './task';
import type { InputKind } from './verdict';

export const DIMENSIONS = ['kind', 'reason', 'severity', 'provider', 'article', 'domain'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** One example of a key: where it was seen and what the server said. */
export interface Example {
  input: string;
  recipient: string | null;
  code: string | null;
  diagnostic: string;
}

interface Tally {
  count: number;
  examples: Example[];
  title?: string | null;
  url?: string | null;
}

/** One row of a report table. */
export interface ReportEntry {
  key: string;
  label: string;
  count: number;
  /** Share of the dimension's total, 0..1. */
  share: number;
  url: string | null;
  examples: Example[];
}

/** The whole report as data (what `--format json` prints). */
export interface ReportData {
  inputs: number;
  diagnoses: number;
  lang: Lang;
  siteUrl: string | null;
  dimensions: Record<Dimension, { total: number; entries: ReportEntry[] }>;
}

const EXAMPLES = 3;
/** Distinct keys kept per dimension; beyond this the rest is counted under "(other)". */
const MAX_KEYS = 50_000;

const L = {
  ko: {
    title: 'bouncekb 반송 보고서',
    dims: { kind: '입력 종류', reason: '원인', severity: '일시/영구', provider: '서비스', article: '문서', domain: '받는 도메인' } satisfies Record<Dimension, string>,
    kinds: { bounce: '반송', delay: '지연', autoreply: '자동 응답', feedback: '스팸 신고', delivered: '전달 성공', 'not-a-bounce': '반송 아님' } satisfies Record<InputKind, string>,
    severity: { permanent: '영구 오류', transient: '일시 오류', unknown: '알 수 없음' },
    none: '(없음)',
    other: '(기타)',
    summary: (inputs: number, diagnoses: number) => `입력 ${inputs.toLocaleString('en')}개, 실패한 수신자 ${diagnoses.toLocaleString('en')}건`,
    example: '예',
    count: '건수',
    share: '비율',
    key: '항목',
    offline: '이 파일은 외부 요청 없이 열립니다.',
  },
  en: {
    title: 'bouncekb bounce report',
    dims: { kind: 'Kind of input', reason: 'Reason', severity: 'Temporary or permanent', provider: 'Provider', article: 'Article', domain: 'Receiving domain' } satisfies Record<Dimension, string>,
    kinds: { bounce: 'bounce', delay: 'delay', autoreply: 'auto-reply', feedback: 'abuse report', delivered: 'delivered', 'not-a-bounce': 'not a bounce' } satisfies Record<InputKind, string>,
    severity: { permanent: 'permanent', transient: 'temporary', unknown: 'unknown' },
    none: '(none)',
    other: '(other)',
    summary: (inputs: number, diagnoses: number) => `${inputs.toLocaleString('en')} inputs, ${diagnoses.toLocaleString('en')} failed recipients`,
    example: 'e.g.',
    count: 'count',
    share: 'share',
    key: 'key',
    offline: 'This file opens without any external request.',
  },
};

export class Report {
  private inputs = 0;
  private diagnoses = 0;
  private tallies = Object.fromEntries(DIMENSIONS.map((d) => [d, new Map<string, Tally>()])) as Record<Dimension, Map<string, Tally>>;

  constructor(private readonly args: Pick<ReportArgs, 'lang' | 'siteUrl' | 'top' | 'format'>) {}

  private count(dim: Dimension, key: string, example: Example | null, extra?: Pick<Tally, 'title' | 'url'>): void {
    const map = this.tallies[dim];
    let t = map.get(key);
    if (!t) {
      if (map.size >= MAX_KEYS) return this.count(dim, '(other)', example);
      t = { count: 0, examples: [], ...extra };
      map.set(key, t);
    }
    t.count++;
    if (example && t.examples.length < EXAMPLES) t.examples.push(example);
  }

  /**
   * Counts one analysed input.
   *
   * @example
   * report.add({ name: 'a.eml', kind: 'bounce', rows: [...] });
   */
  add(d: Done): void {
    this.inputs++;
    const rows: ReportRow[] = d.rows ?? [];
    const first = rows[0];
    this.count('kind', d.kind, first ? { input: d.name, recipient: first.recipient, code: first.code, diagnostic: first.diagnostic } : { input: d.name, recipient: null, code: null, diagnostic: '' });
    // Only failures are counted by reason: an auto-reply or an abuse report fails no recipient.
    if (d.kind !== 'bounce' && d.kind !== 'delay') return;
    for (const r of rows) {
      this.diagnoses++;
      const ex: Example = { input: d.name, recipient: r.recipient, code: r.code, diagnostic: r.diagnostic };
      this.count('reason', r.reason, ex);
      this.count('severity', r.severity ?? 'unknown', ex);
      this.count('provider', r.provider ?? '', ex);
      this.count('article', r.article ?? '', ex, { title: r.title, url: r.url });
      this.count('domain', r.domain ?? '', ex);
    }
  }

  private label(dim: Dimension, key: string, t: Tally): string {
    const l = L[this.args.lang];
    if (key === '') return l.none;
    if (key === '(other)') return l.other;
    switch (dim) {
      case 'kind':
        return l.kinds[key as InputKind] ?? key;
      case 'reason':
        return REASON_LABELS[this.args.lang][key as keyof (typeof REASON_LABELS)['en']] ?? key;
      case 'severity':
        return l.severity[key as keyof typeof l.severity] ?? key;
      case 'provider':
        return PROVIDER_NAMES[key] ?? key;
      case 'article':
        return t.title ?? key;
      default:
        return key;
    }
  }

  /**
   * The report as data: per dimension, the top keys by count (ties by key), with shares,
   * examples and absolute article links when a site URL is known.
   */
  data(): ReportData {
    const dims = {} as ReportData['dimensions'];
    for (const dim of DIMENSIONS) {
      const map = this.tallies[dim];
      let total = 0;
      for (const t of map.values()) total += t.count;
      const entries = [...map]
        .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
        .slice(0, this.args.top)
        .map(([key, t]) => ({
          key,
          label: this.label(dim, key, t),
          count: t.count,
          share: total ? t.count / total : 0,
          url: t.url ? articleUrl(t.url, this.args.siteUrl) : null,
          examples: t.examples,
        }));
      dims[dim] = { total, entries };
    }
    return { inputs: this.inputs, diagnoses: this.diagnoses, lang: this.args.lang, siteUrl: this.args.siteUrl, dimensions: dims };
  }

  /** The report in the chosen format, ending with a line break. */
  render(): string {
    const data = this.data();
    switch (this.args.format) {
      case 'json':
        return `${JSON.stringify(data)}\n`;
      case 'csv':
        return csv(data);
      case 'html':
        return html(data);
      default:
        return table(data);
    }
  }
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

function exampleLine(e: Example): string {
  const who = [e.recipient, e.code].filter(Boolean).join('  ');
  const diag = oneLine(e.diagnostic);
  return oneLine(`${e.input}${who ? `  ${who}` : ''}${diag ? `  ${diag.length > 120 ? `${diag.slice(0, 117)}...` : diag}` : ''}`);
}

/** Display width of a string on a terminal (Hangul and other wide characters count 2). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

/** The terminal table: one block per dimension; each row with its first example. */
export function table(data: ReportData): string {
  const l = L[data.lang];
  const out: string[] = [`${l.title}: ${l.summary(data.inputs, data.diagnoses)}`];
  for (const dim of DIMENSIONS) {
    const { total, entries } = data.dimensions[dim];
    if (!entries.length) continue;
    out.push('', `${l.dims[dim]} (${total.toLocaleString('en')})`);
    const labels = entries.map((e) => oneLine(e.key && e.label !== e.key && dim !== 'article' ? `${e.label} [${e.key}]` : e.label));
    const w = Math.min(60, Math.max(...labels.map(width)));
    entries.forEach((e, i) => {
      const label = labels[i] as string;
      const shown = width(label) > w ? `${label.slice(0, w - 3)}...` : label;
      out.push(`  ${String(e.count).padStart(7)}  ${pct(e.share).padStart(6)}  ${e.url ? `${pad(shown, w)}  ${e.url}` : shown}`);
      const ex = e.examples[0];
      if (ex && dim !== 'kind') out.push(`  ${' '.repeat(17)}${l.example} ${exampleLine(ex)}`);
    });
  }
  return `${out.join('\n')}\n`;
}

function csvCell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  // A spreadsheet would run a cell starting with = + - @ as a formula: quote it as text.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV: one row per dimension and key, with the first example. */
export function csv(data: ReportData): string {
  const rows = [['dimension', 'key', 'label', 'count', 'share', 'url', 'example_input', 'example_recipient', 'example_code', 'example_diagnostic']];
  for (const dim of DIMENSIONS) {
    for (const e of data.dimensions[dim].entries) {
      const ex = e.examples[0];
      rows.push([dim, e.key, e.label, String(e.count), e.share.toFixed(4), e.url ?? '', ex?.input ?? '', ex?.recipient ?? '', ex?.code ?? '', ex?.diagnostic ?? '']);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function esc(s: string): string {
  return escapeControls(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A horizontal bar chart as inline SVG (works offline, no script). */
function barChart(entries: ReportEntry[], label: string): string {
  const rowH = 22;
  const labelW = 260;
  const barW = 380;
  const max = Math.max(1, ...entries.map((e) => e.count));
  const h = entries.length * rowH + 8;
  const bars = entries
    .map((e, i) => {
      const y = i * rowH + 4;
      const w = Math.max(1, Math.round((e.count / max) * barW));
      const text = e.label.length > 38 ? `${e.label.slice(0, 36)}…` : e.label;
      return `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(text)}</text><rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="2"/><text x="${labelW + w + 6}" y="${y + 15}">${e.count} (${pct(e.share)})</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="${esc(label)}" viewBox="0 0 ${labelW + barW + 110} ${h}" width="100%" style="max-width:${labelW + barW + 110}px">${bars}</svg>`;
}

/** One self-contained HTML page: summary, charts of kinds and reasons, a table per dimension. */
export function html(data: ReportData): string {
  const l = L[data.lang];
  const sections = DIMENSIONS.map((dim) => {
    const { total, entries } = data.dimensions[dim];
    if (!entries.length) return '';
    const chart = dim === 'kind' || dim === 'reason' || dim === 'severity' ? barChart(entries, l.dims[dim]) : '';
    const rows = entries
      .map((e) => {
        const name = e.url ? `<a href="${esc(e.url)}">${esc(e.label)}</a>` : esc(e.label);
        const key = e.key && e.key !== e.label ? ` <code>${esc(e.key)}</code>` : '';
        const ex = e.examples.map((x) => `<li>${esc(exampleLine(x))}</li>`).join('');
        return `<tr><td class="n">${e.count}</td><td class="n">${pct(e.share)}</td><td>${name}${key}${ex && dim !== 'kind' ? `<ul>${ex}</ul>` : ''}</td></tr>`;
      })
      .join('');
    return `<section><h2>${esc(l.dims[dim])} <small>(${total})</small></h2>${chart}<table><thead><tr><th>${l.count}</th><th>${l.share}</th><th>${l.key}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
  }).join('');
  return `<!doctype html>
<html lang="${data.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(l.title)}</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Noto Sans KR",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}small{color:#57606a;font-weight:normal}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eaeef2;padding:.3rem .5rem;vertical-align:top;text-align:left}
td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums;width:4.5rem}ul{margin:.2rem 0 0 1rem;padding:0;color:#57606a;font-size:.85rem;word-break:break-all}
svg text{font-size:12px;fill:#1b1f24}svg rect{fill:#2f6feb}code{font-size:.85rem;color:#57606a}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}svg text{fill:#e6edf3}td,th{border-color:#30363d}ul,small,code{color:#8b949e}a{color:#58a6ff}}
</style></head><body>
<h1>${esc(l.title)}</h1>
<p>${esc(l.summary(data.inputs, data.diagnoses))}. ${esc(l.offline)}</p>
${sections}
</body></html>
`;
}
