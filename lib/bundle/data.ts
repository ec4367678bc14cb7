/**
 * The data the library and the CLI ship with: every article's matching data plus, per article,
 * who acts first and that person's first fix step. Written once at build time into
 * `dist/data/bouncekb.json` (scripts/build-lib.ts); never written at run time.
 */
import type { MatchArticle } from '../matcher/types';
import type { Actor, Lang } from '../matcher/vocabulary';

/** Who acts first on an article and what they do first, in each language. */
export interface Guide {
  who: Actor | null;
  step: Partial<Record<Lang, string>>;
}

/** The prebuilt data file. */
export interface BundleData {
  version: 1;
  articles: MatchArticle[];
  guides: Record<string, Guide>;
  /** Prebuilt search indexes per language (JSON-serialisable), when the search module is present. */
  search?: Partial<Record<Lang, unknown>>;
}

/** The `fix-*` subsection each actor's steps are written under (content/AUTHORING.md). */
export const FIX_SECTION: Record<Actor, string> = {
  sender: 'fix-sender',
  'sender-admin': 'fix-admin',
  provider: 'fix-admin',
  recipient: 'fix-recipient',
  'recipient-admin': 'fix-recipient',
};
