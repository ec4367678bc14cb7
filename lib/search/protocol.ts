/**
 * Messages between the search UI and its Web Worker. The pasted text travels only over this
 * in-page channel: nothing here is ever sent over the network.
 */
import type { Lang } from '../matcher/vocabulary';
import type { Analysis } from '../matcher';

export type ToWorker =
  | { type: 'init'; lang: Lang; indexUrl: string }
  | { type: 'analyze'; seq: number; text: string };

export type FromWorker =
  | { type: 'ready'; articles: number }
  | { type: 'result'; seq: number; analysis: Analysis; ms: number }
  | { type: 'error'; seq: number | null; message: string };

/** A query worth keeping in the URL: one short line, no address in it. */
export function isShareableQuery(q: string): boolean {
  const t = q.trim();
  return t.length > 0 && t.length <= 80 && !/[\r\n]/.test(t) && !t.includes('@');
}
