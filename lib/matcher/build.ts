/**
 * The index: everything about the articles that can be computed once, so each analysis is a few
 * lookups. Built in the browser's worker from `match-{lang}.json`, by the CLI from content/.
 */
import type { IFuseOptions } from 'fuse.js';
import { PhraseFinder } from './aho';
import { normalizePhrase } from './normalize';
import type { MatchArticle } from './types';
import type { Provider, Reason } from './vocabulary';

/** Mail server software (and `any`), not providers: their articles describe wording any site may use. */
export const MTAS: ReadonlySet<Provider> = new Set<Provider>(['qmail', 'postfix', 'sendmail', 'exim', 'exchange-server', 'opensmtpd', 'any']);
/** The order of article kinds in ties: the site's own notes, providers' pages, standard codes, reasons. */
export const KIND_ORDER: Record<string, number> = { seed: 0, provider: 1, standard: 2, reason: 3 };

/** One phrase of one signature of one article. */
export interface SignaturePart {
  article: number;
  signature: number;
  phrase: string;
}

/** What fuse.js searches: titles and signature phrases. */
export interface FuzzyDoc {
  i: number;
  ko: string;
  en: string;
  sig: string[];
}

/** The precomputed index `analyze()` works on. */
export interface MatchIndex {
  articles: MatchArticle[];
  /** Every signature phrase, normalised; `parts[k]` is phrase `k` of the finder. */
  parts: SignaturePart[];
  finder: PhraseFinder;
  /** Number of phrases of each signature: `needed[article][signature]`. */
  needed: number[][];
  /** Exact status code (`5.7.1`) → articles carrying it. */
  byStatus: Map<string, number[]>;
  /** Generic status code (`X.7.1`) → articles carrying it. */
  byGeneric: Map<string, number[]>;
  /** Reply code (`550`) → articles carrying it. */
  byReply: Map<string, number[]>;
  byReason: Map<Reason, number[]>;
  /** The same lists, seed and provider articles only (the tier of other codes of one provider). */
  specificByReason: Map<Reason, number[]>;
  /** Seed and provider articles by exact status code (the ranking's same-code tier). */
  specificByStatus: Map<string, number[]>;
  /** Seed and provider articles by reply code: all of them, and those that carry no status code. */
  specificByReply: Map<string, number[]>;
  bareByReply: Map<string, number[]>;
  /** The reply code's own pages: neither seed nor provider articles, and no status code. */
  pagesByReply: Map<string, number[]>;
  /** The `reason` article (fallback page) of each reason. */
  reasonPage: Map<Reason, number>;
  /** fuse.js's options for the fuzzy tier (run over a few documents at a time, see rank.ts). */
  fuseOptions: IFuseOptions<FuzzyDoc>;
  /**
   * Fuzzy results already computed, by pattern (document index and score): a day's bounces
   * repeat the same few rare words, and bitap over titles and signatures is the costliest step.
   * Bounded (cleared when full), so memory stays flat over any number of inputs.
   */
  fuzzyMemo: Map<string, Array<{ i: number; score: number }>>;
  /** Document frequency of each word of the titles and signatures (lower case). Like `prefixes` and `docs`, built on first use. */
  df: Map<string, number>;
  /** First three letters of each word → the fuzzy documents holding such a word. */
  prefixes: Map<string, number[]>;
  docs: FuzzyDoc[];
  /** Each article's place in id order (`localeCompare`), for ties in the ranking. */
  idOrder: Int32Array;
  /** Per article, 1 when it is a seed or provider article (about one provider's or site's reply). */
  specific: Uint8Array;
  /** Per article, its kind's place in the ranking's tie order: seed, provider, standard, reason. */
  kindOrder: Int8Array;
  /** Per article, the providers it names that are not mail server software (see MTAS). */
  ownProviders: Provider[][];
  /** Per fuzzy document, its titles and signatures in lower case (filled when first needed). */
  hay: Array<string | undefined>;
}

/**
 * The words of a title or signature, lower case (letters and digits, Hangul included).
 *
 * @example
 * words('Daum(한메일) 554 5.7.1 DAS51'); // ['daum', '한메일', '554', 'das51']
 */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
}

/** Adds article `i` to `key`'s list once. Articles are added in index order, so a repeat of `i` can only be the list's last entry. */
function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== i) list.push(i);
  } else map.set(key, [i]);
}

/**
 * Builds the index once for a set of articles.
 *
 * @example
 * const index = buildIndex(articles); // articles: MatchArticle[] from match-ko.json or toMatchArticles()
 * const { diagnoses } = await analyze('554 5.7.1 DAS51 ...', index);
 */
export function buildIndex(articles: MatchArticle[]): MatchIndex {
  const parts: SignaturePart[] = [];
  const needed: number[][] = [];
  const byStatus = new Map<string, number[]>();
  const byGeneric = new Map<string, number[]>();
  const byReply = new Map<string, number[]>();
  const byReason = new Map<Reason, number[]>();
  const reasonPage = new Map<Reason, number>();
  const docs: FuzzyDoc[] = [];
  const df = new Map<string, number>();
  const prefixes = new Map<string, number[]>();

  articles.forEach((a, i) => {
    needed[i] = a.signatures.map((sig, s) => {
      const phrases = (Array.isArray(sig) ? sig : [sig]).map(normalizePhrase).filter(Boolean);
      for (const phrase of new Set(phrases)) parts.push({ article: i, signature: s, phrase });
      return new Set(phrases).size;
    });
    for (const c of a.statusCodes) {
      if (c.startsWith('X.')) push(byGeneric, c, i);
      else push(byStatus, c, i);
    }
    for (const c of a.replyCodes) push(byReply, c, i);
    push(byReason, a.reason, i);
    if (a.kind === 'reason' && !reasonPage.has(a.reason)) reasonPage.set(a.reason, i);
  });

  // The fuzzy tier's words and documents, built the first time the tier runs: many runs never
  // need it, and a single-file run is mostly start-up.
  let fuzzyBuilt = false;
  const fuzzy = () => {
    if (fuzzyBuilt) return;
    fuzzyBuilt = true;
    articles.forEach((a, i) => {
      const vocab = new Set(words(`${a.title.ko ?? ''} ${a.title.en ?? ''} ${a.signatures.flat().join(' ')}`));
      for (const w of vocab) {
        df.set(w, (df.get(w) ?? 0) + 1);
        if (w.length >= 3) push(prefixes, w.slice(0, 3), i);
      }
      docs.push({
        i,
        ko: a.title.ko ?? '',
        en: a.title.en ?? '',
        sig: a.signatures.flatMap((s) => (Array.isArray(s) ? [s.join(' ')] : [s])),
      });
    });
  };

  const fuseOptions: IFuseOptions<FuzzyDoc> = {
    keys: [
      { name: 'sig', weight: 2 },
      { name: 'en', weight: 1 },
      { name: 'ko', weight: 1 },
    ],
    includeScore: true,
    // The diagnostic's key word can sit anywhere in a title: no location bias.
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 3,
  };

  const specific = Uint8Array.from(articles, (a) => (a.kind === 'seed' || a.kind === 'provider' ? 1 : 0));
  const filtered = <K>(map: Map<K, number[]>, keep: (a: MatchArticle, i: number) => boolean) =>
    new Map([...map].map(([k, ids]) => [k, ids.filter((i) => keep(articles[i] as MatchArticle, i))] as [K, number[]]));
  const specificByReason = filtered(byReason, (_, i) => !!specific[i]);
  const specificByStatus = filtered(byStatus, (_, i) => !!specific[i]);
  const specificByReply = filtered(byReply, (_, i) => !!specific[i]);
  const bareByReply = filtered(byReply, (a, i) => !!specific[i] && !a.statusCodes.length);
  const pagesByReply = filtered(byReply, (a, i) => !specific[i] && !a.statusCodes.length);
  // localeCompare's order, through one collator (localeCompare per comparison took 10 ms of a
  // single-file run's start).
  const idOrder = new Int32Array(articles.length);
  const collator = new Intl.Collator();
  articles.map((a, i) => ({ id: a.id, i })).sort((x, y) => collator.compare(x.id, y.id)).forEach((x, k) => (idOrder[x.i] = k));

  return {
    articles,
    idOrder,
    parts,
    finder: new PhraseFinder(parts.map((p) => p.phrase)),
    needed,
    byStatus,
    byGeneric,
    byReply,
    byReason,
    specificByReason,
    specificByStatus,
    specificByReply,
    bareByReply,
    pagesByReply,
    reasonPage,
    fuseOptions,
    fuzzyMemo: new Map(),
    get df() {
      fuzzy();
      return df;
    },
    get prefixes() {
      fuzzy();
      return prefixes;
    },
    get docs() {
      fuzzy();
      return docs;
    },
    specific,
    kindOrder: Int8Array.from(articles, (a) => KIND_ORDER[a.kind] ?? 9),
    ownProviders: articles.map((a) => a.providers.filter((p) => !MTAS.has(p))),
    hay: new Array<string | undefined>(articles.length),
  };
}
