/**
 * The data the matcher works on and the results it returns. Pure types: no React, no next/*,
 * no fs, no DOM.
 */
import type { Actor, Kind, Lang, Provider, Reason, Severity } from './vocabulary';

/** A signature: one phrase, or a list of phrases that must all occur. */
export type Signature = string | string[];

/** What the matcher knows of one article (built from content/ at build time, or by the CLI). */
export interface MatchArticle {
  id: string;
  kind: Kind;
  reason: Reason;
  severity: Severity;
  replyCodes: string[];
  /** `5.7.1`, or `X.7.1` on generic (standard) articles. */
  statusCodes: string[];
  providers: Provider[];
  actors: Actor[];
  signatures: Signature[];
  /** Titles in the languages the index was built for (the browser index carries one). */
  title: Partial<Record<Lang, string>>;
  /** Path of the source file, `content/errors/{id}.md`. */
  source: string;
}

/** Why an article was proposed: the tier it came from and a sentence for the UI. */
export interface MatchWhy {
  /**
   * `signature`: the article's own phrase occurs in the bounce; `code+reason`: same status or
   * reply code and same reason; `reason`: the fallback page of the reason; `code`: carries the
   * code (generic code pages, or specific ones of another reason); `fuzzy`: words in common.
   */
  kind: 'signature' | 'code+reason' | 'reason' | 'code' | 'fuzzy';
  detail: string;
}

/** One article proposed for a diagnosis. */
export interface Match {
  id: string;
  reason: Reason;
  kind: Kind;
  /** 0..1, higher is better; matches are sorted by it. */
  score: number;
  /** `/{lang}/errors/{id}/` */
  url: string;
  source: string;
  title: Partial<Record<Lang, string>>;
  /**
   * The exact substrings of the input (or of the diagnostic) that made it match: the signature
   * phrase as it occurs, the code, the provider's name or domain.
   */
  evidence: string[];
  why: MatchWhy;
}

/** One failed recipient (or one pasted reply) and the articles for it. */
export interface Diagnosis {
  recipient: string | null;
  replyCode: string | null;
  status: string | null;
  reason: Reason;
  severity?: 'permanent' | 'transient';
  /** What said the severity: the DSN `Action:`, the MTA's own sentence, the code's class. */
  severityWhy?: string;
  /** The remote server's text (continuation lines joined), or the pasted line. */
  diagnostic: string;
  remoteHost?: string | null;
  /** DSN `Action:` (failed, delayed, delivered...) when the bounce has one. */
  action?: string | null;
  /** The SMTP command the reply answered (RCPT, DATA, MAIL, HELO, CONN), when the bounce says. */
  command?: string | null;
  /** The provider recognised in the bounce (from domains, host names, markers). */
  provider?: Provider | null;
  /** How the reason was decided, for the UI and for debugging. */
  reasonWhy?: string;
  matches: Match[];
}

/**
 * What the input is: `bounce` (the message was returned: a permanent failure), `delay` (a
 * warning; the server keeps trying), `autoreply` (out of office and the like), `feedback` (an
 * abuse report, ARF), `delivered` (a success notice) or `not-a-bounce` (ordinary mail).
 */
export type VerdictKind = 'bounce' | 'delay' | 'autoreply' | 'feedback' | 'delivered' | 'not-a-bounce';

/** The verdict on a whole input, said in words first by the CLI and the browser. */
export interface Verdict {
  kind: VerdictKind;
  /**
   * Id of the reason page that explains it (`reason-vacation`, `reason-feedback`,
   * `reason-delivered`; for a bounce or a delay, the first diagnosis's reason page).
   */
  page: string;
  /** Why, in one sentence (English, for the UI's details and for debugging). */
  why: string;
  /** ARF only: the `Feedback-Type:` (abuse, fraud, virus, not-spam...). */
  feedbackType?: string | null;
  /** ARF only: the recipient who reported the message (`Original-Rcpt-To:`, else the copy's `To:`). */
  reportedRecipient?: string | null;
}

/** The result of `analyze()`: diagnoses in bounce order. */
export interface Analysis {
  /** What the input is (a bounce, a delay warning, an auto-reply...). */
  verdict?: Verdict;
  diagnoses: Diagnosis[];
  /** What the input looked like: a MIME message, plain text (a DSN, a log, a line) or a bare code. */
  input?: 'message' | 'text' | 'code' | 'empty';
  /** Problems met while reading the input (a MIME part that did not parse, input cut at the size cap). */
  notes?: string[];
}

/** Options of `analyze()`. */
export interface AnalyzeOptions {
  /** Language of the URLs (`/ko/errors/...`); default `ko`. */
  lang?: Lang;
  /** Matches per diagnosis; default 10 (a bare code lists every article carrying it). */
  limit?: number;
}
