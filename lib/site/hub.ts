/**
 * Code hubs as decision guides: for one code, the articles grouped by cause, each with the phrase
 * of the bounce that tells it apart, and the meaning of the code in the reader's language (from
 * its generic article, or, for a vendor code, from the articles that carry it). Pure: takes the
 * articles, reads no files.
 */
import type { Article } from '../content/load';
import type { Lang, Reason } from '../matcher/vocabulary';
import { codeMeaning, type CodeMeaning } from './codes';
import { canonicalProvider } from './providers';
import { PAGE_STRINGS } from './strings';

const CODE = String.raw`(?:[245X]\.\d{1,3}\.\d{1,3}|[2-5]\d\d)`;
/** A phrase made only of codes (`550 5.1.1`) tells nothing apart; leading codes (`550 5.1.1 No such user`) are dropped. */
const ONLY_CODES = new RegExp(`^(?:\\s*${CODE}[\\s-]*)+$`);
const LEADING_CODES = new RegExp(`^(?:${CODE}[\\s-]+)+`);

/**
 * The phrase of a bounce that tells this article apart from the others under the same code:
 * its first signature (preferring one written for `code`), without the bare codes in it.
 *
 * @example tellApart(rdenyArticle, '5.7.1') === 'RDENY'
 */
export function tellApart(a: Pick<Article, 'signatures'>, code?: string): string | null {
  const sigs = a.signatures.map((s) => (Array.isArray(s) ? s : [s]));
  const forCode = code ? sigs.filter((s) => s.includes(code)) : [];
  for (const s of [...forCode, ...sigs]) {
    const words = s.filter((w) => !ONLY_CODES.test(w)).map((w) => w.trim().replace(LEADING_CODES, '')).filter(Boolean);
    if (words.length) return words.join(' … ');
  }
  return null;
}

/**
 * What the article says it is, in few words: the part of its title after the last colon
 * (`Daum 550 5.7.1 RDENY ...: the recipient blocked you` -> `the recipient blocked you`), else the title.
 */
export function shortTitle(a: Pick<Article, 'title'>, lang: Lang): string {
  const title = a.title[lang];
  const at = title.lastIndexOf(': ');
  const tail = at > 0 ? title.slice(at + 2).trim() : '';
  // Some titles put the quoted reply after the colon ('...: "blocked using ..."'): then the whole title says more.
  return tail.length >= 8 && !/["“”]/.test(tail) ? tail : title;
}

export function isGeneric(a: Pick<Article, 'kind'>): boolean {
  return a.kind === 'standard' || a.kind === 'reason';
}

export interface HubEntry {
  article: Article;
  phrase: string | null;
  /** Canonical provider slugs (aliases folded, `any` dropped). */
  providers: string[];
}

export interface HubGroups {
  /** Specific articles, grouped by reason; groups in order of size, then reason name. */
  byCause: { reason: Reason; entries: HubEntry[] }[];
  /** Standard-code and reason pages, set apart. */
  generic: Article[];
}

/** Groups the articles of one hub for the decision guide. `providerLabel` sorts entries by the name the reader sees. */
export function groupHub(articles: Article[], code: string, providerLabel: (slug: string) => string): HubGroups {
  const byReason = new Map<Reason, HubEntry[]>();
  const generic: Article[] = [];
  for (const a of articles) {
    if (isGeneric(a)) {
      generic.push(a);
      continue;
    }
    const providers = [...new Set(a.providers.filter((p) => p !== 'any').map(canonicalProvider))];
    const list = byReason.get(a.reason) ?? [];
    list.push({ article: a, phrase: tellApart(a, code), providers });
    byReason.set(a.reason, list);
  }
  const label = (e: HubEntry) => (e.providers[0] ? providerLabel(e.providers[0]) : '\uffff');
  const byCause = [...byReason.entries()]
    .map(([reason, entries]) => ({ reason, entries: entries.sort((x, y) => label(x).localeCompare(label(y)) || x.article.id.localeCompare(y.article.id)) }))
    .sort((x, y) => y.entries.length - x.entries.length || x.reason.localeCompare(y.reason));
  // The code's own standard page first, then the reason pages.
  generic.sort((x, y) => Number(x.kind !== 'standard') - Number(y.kind !== 'standard') || x.id.localeCompare(y.id));
  return { byCause, generic };
}

export interface LocalMeaning {
  registry: CodeMeaning;
  /** The meaning in the reader's language. */
  title: string;
  /** A sentence or paragraph explaining it, in the reader's language, when there is one. */
  summary: string | null;
  /** The generic article the meaning comes from. */
  source: Article | null;
  /** A vendor code: not in the IANA registry, explained by the articles carrying it. */
  vendor: boolean;
}

/** `X.7.1 전송 거부 (권한 없음): 일반 안내` -> `전송 거부 (권한 없음)`. */
function genericTitle(a: Article, lang: Lang): string {
  return a.title[lang]
    .replace(/^\s*(?:[245X]\.\d{1,3}\.\d{1,3}|[2-5]\d\d)\s+/, '')
    .replace(/\s*[:：]\s*(일반 안내|what it means|general guide)\s*$/i, '')
    .trim();
}

/** `4.7.30` -> `보안·정책 관련 일시 오류`; `252` -> the class of its first digit. */
function inWords(code: string, lang: Lang): string {
  const p = PAGE_STRINGS[lang];
  const cls = p.codeClass[code[0] as '2' | '3' | '4' | '5'].replace(/^\dxx\s*/, '');
  const subject = p.subjects[Number(code.split('.')[1])];
  return code.includes('.') && subject ? p.registryOnly(subject, cls) : cls;
}

/**
 * The standard article of a registry code: `reply-550` for 550, `status-x-7-1` for X.7.1 (by the
 * naming rule of content/AUTHORING.md), else a standard article whose only code it is.
 */
export function genericArticleOf(registryCode: string, articles: Article[]): Article | undefined {
  const id = /^\d{3}$/.test(registryCode) ? `reply-${registryCode}` : `status-${registryCode.toLowerCase().replace(/\./g, '-')}`;
  return (
    articles.find((a) => a.id === id) ??
    articles.find((a) => a.kind === 'standard' && [...a.replyCodes, ...a.statusCodes].length === 1 && [...a.replyCodes, ...a.statusCodes][0] === registryCode)
  );
}

/** The code's meaning for a reader of `lang`: its generic article, the registry, or the vendor articles. */
export function localMeaning(code: string, lang: Lang, articles: Article[]): LocalMeaning {
  const registry = codeMeaning(code);
  const own = registry.registryCode ? genericArticleOf(registry.registryCode, articles) : undefined;
  if (own) return { registry, title: genericTitle(own, lang), summary: own.summary[lang], source: own, vendor: false };
  // No article explains this registry code yet: English readers get the registry title; Korean
  // readers get its subject and class in Korean (the English registry text stays one click away).
  if (registry.registryCode) return { registry, title: lang === 'en' ? registry.title : inWords(code, lang), summary: null, source: null, vendor: false };
  const specific = articles.filter((a) => !isGeneric(a) && [...a.replyCodes, ...a.statusCodes].includes(code));
  const first = specific[0];
  if (!first) return { registry, title: registry.title, summary: null, source: null, vendor: false };
  const others = specific.length - 1;
  const short = shortTitle(first, lang);
  const title = short.charAt(0).toUpperCase() + short.slice(1) + (others > 0 ? (lang === 'ko' ? ` 외 ${others}건` : ` (+${others} more)`) : '');
  return { registry, title, summary: first.summary[lang], source: first, vendor: true };
}
