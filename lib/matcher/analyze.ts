/**
 * `analyze()`: paste in, diagnoses out. Extract the failed recipients, classify each one, rank
 * the articles and say why.
 */
import type { MatchIndex } from './build';
import { atStage, causeBehindExpiry, classify, type Classification, type ClassifyInput } from './classify/index';
import { severityOf } from './classify/severity';
import { isClassSpecific } from './classify/status';
import { feedbackFields, verdictOf } from './classify/verdict';
import { codeDiagnosis } from './codequery';
import { extract, type Extracted, type Extraction } from './extract/index';
import { findProviders, type ProviderHit } from './providers';
import { distinct, MTAS, rank, signatureScore } from './rank';
import { locate } from './evidence';
import { matchSignatures } from './signatures';
import type { Analysis, AnalyzeOptions, Diagnosis, MatchArticle, Verdict } from './types';
import type { Reason } from './vocabulary';

/** Diagnoses per input at most (a pasted log can hold thousands of lines). */
export const MAX_DIAGNOSES = 100;
const DEFAULT_LIMIT = 10;


/**
 * The reason an article's signature gives a diagnosis, after what the bounce says around it:
 * - an expiry article ("retry timeout exceeded") gives way to the cause the words name
 *   ("mailbox is full: retry timeout exceeded" is a full mailbox);
 * - a connection-failure article in a whole bounce the classifier reads as given up ("connect
 *   to ...: Connection timed out" after the retries) is an expiry: the failure is the cause;
 * - an MTA's generic wording ("... User unknown") still depends on the SMTP stage and the status
 *   code (see `atStage`); a named provider's signature is its own check, said at its own stage.
 */
function signatureReason(a: MatchArticle, evidence: string[], cls: Classification, input: ClassifyInput, whole: boolean): { reason: Reason; why: string } {
  const said = `signature of ${a.id}: ${evidence.map((e) => `"${e}"`).join(', ')}`;
  if (a.reason === 'expired') {
    // The reply's own words, or for a notice without any, the recipient's paragraph.
    const cause = cls.by === 'phrase' ? (cls.reason !== 'expired' ? cls.reason : null) : cls.strong ? null : causeBehindExpiry(`${input.diagnostic}\n${input.context ?? ''}`);
    if (cause) return { reason: cause, why: `${cls.by === 'phrase' ? cls.detail : `the bounce names ${cause}`}, the cause behind the expiry (${said})` };
  }
  if (a.reason === 'networkerror' && cls.reason === 'expired' && whole) {
    return { reason: 'expired', why: `${said}; the bounce reports it after retrying (${cls.detail})` };
  }
  if (a.reason === 'hostunknown' && cls.by === 'phrase' && cls.reason === 'networkerror' && (input.status?.startsWith('4') || input.action?.toLowerCase() === 'delayed')) {
    // A DNS lookup that failed for now ("host name lookup failure", 4.x.x) is not a domain that does not exist.
    return { reason: 'networkerror', why: `${said}; ${cls.detail} and the failure is temporary: the DNS lookup failed, the domain may well exist` };
  }
  if (a.reason === 'userunknown' && cls.reason === 'suspend' && cls.by === 'context' && !a.providers.some((p) => !MTAS.has(p))) {
    // An MTA's bare "User unknown", where the bounce says the mailbox is disabled (a DSN's
    // `Status: 5.2.1 (mailbox disabled, not accepting messages)`): the account exists.
    return { reason: 'suspend', why: `${said}; ${cls.detail}` };
  }
  if (a.providers.some((p) => !MTAS.has(p))) return { reason: a.reason, why: said };
  const staged = atStage(a.reason, input, { definite: !!cls.definite, phrase: evidence.join(' '), guess: false });
  return { reason: staged.reason, why: `${said}${staged.note}` };
}

function diagnose(r: Extracted, x: Extraction, wide: boolean, index: MatchIndex, lang: 'ko' | 'en', limit: number, verdict: Verdict, providers: ProviderHit[]): Diagnosis {
  const text = x.text;
  const signatures = matchSignatures(index, { diagnostic: r.diagnostic, context: r.context, text }, wide);
  const input = {
    ...r, reportType: x.reportType, wholeBounce: x.kind === 'message', gateway: x.gateway ?? false, verdict: verdict.kind, notice: wide && x.kind === 'message' ? text : undefined,
    filterSign: /^\s*ng\b/i.test(x.headers['x-spasign'] ?? ''),
  };
  const cls = classify(input);
  let reason: Reason = cls.reason;
  let reasonWhy = cls.detail;
  // Read from the status code alone: the knowledge base's own page for that code says what it means.
  // A bare X.0.0 with only the reply code to go on is what its page says (usually: undefined),
  // not a guess from the reply code; words the classifier does not know keep it on hold. A code
  // whose class changes its meaning (4.4.1, 5.4.1) keeps the classifier's class-specific
  // reading: the X page is written for both classes.
  const zero = !!r.status && r.status.endsWith('.0.0') && !r.command && cls.by === 'reply';
  if ((cls.by === 'status' || zero) && r.status && !isClassSpecific(r.status)) {
    const page = (index.byGeneric.get(`X.${r.status.slice(2)}`) ?? []).map((i) => index.articles[i] as MatchArticle).find((a) => a.kind === 'standard');
    if (page && page.reason !== 'delivered' && (zero || page.reason !== 'undefined')) {
      reason = page.reason;
      reasonWhy = `status ${r.status}: ${page.id} reads it as ${page.reason}`;
    }
  }
  // An article's own signature decides the reason when it is in the server's reply, or in the
  // recipient's paragraph if neither the reply's words nor a precise status code said anything;
  // elsewhere in the notice it only ranks.
  const decisive = signatures
    .filter((h) => h.scope === 'diagnostic' || (h.scope === 'context' && !cls.strong))
    .map((h) => ({ h, a: index.articles[h.article] as MatchArticle }))
    .sort((x, y) => signatureScore(y.h, y.a, r.status, r.replyCode) - signatureScore(x.h, x.a, r.status, r.replyCode))[0];
  if (decisive && reason !== 'delivered' && reason !== 'feedback' && reason !== 'vacation') {
    ({ reason, why: reasonWhy } = signatureReason(decisive.a, decisive.h.evidence, cls, input, x.kind === 'message'));
  }
  // Nothing recognised at all (a word typed into the search box): no reason page to offer, and
  // the closest article found by the fuzzy search speaks for the diagnosis. Not for a whole
  // bounce: there the fuzzy search has only stray words of the notice to go on, so no guess.
  const unknown = !decisive && cls.by === 'default' && x.kind !== 'message';
  const matches = rank(index, { reason, status: r.status, replyCode: r.replyCode, diagnostic: r.diagnostic, providers, signatures, decisive: decisive?.h.article ?? null, noReasonPage: unknown }, lang, limit);
  const first = matches[0];
  if (unknown && first && (first.why.kind === 'fuzzy' || first.why.kind === 'signature')) {
    reason = first.reason;
    reasonWhy = `nothing in the text names a reason; the closest article (${first.id}) is about ${first.reason}`;
  }
  // Quote the evidence the way it stands in the paste (line breaks and all), for highlighting.
  for (const m of matches) m.evidence = distinct(m.evidence.map((e) => locate(e, text)));
  // Only a whole notice says by its kind that the message came back; a pasted reply has its code.
  const failure = x.kind === 'message' && (verdict.kind === 'bounce' || verdict.kind === 'delay') ? verdict.kind : null;
  const sev = reason === 'delivered' || reason === 'feedback' || reason === 'vacation' ? null : severityOf({ ...r, notice: wide ? text : undefined, kind: failure });
  return {
    recipient: r.recipient,
    replyCode: r.replyCode,
    status: r.status,
    reason,
    severity: sev?.severity,
    severityWhy: sev?.why,
    diagnostic: r.diagnostic,
    remoteHost: r.remoteHost,
    action: r.action,
    command: r.command,
    provider: providers[0]?.provider ?? null,
    reasonWhy,
    matches,
  };
}

/**
 * The one record of an abuse report (the reported recipient) or of an auto-reply (the person
 * who is away: the reply's sender).
 */
function reportRecord(x: Extraction, v: Verdict, first: Extracted | undefined): Extracted {
  const sender = /([^\s<>"',;:]+@[^\s<>"',;:]+)/.exec(x.headers.from ?? '')?.[1]?.toLowerCase() ?? null;
  const recipient = v.kind === 'feedback' ? (v.reportedRecipient ?? first?.recipient ?? null) : sender ?? first?.recipient ?? null;
  return { recipient, replyCode: null, status: null, dsnStatus: null, diagnostic: x.headers.subject ?? first?.diagnostic ?? '', diagnosticType: null, context: '', command: null, remoteHost: null, action: null };
}

/**
 * The verdict once the diagnoses are known: a bounce or a delay links to its first diagnosis's
 * reason page; a pasted text in which nothing was recognised (no code, no known words) is not
 * read as a bounce.
 */
function settle(v: Verdict, diagnoses: Diagnosis[], message: boolean): Verdict {
  if (v.kind !== 'bounce' && v.kind !== 'delay') return v;
  const first = diagnoses[0];
  if (!message && diagnoses.every((d) => !d.status && !d.replyCode && (d.reason === 'onhold' || d.reason === 'undefined'))) {
    return { kind: 'not-a-bounce', page: 'reason-undefined', why: 'no error code or known bounce wording was found in the text' };
  }
  if (!message && first?.severity) {
    const kind = diagnoses.some((d) => d.severity === 'permanent') ? 'bounce' : 'delay';
    if (kind !== v.kind) v = { ...v, kind, why: kind === 'delay' ? 'the reply is a temporary failure: the server will retry' : 'the reply is a permanent failure' };
  }
  return first && first.reason !== 'onhold' ? { ...v, page: `reason-${first.reason}` } : v;
}

/**
 * Analyses a paste (a whole bounce, a DSN part, log lines, one line, a code, a word) against an
 * index. Never throws on bad input: an empty or binary input gives no diagnoses and a note.
 *
 * @example
 * const index = buildIndex(articles);
 * const { diagnoses } = await analyze(rawBounceBytes, index, { lang: 'en' });
 * diagnoses[0].reason;        // 'blocked'
 * diagnoses[0].matches[0].id; // 'daum-das51-antispam-block'
 * diagnoses[0].matches[0].why; // { kind: 'signature', detail: 'the server\'s reply contains "DAS51", ...' }
 */
export async function analyze(input: string | Uint8Array, index: MatchIndex, opts: AnalyzeOptions = {}): Promise<Analysis> {
  return analyzeExtraction(await extract(input), index, opts);
}

/**
 * The second half of `analyze()`: diagnoses from what `extract()` read. The two halves can run
 * in different threads (an Extraction is plain data): the CLI reads and extracts in one, and
 * classifies and ranks in the other, so neither compiles the other's code.
 *
 * @example
 * const x = await extract(rawBounceBytes);
 * analyzeExtraction(x, index, { lang: 'en' }).diagnoses[0].reason; // 'blocked'
 */
export function analyzeExtraction(x: Extraction, index: MatchIndex, opts: AnalyzeOptions = {}): Analysis {
  const lang = opts.lang ?? 'ko';
  if (x.kind === 'code' && x.code) {
    const d = codeDiagnosis(x.code, index, lang, opts.limit);
    // A code looked up on its own: a failure of its class (4: the server retries; 5: it does not).
    const kind = x.code.startsWith('4') ? 'delay' : x.code.startsWith('2') ? 'delivered' : 'bounce';
    const verdict: Verdict = { kind, page: `reason-${d.reason}`, why: `the code ${x.code} looked up on its own` };
    return { verdict, diagnoses: [d], input: 'code', notes: [] };
  }
  // Not a bare code (handled above), so there is always something settled.
  const { records, notes, wide, verdict: found } = settleExtraction(x) as Settled;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const diagnoses = records.map((r) => {
    // The whole notice names every recipient's provider: only a single-recipient bounce may use it.
    const providers = findProviders([r.recipient, r.remoteHost, r.diagnostic, r.context, wide ? x.text : null]);
    return diagnose(r, x, wide, index, lang, limit, found, providers);
  });
  const verdict = settle(found, diagnoses, x.kind === 'message');
  const kind = x.kind === 'binary' ? 'empty' : x.kind;
  return { verdict, diagnoses, input: kind, notes };
}

/**
 * What an extraction says before any article is consulted: the records to diagnose (at most
 * MAX_DIAGNOSES; an abuse report's or auto-reply's own), the notes and the verdict (bounce,
 * delay, auto-reply...). Null for a bare code.
 *
 * @example
 * settleExtraction(await extract(rawBounceBytes))?.verdict.kind; // 'bounce'
 */
export function settleExtraction(x: Extraction): Settled | null {
  if (x.kind === 'code' && x.code) return null;
  let records = x.records;
  const notes = [...x.notes];
  if (records.length > MAX_DIAGNOSES) {
    notes.push(`${records.length} failures found; only the first ${MAX_DIAGNOSES} are analysed`);
    records = records.slice(0, MAX_DIAGNOSES);
  }
  if (!records.length && x.reportType === 'feedback-report') {
    records = [{ recipient: null, replyCode: null, status: null, dsnStatus: null, diagnostic: x.headers.subject ?? '', diagnosticType: null, context: '', command: null, remoteHost: null, action: null }];
  }
  const verdict = verdictOf({ ...x, records });
  if (verdict.kind === 'not-a-bounce' && x.kind === 'message') records = [];
  if (verdict.kind === 'feedback') {
    // One diagnosis per reported recipient (an aggregated report names several).
    const reported = feedbackFields(x).recipients;
    records = reported.length > 1 ? reported.map((recipient) => ({ ...reportRecord(x, verdict, records[0]), recipient })) : [reportRecord(x, verdict, records[0])];
  } else if (verdict.kind === 'autoreply') records = [reportRecord(x, verdict, records[0])];
  const wide = records.length === 1;
  return { records, notes, verdict, wide };
}

/** See `settleExtraction`. */
export interface Settled {
  records: Extracted[];
  notes: string[];
  verdict: Verdict;
  /** One record: the whole notice speaks for it. */
  wide: boolean;
}
