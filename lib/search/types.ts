/**
 * The typed search's data: the JSON-serialisable index (built once per language from the
 * articles, the code registries and the synonyms) and the results it gives.
 */
import type { Kind, Lang, Provider, Reason, Severity } from '../matcher/vocabulary';

/** One article as the search shows it. */
export interface SearchDoc {
  id: string;
  kind: Kind;
  reason: Reason;
  severity: Severity;
  title: string;
  /** The summary's first sentence (the one line a result shows). */
  summary: string;
  /** The first step of the article's fix section, plain text (for the paste's top match). */
  fix?: string;
  replyCodes: string[];
  /** `5.7.1`, or `X.7.1` on generic articles. */
  statusCodes: string[];
  providers: Provider[];
  /** How many other articles list this one as related: the hub of a topic is linked most. */
  inbound: number;
}

/** A code with a hub page, and the title it shows. */
export interface SearchCode {
  code: string;
  title: string;
}

/** A synonym group as the index carries it: each term already cut into index words. */
export interface IndexedSynonymGroup {
  id: string;
  terms: string[][];
  reasons: Reason[];
  providers: Provider[];
  /** Words that say nothing on their own: left out of a query that has other words. */
  weak?: boolean;
}

/**
 * The fields a word can be found in, strongest first: title, signature, the other language's
 * title, summary, body. Each maps a word to the documents holding it (sorted indexes).
 */
export const FIELDS = ['title', 'sig', 'alt', 'summary', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** The per-language index: plain JSON, written by the build and loaded by the worker and CLI. */
export interface SearchIndex {
  version: 1;
  lang: Lang;
  docs: SearchDoc[];
  codes: SearchCode[];
  synonyms: IndexedSynonymGroup[];
  /** `postings[field][word]`: documents holding the word in that field, delta-encoded. */
  postings: Record<Field, Record<string, number[]>>;
}

/** One result of `search()`. */
export type SearchResult =
  | {
      type: 'article';
      id: string;
      url: string;
      title: string;
      summary: string;
      score: number;
      severity?: Severity;
      codes?: string[];
    }
  | { type: 'code'; code: string; url: string; title: string; score: number };

/** Options of `search()`. */
export interface SearchOptions {
  /** Language of the URLs; default: the index's own. */
  lang?: Lang;
  /** Results at most; default 10. */
  limit?: number;
}
