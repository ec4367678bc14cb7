/**
 * Ranking: signature articles (the provider's exact text) first, then articles of the same code
 * and reason, then the generic code page and the reason page, then same-code articles of other
 * reasons, then fuzzy matches (fuse.js over titles and signatures) for what is left.
 */
import Fuse from 'fuse.js';
import { MTAS, words, type FuzzyDoc, type MatchIndex } from './build';
import { explain, type WhyFacts } from './explain';
import type { ProviderHit } from './providers';
import type { SignatureHit } from './signatures';
import type { Match, MatchArticle, MatchWhy } from './types';
import type { Lang, Provider, Reason } from './vocabulary';

/** What the ranking knows of one diagnosis. */
export interface RankInput {
  reason: Reason;
  status: string | null;
  replyCode: string | null;
  diagnostic: string;
  providers: ProviderHit[];
  signatures: SignatureHit[];
  /** The signature article that decided the reason, if one did. */
  decisive?: number | null;
  /** Leave the reason's fallback page out (the reason is only a default). */
  noReasonPage?: boolean;
}

export { MTAS };
const SCOPE_BASE: Record<SignatureHit['scope'], number> = { diagnostic: 0.9, context: 0.86, text: 0.82 };

interface Candidate {
  i: number;
  score: number;
  /** Why it was proposed; the sentence is written only for the matches returned. */
  why: { kind: MatchWhy['kind']; facts: WhyFacts };
  evidence: string[];
}

const why = (kind: MatchWhy['kind'], facts: WhyFacts) => ({ kind, facts });
const NO_IDS: readonly number[] = [];

// Blocklists and reputation services that a mailbox provider's reply names ("listed on Spamhaus
// XBL"): the reply is still that provider's, not theirs.
const NAMED_SERVICES: ReadonlySet<Provider> = new Set<Provider>(['spamhaus', 'spamcop', 'uceprotect', 'cloudmark', 'cisco']);

/** Whose reply it is: the first provider seen that is not a blocklist it names, else the blocklist. */
function ownProvider(seen: ProviderHit[]): Provider | null {
  const real = seen.filter((h) => !MTAS.has(h.provider));
  return (real.find((h) => !NAMED_SERVICES.has(h.provider)) ?? real[0])?.provider ?? null;
}

/**
 * A provider's article outside its own provider's bounce: only its signature may bring it in
 * (a Spamhaus page does not join the code tiers of a Yahoo reply that merely names Spamhaus).
 */
function foreign(a: MatchArticle, own: Provider | null): boolean {
  return a.kind === 'provider' && own !== null && !a.providers.includes(own);
}

const NO_FIT = { fit: 0, evidence: null, provider: null };
const MISFIT = { fit: -1, evidence: null, provider: null };

/**
 * +1 the article names a provider seen in the bounce, -1 it names only other providers, 0 no
 * opinion. `own`: the article's providers that are not MTAs; `seenReal`: a provider that is not
 * an MTA was seen.
 */
function providerFit(a: MatchArticle, own: readonly Provider[], seen: ProviderHit[], seenReal: boolean): { fit: number; evidence: string | null; provider: string | null } {
  for (const h of seen) if (a.providers.includes(h.provider)) return { fit: 1, evidence: h.evidence || null, provider: h.provider };
  return own.length && seenReal ? MISFIT : NO_FIT;
}

/**
 * The score of a signature hit (0.82..0.99): narrower scope, longer phrases and agreeing codes
 * score higher.
 *
 * @example
 * signatureScore({ article: 0, scope: 'diagnostic', evidence: ['DAS51'], length: 5 }, articles[0], '5.7.1', '554'); // 0.93
 */
export function signatureScore(h: SignatureHit, a: MatchArticle, status: string | null, reply: string | null): number {
  let s = SCOPE_BASE[h.scope] + Math.min(0.06, h.length / 400);
  if (status && a.statusCodes.includes(status)) s += 0.02;
  else if (reply && a.replyCodes.includes(reply)) s += 0.015;
  return Math.min(0.99, Math.round(s * 1000) / 1000);
}

/**
 * Words of a diagnostic worth a fuzzy search: no codes, addresses, IPs, hosts, ids.
 *
 * @example
 * fuzzyWords('421 4.7.0 <kim@example.com> Greylisting enabled, please try later'); // ['greylisting', 'enabled', 'please', 'try', 'later']
 */
export function fuzzyWords(text: string): string[] {
  const cleaned = text
    .slice(0, 2000)
    .replace(/\S+@\S+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[\w-]+(?:\.[\w-]+){2,}\b/g, ' ')
    .replace(/[#(]?[245]\.\d{1,3}\.\d{1,3}\)?/g, ' ');
  const out: string[] = [];
  for (const w of cleaned.split(/[^\p{L}\p{N}'-]+/u)) {
    const lw = w.toLowerCase().replace(/^['-]+|['-]+$/g, '');
    // Words of 3 to 24 characters; pure numbers and hex ids say nothing.
    if (lw.length < 3 || lw.length > 24 || /^[\d-]+$/.test(lw) || (/\d/.test(lw) && /^[\da-f-]{8,}$/.test(lw))) continue;
    if (!out.includes(lw)) out.push(lw);
    if (out.length >= 16) break;
  }
  return out;
}

/**
 * The one pattern fuse.js gets (bitap works on 32-character chunks): a short diagnostic as it
 * is, else its rarest word that the articles use.
 *
 * @example
 * fuzzyPattern('greylisting', index); // 'greylisting'
 */
export function fuzzyPattern(diagnostic: string, index: MatchIndex): string | null {
  const t = diagnostic.trim();
  if (t.length >= 3 && t.length <= 32 && /\p{L}/u.test(t)) return t.toLowerCase();
  let best: string | null = null;
  let bestDf = Infinity;
  for (const w of fuzzyWords(t)) {
    const df = index.df.get(w) ?? 0;
    if (df > 0 && df < bestDf && df <= index.articles.length / 4) {
      best = w;
      bestDf = df;
    }
  }
  return best;
}

/**
 * fuse.js over the articles that share a word beginning (three letters) with the pattern: bitap
 * over every title of every article costs milliseconds, over a handful of them microseconds.
 * Null when no article shares one.
 *
 * @example
 * fuzzySubset(index, 'greylistin')?.search('greylistin')[0]?.item.i; // the greylisting article
 */
export function fuzzySubset(index: MatchIndex, pattern: string): Fuse<FuzzyDoc> | null {
  const ids = new Set<number>();
  for (const w of words(pattern)) {
    if (w.length < 3) continue;
    for (const i of index.prefixes.get(w.slice(0, 3)) ?? []) ids.add(i);
    if (ids.size > 60) break;
  }
  if (!ids.size) return null;
  return new Fuse([...ids].slice(0, 60).map((i) => index.docs[i] as FuzzyDoc), index.fuseOptions);
}

/** Patterns remembered by `fuzzyResults` before the memo starts over. */
const FUZZY_MEMO = 4096;

/**
 * The fuzzy tier's results for one pattern (best first, at most 8), remembered per index.
 *
 * @example
 * fuzzyResults(index, 'greylisting')[0]; // { i: 212, score: 0.001 }
 */
export function fuzzyResults(index: MatchIndex, pattern: string): Array<{ i: number; score: number }> {
  const known = index.fuzzyMemo.get(pattern);
  if (known) return known;
  const fuse = fuzzySubset(index, pattern);
  const found = fuse ? fuse.search(pattern, { limit: 8 }).map((r) => ({ i: r.item.i, score: r.score ?? 1 })) : [];
  if (index.fuzzyMemo.size >= FUZZY_MEMO) index.fuzzyMemo.clear();
  index.fuzzyMemo.set(pattern, found);
  return found;
}

/**
 * Ranks the articles for one diagnosis. The first match's reason equals `input.reason` whenever
 * an article of that reason is among the candidates.
 *
 * @example
 * rank(index, { reason: 'blocked', status: '5.7.1', replyCode: '554', diagnostic: '554 5.7.1 DAS51 ...', providers: [], signatures }, 'ko', 10)[0].id; // 'daum-das51-antispam-block'
 */
export function rank(index: MatchIndex, input: RankInput, lang: Lang, limit: number): Match[] {
  const { articles, specific, ownProviders } = index;
  const { reason, status, replyCode: reply } = input;
  const seenReal = input.providers.some((h) => !MTAS.has(h.provider));
  const fit = (i: number) => providerFit(articles[i] as MatchArticle, ownProviders[i] as Provider[], input.providers, seenReal);
  const cands = new Map<number, Candidate>();
  const add = (c: Candidate) => {
    const prev = cands.get(c.i);
    if (!prev || c.score > prev.score) cands.set(c.i, c);
  };

  for (const h of input.signatures) {
    const a = articles[h.article] as MatchArticle;
    const pf = fit(h.article);
    const evidence = [...h.evidence];
    if (status && a.statusCodes.includes(status)) evidence.push(status);
    if (reply && a.replyCodes.includes(reply)) evidence.push(reply);
    if (pf.evidence) evidence.push(pf.evidence);
    // A phrase met outside the reply that did not decide the reason ranks after the code tiers.
    const decides = h.article === input.decisive || a.reason === reason;
    const score = decides ? signatureScore(h, a, status, reply) : 0.44 + Math.min(0.02, h.length / 1000);
    add({ i: h.article, score, why: why('signature', { phrases: h.evidence, scope: h.scope }), evidence });
  }

  // Same code: exact status, or the reply code when the status says nothing more.
  const own = ownProvider(input.providers);
  // Seed and provider articles only. The status code's articles, then the reply code's: a
  // reply-code-only match counts when one side has no status code to compare, so with a status
  // code in the bounce only the reply code's articles that carry no status code (none of which
  // is in the status code's list).
  const byStatus = status ? index.specificByStatus.get(status) ?? NO_IDS : NO_IDS;
  const byReply = reply ? (status ? index.bareByReply : index.specificByReply).get(reply) ?? NO_IDS : NO_IDS;
  for (let k = 0; k < byStatus.length + byReply.length; k++) {
    const i = (k < byStatus.length ? byStatus[k] : byReply[k - byStatus.length]) as number;
    const a = articles[i] as MatchArticle;
    // An article of the status code's list carries the status; one of the reply code's list
    // carries the reply code and not the status.
    const statusMatch = k < byStatus.length;
    const replyMatch = !statusMatch || (!!reply && a.replyCodes.includes(reply));
    if (foreign(a, own)) continue;
    const pf = fit(i);
    const evidence: string[] = [];
    if (statusMatch && status) evidence.push(status);
    if (replyMatch && reply) evidence.push(reply);
    if (pf.evidence) evidence.push(pf.evidence);
    const fProvider = pf.provider;
    // Same code and reason counts only when nothing contradicts it: the article's reply codes
    // include the bounce's, and an article about one provider or MTA needs a sign of it.
    const replyAgrees = !reply || !a.replyCodes.length || replyMatch;
    const providerAgrees = pf.fit > 0 || a.providers.every((p) => p === 'any');
    if (a.reason === reason && replyAgrees && providerAgrees) {
      const score = 0.62 + (statusMatch ? 0.08 : 0) + (replyMatch ? 0.04 : 0) + (pf.fit > 0 ? 0.05 : 0);
      add({ i, score, why: why('code+reason', { status: statusMatch ? status : null, reply: replyMatch ? reply : null, reason, provider: fProvider }), evidence });
    } else {
      const score = 0.3 + (statusMatch ? 0.04 : 0) + (a.reason === reason ? 0.03 : 0) + (pf.fit > 0 ? 0.05 : 0);
      add({ i, score, why: why('code', { status: statusMatch ? status : null, reply: replyMatch ? reply : null, provider: fProvider }), evidence });
    }
  }

  // Generic pages: the status code's (X.7.1), the reply code's, the reason's.
  if (status) {
    for (const i of index.byGeneric.get(`X.${status.slice(2)}`) ?? []) {
      const a = articles[i] as MatchArticle;
      add({ i, score: a.reason === reason ? 0.5 : 0.42, why: why('code', { status }), evidence: [status] });
    }
  }
  if (reply) {
    // Reply-code pages only: a status page that lists its usual reply codes is not one.
    for (const i of index.pagesByReply.get(reply) ?? NO_IDS) {
      const a = articles[i] as MatchArticle;
      add({ i, score: a.reason === reason ? 0.47 : 0.4, why: why('code', { reply }), evidence: [reply] });
    }
  }
  const page = input.noReasonPage ? undefined : index.reasonPage.get(reason);
  if (page !== undefined) add({ i: page, score: 0.45, why: why('reason', { reason }), evidence: [] });

  // The same provider and reason under another code: often the page the admin wants next.
  for (const i of index.specificByReason.get(reason) ?? NO_IDS) {
    const a = articles[i] as MatchArticle;
    if (cands.has(i) || foreign(a, own)) continue;
    const pf = fit(i);
    if (pf.fit > 0) add({ i, score: 0.33, why: why('code+reason', { reason, provider: pf.provider }), evidence: pf.evidence ? [pf.evidence] : [] });
  }

  // What is left to fuse.js: one pattern, only when the structured tiers found little.
  const pattern = cands.size < 3 ? fuzzyPattern(input.diagnostic, index) : null;
  if (pattern) {
    const terms = pattern.split(' ').filter((w) => w.length >= 3);
    for (const r of fuzzyResults(index, pattern)) {
      if (cands.has(r.i)) continue;
      let hay = index.hay[r.i];
      if (hay === undefined) {
        const doc = index.docs[r.i] as FuzzyDoc;
        hay = index.hay[r.i] = `${doc.en} ${doc.ko} ${doc.sig.join(' ')}`.toLowerCase();
      }
      const shared = terms.filter((w) => hay.includes(w));
      const score = Math.round(0.25 * (1 - r.score) * 1000) / 1000;
      const evidence = (shared.length ? shared : terms).map((w) => {
        const at = input.diagnostic.toLowerCase().indexOf(w);
        return at >= 0 ? input.diagnostic.slice(at, at + w.length) : w;
      });
      add({ i: r.i, score: Math.max(0.01, score), why: why('fuzzy', { words: shared.length ? shared : terms }), evidence });
    }
  }

  const sorted = [...cands.values()].sort((x, y) => {
    if (y.score !== x.score) return y.score - x.score;
    return (index.kindOrder[x.i] as number) - (index.kindOrder[y.i] as number) || (index.idOrder[x.i] as number) - (index.idOrder[y.i] as number);
  });
  // The first match must carry the diagnosis reason when any structured candidate does.
  const first = sorted[0];
  if (first && (articles[first.i] as MatchArticle).reason !== reason) {
    // Only a page that fits this bounce may jump: not another provider's article that merely shares the code.
    const k = sorted.findIndex((c) => (c.why.kind === 'signature' || c.why.kind === 'code+reason' || c.why.kind === 'reason' || !specific[c.i]) && (articles[c.i] as MatchArticle).reason === reason);
    if (k > 0) sorted.unshift(...sorted.splice(k, 1));
  }
  return sorted.slice(0, limit).map((c) => toMatch(articles[c.i] as MatchArticle, c, lang));
}

/**
 * A score as it is shown: clamped to 0..1 and rounded to 2 decimals (no 0.38999999999999996).
 *
 * @example
 * roundScore(0.38999999999999996); // 0.39
 */
export function roundScore(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}

/** The non-empty strings of `list`, each once, in order. */
export function distinct(list: string[]): string[] {
  const out: string[] = [];
  for (const s of list) if (s && !out.includes(s)) out.push(s);
  return out;
}

function toMatch(a: MatchArticle, c: Candidate, lang: Lang): Match {
  const reason = explain(c.why.kind, c.why.facts, lang);
  return {
    id: a.id,
    reason: a.reason,
    kind: a.kind,
    score: roundScore(c.score),
    url: `/${lang}/errors/${a.id}/`,
    source: a.source,
    title: a.title,
    evidence: distinct(c.evidence),
    why: reason,
  };
}
