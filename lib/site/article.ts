/**
 * Answer-first article layout: the rendered body is cut at its `<h2>` headings and put back in
 * the order a reader needs (fix, how it appears, cause, the rest). Pure string work on the HTML
 * that lib/content/markdown.ts produced; heading ids are never changed, so `#fix` links keep working.
 */

export interface BodySection {
  /** The `<h2>` id, or `''` for text before the first heading. */
  id: string;
  html: string;
}

const H2 = /<h2 id="([^"]+)">/g;

/** Cuts body HTML into its top-level sections, in document order. */
export function splitSections(html: string): BodySection[] {
  const marks = [...html.matchAll(H2)];
  const out: BodySection[] = [];
  const first = marks[0]?.index ?? html.length;
  if (html.slice(0, first).trim()) out.push({ id: '', html: html.slice(0, first) });
  marks.forEach((m, i) => {
    const start = m.index ?? 0;
    const end = marks[i + 1]?.index ?? html.length;
    out.push({ id: m[1] as string, html: html.slice(start, end) });
  });
  return out;
}

export interface OrderedBody {
  /** `#fix` and any other `fix-*` top-level sections: shown right after the facts. */
  fix: BodySection[];
  /** `#message`: shown with the samples under "How it appears". */
  message: BodySection | null;
  /** `#cause`. */
  cause: BodySection | null;
  /** Everything else, in the author's order (text before the first heading leads). */
  rest: BodySection[];
}

/** Sorts the sections into the answer-first slots. */
export function orderSections(sections: BodySection[]): OrderedBody {
  const out: OrderedBody = { fix: [], message: null, cause: null, rest: [] };
  for (const s of sections) {
    if (s.id === 'fix' || s.id.startsWith('fix-')) out.fix.push(s);
    else if (s.id === 'message' && !out.message) out.message = s;
    else if (s.id === 'cause' && !out.cause) out.cause = s;
    else out.rest.push(s);
  }
  return out;
}

/** Moves every heading of a section one level down (`h2`->`h3`), ids untouched: it then nests under a new `h2`. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([2-5])(?=[\s>])/g, (_m, slash: string, n: string) => `<${slash}h${Number(n) + 1}`);
}

/** Whether a rendered section holds a code block. */
export function hasCodeBlock(html: string): boolean {
  return html.includes('<pre');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Puts a multi-line SMTP reply that was flattened into one line back on its lines: every
 * `550-5.7.27 ` continuation and the final `550 5.7.27 ` start a new line, and the text before
 * the first one (`host ... said:`) keeps its own line.
 *
 * @example unfoldReply('said: 550-5.7.1 Blocked. 550 5.7.1 See url') === 'said:\n550-5.7.1 Blocked.\n550 5.7.1 See url'
 */
export function unfoldReply(sample: string): string {
  const first = /(^|\s)([245]\d\d)-(?:([245]\.\d{1,3}\.\d{1,3})(?=\s|$))?/.exec(sample);
  if (!first) return sample;
  const code = first[2] as string;
  const status = first[3];
  const tail = status ? `[- ]${escapeRegExp(status)}(?=\\s|$)` : `(?:-|\\s(?=\\D))`;
  const line = new RegExp(`\\s+(?=${code}${tail})`, 'g');
  const start = first.index + (first[1] as string).length;
  const rest = sample.slice(start);
  if ((rest.match(new RegExp(`(?:^|\\s)${code}${tail}`, 'g')) ?? []).length < 2) return sample;
  const head = sample.slice(0, start).trimEnd();
  return `${head ? `${head}\n` : ''}${rest.replace(line, '\n')}`;
}

/** Ids of the articles a piece of body HTML links to (`/ko/errors/<id>/`). */
export function linkedArticleIds(html: string): Set<string> {
  return new Set([...html.matchAll(/href="\/(?:ko|en)\/errors\/([a-z0-9-]+)\/?[^"]*"/g)].map((m) => m[1] as string));
}

/**
 * Lets keyboard users scroll a wide command or config block (axe: scrollable-region-focusable):
 * such a `<pre>` gets `tabindex="0"`. Quoted replies (```text) wrap instead, so they need none.
 */
export function focusableCode(html: string): string {
  return html.replace(/<pre>(?!<code class="language-text")/g, '<pre tabindex="0">');
}

/**
 * Splits a summary into its first sentence (the one-line answer under the title) and the rest.
 * Korean sentences end in `다.`; English ones in `.`/`!`/`?` before a capital, digit or quote,
 * so `e.g. 5.7.1` and `5.7.1 is` stay inside their sentence.
 *
 * @example splitLead('Blocked. Resend later.', 'en') -> { lead: 'Blocked.', rest: 'Resend later.' }
 */
export function splitLead(summary: string, lang: 'ko' | 'en'): { lead: string; rest: string } {
  const text = summary.trim();
  const end = lang === 'ko' ? /(?:다|요)\.\s+/ : /(?<![A-Z]\.[a-z]?)(?<=[a-z0-9)\]"'’][.!?])\s+(?=[A-Z0-9"“(])/;
  const m = end.exec(text);
  if (!m) return { lead: text, rest: '' };
  const cut = m.index + m[0].length;
  return { lead: text.slice(0, cut).trim(), rest: text.slice(cut).trim() };
}
