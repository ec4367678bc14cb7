/**
 * Messages between the search UI and its Web Worker. The pasted or typed text travels only over
 * this in-page channel: nothing here is ever sent over the network.
 */
import type { Lang, Severity } from '../matcher/vocabulary';
import type { Analysis } from '../matcher';
import type { SearchResult } from './types';

export type ToWorker =
  | { type: 'init'; lang: Lang; indexUrl: string; searchUrl: string; bodyUrl: string }
  | { type: 'analyze'; seq: number; text: string }
  | { type: 'search'; seq: number; text: string };

/** What the top match of a pasted bounce shows without opening the page. */
export interface TopDetails {
  summary: string;
  severity: Severity;
  fix?: string;
}

export type FromWorker =
  | { type: 'ready'; articles: number }
  | { type: 'result'; seq: number; analysis: Analysis; ms: number; details: Record<string, TopDetails> }
  | { type: 'search-result'; seq: number; query: string; results: SearchResult[]; ms: number }
  | { type: 'error'; seq: number | null; message: string };

/** A query worth keeping in the URL: one short line, no address in it. */
export function isShareableQuery(q: string): boolean {
  const t = q.trim();
  return t.length > 0 && t.length <= 80 && !/[\r\n]/.test(t) && !t.includes('@');
}

/**
 * Typed words go to the typed search; anything that looks like a bounce goes to the matcher.
 * The rule: one line of at most 80 characters and 8 words, without an address (`@`), angle or
 * square brackets, `said:`, `smtp;` or a `#5.x.x` status, is typed. A bare code (`5.7.1`,
 * `550 5.7.1`) is typed too: its hub comes first.
 *
 * @example
 * isTypedQuery('스팸 차단');                       // true
 * isTypedQuery('550 5.7.1');                       // true
 * isTypedQuery('<kim@hanmail.net>: host ... said: 554 5.7.1 DAS51'); // false
 */
export function isTypedQuery(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 80 || /[\r\n]/.test(t)) return false;
  if (/[@<>[\]]|said:|smtp;|#[245]\.\d/i.test(t)) return false;
  return t.split(/\s+/).length <= 8;
}
