/**
 * A query that is only a code (`5.7.1`, `550`, `4.4.1`, `X.7.1`): every article carrying it,
 * the specific ones first, then the generic page.
 */
import { KIND_ORDER, type MatchIndex } from './build';
import { reasonOfReply, reasonOfStatus } from './classify/status';
import { explain } from './explain';
import { roundScore } from './rank';
import type { Diagnosis, Match, MatchArticle } from './types';
import type { Kind, Lang, Reason } from './vocabulary';


/** What the code helper needs of an article (MatchArticle, the loader's Article and SearchDoc all fit). */
export interface CodedArticle {
  id: string;
  kind: Kind;
  replyCodes: readonly string[];
  statusCodes: readonly string[];
}

/** `5.7.1` -> `X.7.1`. */
function genericOf(status: string): string {
  return `X${status.slice(status.indexOf('.'))}`;
}

/**
 * Whether an article's code covers a searched one: the same code, a generic article's `X.7.1`
 * for `5.7.1` or `4.7.1`, and any class's code for a searched `X.7.1`.
 *
 * @example
 * codeCovers('X.7.1', '5.7.1'); // true
 * codeCovers('5.7.1', 'X.7.1'); // true
 * codeCovers('5.7.1', '4.7.1'); // false
 */
export function codeCovers(articleCode: string, code: string): boolean {
  if (articleCode === code) return true;
  if (!code.includes('.') || !articleCode.includes('.')) return false;
  if (articleCode.startsWith('X.')) return /^[245X]\./.test(code) && genericOf(code) === articleCode;
  return code.startsWith('X.') && genericOf(articleCode) === code;
}

/**
 * The one code->articles helper of the site and the search: every article carrying a code
 * (reply `550` or status `5.7.1`, generic `X.7.1` pages included), specific ones (seed,
 * provider) first, then the generic code page, then reason pages; by id within each.
 *
 * @example
 * articlesForCode('5.7.1', articles).map((a) => a.id); // ['daum-550-571-rdeny', ..., 'status-x-7-1']
 */
export function articlesForCode<T extends CodedArticle>(code: string, articles: readonly T[]): T[] {
  return articles
    .filter((a) => a.replyCodes.some((c) => c === code) || a.statusCodes.some((c) => codeCovers(c, code)))
    .sort((x, y) => (KIND_ORDER[x.kind] ?? 9) - (KIND_ORDER[y.kind] ?? 9) || x.id.localeCompare(y.id));
}

/**
 * The diagnosis of a bare code: all articles carrying it (`X.7.1` counts for 4.7.1 and 5.7.1).
 *
 * @example
 * codeDiagnosis('5.7.1', index, 'ko').matches.map((m) => m.id); // ['daum-das51-antispam-block', ..., 'status-x-7-1']
 */
export function codeDiagnosis(code: string, index: MatchIndex, lang: Lang, limit?: number): Diagnosis {
  const isReply = /^\d{3}$/.test(code);
  const carriers = articlesForCode(code, index.articles);
  const specific = carriers.filter((a) => a.kind === 'seed' || a.kind === 'provider');
  const generic = carriers.filter((a) => a.kind !== 'seed' && a.kind !== 'provider');

  // The reason of a bare code: what the code means, if an article agrees; else what most of
  // the articles carrying it say.
  const table = isReply ? reasonOfReply(code) : reasonOfStatus(code[0] === 'X' ? `5${code.slice(1)}` : code);
  let reason: Reason = table ?? 'undefined';
  if (specific.length && !specific.some((a) => a.reason === table)) {
    const counts = new Map<Reason, number>();
    for (const a of specific) counts.set(a.reason, (counts.get(a.reason) ?? 0) + 1);
    reason = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? reason;
  } else if (!specific.length && generic[0] && !table) reason = generic[0].reason;

  const order = (x: MatchArticle, y: MatchArticle) =>
    Number(y.reason === reason) - Number(x.reason === reason) || (KIND_ORDER[x.kind] ?? 9) - (KIND_ORDER[y.kind] ?? 9) || x.id.localeCompare(y.id);
  specific.sort(order);
  generic.sort(order);
  const status = isReply ? null : code;
  const reply = isReply ? code : null;
  const matches: Match[] = [...specific, ...generic].map((a, k) => ({
    id: a.id,
    reason: a.reason,
    kind: a.kind,
    score: roundScore((a.kind === 'seed' || a.kind === 'provider' ? 0.75 : 0.6) - k * 0.001),
    url: `/${lang}/errors/${a.id}/`,
    source: a.source,
    title: a.title,
    evidence: [code],
    why: explain('code', { status, reply }, lang),
  }));
  return {
    recipient: null,
    replyCode: reply,
    status: status && status[0] !== 'X' ? status : null,
    reason,
    severity: code[0] === '5' ? 'permanent' : code[0] === '4' ? 'transient' : undefined,
    diagnostic: code,
    remoteHost: null,
    matches: limit ? matches.slice(0, limit) : matches,
  };
}
