/**
 * The bouncekb matcher: paste anything (a whole bounce, a DSN, a log line, a reply, a code),
 * get per-recipient diagnoses and the articles that explain them, with the reason why.
 *
 * Pure TypeScript: no React, no next/*, no fs. It runs unchanged in the browser's Web Worker,
 * the CLI, build scripts and tests.
 *
 * @example
 * import { buildIndex, analyze } from '@/lib/matcher';
 * const index = buildIndex(await (await fetch('/data/match-ko.json')).json());
 * const { diagnoses } = await analyze(pastedText, index, { lang: 'ko' });
 */
export { buildIndex, type MatchIndex } from './build';
export { analyze, analyzeExtraction, settleExtraction, MAX_DIAGNOSES, type Settled } from './analyze';
export { extract, preferStatus, type Extracted, type Extraction } from './extract/index';
export { atStage, causeBehindExpiry, classify, reasonOfText, type Classification, type ClassifyInput, type StageOptions, type Staged } from './classify/index';
export { reasonOfReply, reasonOfStatus } from './classify/status';
export { findProviders, type ProviderHit } from './providers';
export { normalize, normalizePhrase } from './normalize';
export type { Analysis, AnalyzeOptions, Diagnosis, Match, MatchArticle, MatchWhy, Signature, Verdict, VerdictKind } from './types';
export { REASONS, LANGS, type Reason, type Lang } from './vocabulary';
