/**
 * What an input is, for the CLI's lines and the report's counts: the analysis's own verdict
 * (`analysis.verdict.kind`), else, for an analysis built without one, read from the diagnoses.
 */
import type { Analysis, Diagnosis } from '../matcher/types';

export const KINDS = ['bounce', 'delay', 'autoreply', 'feedback', 'delivered', 'not-a-bounce'] as const;
export type InputKind = (typeof KINDS)[number];

function isKind(k: unknown): k is InputKind {
  return typeof k === 'string' && (KINDS as readonly string[]).includes(k);
}

function transient(d: Diagnosis): boolean {
  return d.severity === 'transient' || (d.action ?? '').toLowerCase() === 'delayed';
}

/**
 * The kind of an analysed input.
 *
 * @example
 * inputKind({ diagnoses: [] }); // 'not-a-bounce'
 */
export function inputKind(a: Analysis): InputKind {
  // The matcher's own verdict (bounce, delay, auto-reply, feedback, delivered, not a bounce).
  if (a.verdict && isKind(a.verdict.kind)) return a.verdict.kind;
  const ds = a.diagnoses;
  if (!ds.length) return 'not-a-bounce';
  if (a.input === 'code') return 'bounce';
  if (ds.every((d) => d.reason === 'delivered')) return 'delivered';
  if (ds.every((d) => d.reason === 'feedback')) return 'feedback';
  if (ds.every((d) => d.reason === 'vacation')) return 'autoreply';
  // A word or a line with neither a code nor a recipient is not a bounce report.
  if (ds.every((d) => !d.status && !d.replyCode && !d.recipient && !d.matches.some((m) => m.why.kind === 'signature'))) return 'not-a-bounce';
  if (ds.every(transient)) return 'delay';
  return 'bounce';
}
