/**
 * Classification: one Sisimai reason per diagnosis. Text beats code: the remote server's words
 * are read first (`550 5.1.1 ... too many recipients this hour` is a rate limit), then the
 * status code, then the reply code, then what the bounce says around the reply (qmail's "this
 * message has been in the queue too long").
 */
import { PhraseFinder, type PhraseHit } from '../aho';
import { normalize, type Normalized } from '../normalize';
import { REASONS, type Reason } from '../vocabulary';
import { PHRASE_RULES, type PhraseRule } from './phrases';
import { reasonOfReply, reasonOfStatus } from './status';

/** What the classifier looks at. */
export interface ClassifyInput {
  diagnostic: string;
  context?: string;
  status: string | null;
  replyCode: string | null;
  command?: string | null;
  action?: string | null;
  diagnosticType?: string | null;
  reportType?: string | null;
  /**
   * True when the input was a whole bounce: without the SMTP stage, a "user unknown" that was
   * not an answer to RCPT TO (and whose code is not X.1.x) is read as a filter, as Sisimai does.
   */
  wholeBounce?: boolean;
  /** The bounce comes from a content-filtering gateway (see Extraction.gateway). */
  gateway?: boolean;
  /**
   * The bounce carries a filter's verdict in its header: au (KDDI) returns mail its recipient's
   * filter refused with `X-SPASIGN: NG`.
   */
  filterSign?: boolean;
  recipient?: string | null;
  /** The remote server that answered (a host name), when the bounce names it. */
  remoteHost?: string | null;
  /**
   * The whole notice of a bounce with one failed recipient: read only when neither the reply nor
   * the recipient's paragraph names a reason ("You are not a member of this mailing list" said
   * above the address).
   */
  notice?: string;
  /** What the whole input is (see `verdictOf`): an auto-reply or a success notice has no failure reason. */
  verdict?: 'bounce' | 'delay' | 'autoreply' | 'feedback' | 'delivered' | 'not-a-bounce';
}

/** The reason and how it was decided. */
export interface Classification {
  reason: Reason;
  by: 'phrase' | 'status' | 'reply' | 'context' | 'report' | 'default';
  /** The phrase as it occurs in the diagnostic (for evidence), when `by` is `phrase` or `context`. */
  phrase?: string;
  detail: string;
  /** Strong: the reply's own words, or a status code with a precise meaning. Weak: anything less. */
  strong?: boolean;
  /** The deciding words can only be said of the recipient address (see PhraseRule.definite). */
  definite?: boolean;
}

interface CompiledPhrase {
  rule: number;
  phrase: string;
}

const compiled: CompiledPhrase[] = [];
PHRASE_RULES.forEach((r, rule) => {
  for (const phrase of r.phrases) compiled.push({ rule, phrase });
});
const finder = new PhraseFinder(compiled.map((c) => c.phrase));

const FOOTERS = /(?:scanned|checked|swept|protected) (?:for|against) (?:all )?(?:viruses|virus|malware|spam)[^.\n]{0,120}|virus[- ]?(?:scanned|checked|free)\b|no virus found[^.\n]{0,120}|free (?:of|from) (?:viruses|virus)|(?:anti-?)?virus (?:and|&) (?:anti-?)?spam (?:scan|protection|filtering)[^.\n]{0,80}|scanned by (?:mcafee|messagelabs|symantec|mimecast|trend micro|sophos)[^.\n]{0,120}|this is the mail delivery agent\b[^.\n]{0,120}/gi;

const FOOTER_WORDS = /scanned|checked|swept|protected|virus|this is the mail delivery agent/i;

/** The last texts read by `firstRule` (one diagnosis reads the notice two or three times). */
const SCANNED: Array<{ text: string; n: Normalized; hits: PhraseHit[] }> = [];

/** A text normalised and its phrase hits, remembered for the last few texts. */
function scanned(text: string): { n: Normalized; hits: PhraseHit[] } {
  const known = SCANNED.find((e) => e.text === text);
  if (known) return known;
  // Footers that say a message was checked ("scanned for viruses by MessageLabs") name no cause:
  // blank them (same length, so positions still map to the source).
  const head = text.length > 6000 ? text.slice(0, 6000) : text;
  // Every footer holds one of these words: most texts skip the footer pattern.
  const n = normalize(FOOTER_WORDS.test(head) ? head.replace(FOOTERS, (m) => ' '.repeat(m.length)) : head);
  const entry = { text, n, hits: finder.find(n.text) };
  if (SCANNED.unshift(entry) > 4) SCANNED.pop();
  return entry;
}

/** The first rule (in table order) with a phrase in `text`, and the phrase as written there. */
function firstRule(text: string, only?: ReadonlySet<Reason>): { reason: Reason; phrase: string; weak: boolean; definite: boolean; beatsStatus: boolean } | null {
  if (!text) return null;
  const { n, hits } = scanned(text);
  const allowed = (rule: number) => !only || only.has((PHRASE_RULES[rule] as PhraseRule).reason);
  let best: { rule: number; start: number; end: number } | null = null;
  for (const hit of hits) {
    const c = compiled[hit.phrase] as CompiledPhrase;
    if (!allowed(c.rule)) continue;
    if (!best || c.rule < best.rule) best = { rule: c.rule, start: hit.start, end: hit.end };
  }
  PHRASE_RULES.forEach((r, rule) => {
    if ((best && best.rule <= rule) || !allowed(rule)) return;
    for (const re of r.patterns ?? []) {
      const m = re.exec(n.text);
      if (m) {
        best = { rule, start: m.index, end: m.index + m[0].length };
        return;
      }
    }
  });
  if (!best) return null;
  const b: { rule: number; start: number; end: number } = best;
  const src = text.slice(n.map[b.start] ?? 0, (n.map[b.end - 1] ?? 0) + 1);
  const rule = PHRASE_RULES[b.rule] as PhraseRule;
  return { reason: rule.reason, phrase: src, weak: !!rule.weak, definite: !!rule.definite, beatsStatus: !!rule.beatsStatus };
}

/**
 * The reason the words alone suggest, without codes.
 *
 * @example
 * reasonOfText('Your host name(mail.example.com) dosen\'t match with your IP address'); // 'requireptr'
 */
export function reasonOfText(text: string): Reason | null {
  return firstRule(text)?.reason ?? null;
}

/**
 * The cause the words name behind an expiry ("mailbox is full: retry timeout exceeded",
 * Sendmail's "Deferred: Name server: host name lookup failure" above "Message could not be
 * delivered for 5 days"), or null when they name none. Generic words ("try again later") and
 * the expiry's own wording do not count.
 *
 * @example
 * causeBehindExpiry('mailbox is full: retry timeout exceeded'); // 'mailboxfull'
 * causeBehindExpiry('retry timeout exceeded'); // null
 */
export function causeBehindExpiry(text: string): Reason | null {
  const hit = firstRule(text);
  if (!hit || hit.weak || hit.reason === 'expired' || hit.reason === 'vacation') return null;
  return hit.reason;
}

const SUSPEND: ReadonlySet<Reason> = new Set<Reason>(['suspend']);
const BUT_EXPIRED: ReadonlySet<Reason> = new Set<Reason>(REASONS.filter((r) => r !== 'expired'));

/**
 * Sendmail's texts for a delivery program's exit status (sysexits.h: EX_OSERR 71, EX_OSFILE 72,
 * EX_CANTCREAT 73). Under an X-Unix diagnostic they are the local program's failure, even on a
 * transcript line with a reply code (`451 4.0.0 Operating system error`).
 */
const EXIT_TEXT = /\boperating system (?:error|file missing)\b|\bcan(?:'|no)t create (?:user )?output file\b/i;

/** A reply that says nothing but its class: `450 4.0.0 Temporary failure`. */
const CLASS_ONLY = /^\s*(?:[45]\d\d[\s-]+)?(?:[45]\.\d{1,3}\.\d{1,3}\s+)?(?:temporary|transient|permanent) (?:failure|error)[.!]?\s*$/i;

/**
 * NTT docomo's mail servers (docomo.ne.jp): until March 2025 they answered a message refused by
 * the recipient's reception settings (domain or address rejection) with `550 Unknown user` after
 * DATA; an unknown address is refused at RCPT TO.
 */
const DOCOMO = /(?:^|\.)docomo\.ne\.jp\.?$/i;

/** Reasons a status code gives only loosely: servers use these codes for many things. */
const VAGUE = new Set<Reason>(['userunknown', 'hostunknown', 'systemerror', 'securityerror', 'networkerror', 'expired', 'blocked', 'syntaxerror', 'suspend', 'filtered', 'contenterror', 'notaccept', 'onhold', 'undefined']);

/**
 * Codes with two real uses: the words choose between them, and the code's own reading stands
 * when they name neither (the words cannot pull the code anywhere else).
 */
const TWO_USES: Record<string, ReadonlySet<Reason>> = {
  // Mail system congestion: too many connections, or (Sendmail's 452 4.4.5) a disk running full.
  'X.4.5': new Set<Reason>(['toomanyconn', 'systemfull']),
  // Sender address has a null MX (RFC 7505), or Gmail's refusal of mail that failed SPF.
  'X.7.27': new Set<Reason>(['notaccept', 'authfailure']),
  // No answer from host by the registry; in 5.4.1 replies (Microsoft, Zoho) a refused recipient.
  '5.4.1': new Set<Reason>(['rejected', 'userunknown']),
};

function subject(status: string | null): string {
  return status ? status.slice(2) : '';
}

/** Either reading of a status code with two real uses, or undefined. */
function twoUses(status: string | null): ReadonlySet<Reason> | undefined {
  if (!status) return undefined;
  return TWO_USES[status] ?? TWO_USES[`X.${subject(status)}`];
}

/**
 * Whether the reply quotes the recipient address the way MTAs answer RCPT TO: Postfix's
 * `<kim@example.com>: ...` and Sendmail's `kim@example.com... ...` (the address given in the
 * command, then the verdict). A refusal after DATA speaks of the message, not of an address.
 *
 * @example
 * answersRcpt('550 <kim@example.com>: User unknown', 'kim@example.com'); // true
 * answersRcpt('550 : User unknown', 'kim@example.com'); // false
 */
export function answersRcpt(diagnostic: string, recipient: string | null | undefined): boolean {
  if (!recipient) return false;
  const text = diagnostic.length > 2000 ? diagnostic.slice(0, 2000).toLowerCase() : diagnostic.toLowerCase();
  const addr = recipient.toLowerCase();
  for (let at = text.indexOf(addr); at >= 0; at = text.indexOf(addr, at + 1)) {
    const before = text[at - 1] ?? ' ';
    if (before !== '<' && before !== ' ' && before !== "'" && before !== '"') continue;
    let end = at + addr.length;
    if (before === '<') {
      if (text[end] !== '>') continue;
      end++;
    }
    if (text[end] === ':' || text.startsWith('...', end)) return true;
  }
  return false;
}

/** What the SMTP stage makes of a reason read from words. */
export interface Staged {
  reason: Reason;
  /** Why the reason moved, for the explanation ('' when it did not). */
  note: string;
}

/** How far `atStage` may move a reason. */
export interface StageOptions {
  /** The words can only be said of the recipient address (see PhraseRule.definite). */
  definite: boolean;
  /** The words themselves (a "denied" given to MAIL FROM refuses the sender). */
  phrase: string;
  /**
   * Read a whole bounce that does not say the refusal came at RCPT TO (or a content-filtering
   * gateway's bounce) as a filter. True for the classifier's generic phrases; false for an
   * article's signature, which is a server's own wording for one stage.
   */
  guess?: boolean;
}

/**
 * What the stage of the SMTP conversation makes of a reason read from words (the classifier's
 * phrase or an article's signature). "User unknown" or "domain does not exist" said of the
 * sender (X.1.7, X.1.8, MAIL FROM) refuses the sender. "User unknown" said after DATA, or not at
 * RCPT TO with a status code about the mailbox rather than the address (X.2.x: the mailbox
 * exists), is a filter that refused the message, as Sisimai reads it; so is, when `guess` is
 * on, one in a whole bounce that does not say it was refused at RCPT TO, unless the reply quotes
 * the recipient the way an answer to RCPT TO does (see `answersRcpt`). "Domain not found" said of
 * the HELO name refuses the sending host.
 *
 * @example
 * atStage('userunknown', { diagnostic: '550 5.2.1 <kim@example.com>... User Unknown', status: '5.2.1', replyCode: '550' }, { definite: false, phrase: 'User Unknown' }).reason; // 'filtered'
 * atStage('userunknown', { diagnostic: '550 <me@example.com>... User unknown', status: null, replyCode: '550', command: 'MAIL' }, { definite: false, phrase: 'User unknown' }).reason; // 'rejected'
 */
export function atStage(reason: Reason, input: ClassifyInput, opts: StageOptions): Staged {
  const command = input.command ?? null;
  const sub = subject(input.status);
  const guess = opts.guess ?? true;
  if (reason === 'hostunknown' && command === 'HELO') {
    return { reason: 'blocked', note: ' (said of the HELO name: the server refused the sending host)' };
  }
  if ((reason === 'userunknown' || reason === 'hostunknown') && (sub === '1.7' || sub === '1.8' || command === 'MAIL')) {
    return { reason: 'rejected', note: ' (said of the sender address)' };
  }
  if (reason === 'userunknown' && !sub.startsWith('1.')) {
    // (A status about the mailbox, X.2.x, still reads as the mailbox's filter.)
    if (command === 'DATA' && !sub.startsWith('2.') && DOCOMO.test(input.remoteHost ?? '')) {
      return { reason: 'rejected', note: ' (NTT docomo says "Unknown user" after DATA when the recipient\'s reception settings refuse the sender)' };
    }
    if (command === 'DATA') return { reason: 'filtered', note: ' (refused after DATA: the recipient exists but filters the message)' };
    if (!opts.definite && sub.startsWith('2.') && command !== 'RCPT') return { reason: 'filtered', note: ` (status ${input.status} is about the mailbox, not the address: a filter refused it)` };
    if (!opts.definite && guess && ((input.gateway && command !== 'RCPT') || (input.wholeBounce && !command && !answersRcpt(input.diagnostic, input.recipient)))) {
      return { reason: 'filtered', note: ' (the bounce does not say it was refused at RCPT TO: a filter refused it)' };
    }
  }
  if (reason === 'blocked' && command === 'MAIL' && /denied/i.test(opts.phrase)) {
    return { reason: 'rejected', note: ' (said when the sender was given: the sender is refused)' };
  }
  return { reason, note: '' };
}

/**
 * Decides the reason of one diagnosis.
 *
 * @example
 * classify({ diagnostic: '550 5.1.1 <kim@example.com>... too many recipients this hour', status: '5.1.1', replyCode: '550' }).reason; // 'speeding'
 * classify({ diagnostic: '554 5.7.1 Service unavailable', status: '5.7.1', replyCode: '554' }).reason; // 'blocked'
 */
export function classify(input: ClassifyInput): Classification {
  const { diagnostic, status, replyCode } = input;
  const command = input.command ?? null;
  const action = (input.action ?? '').toLowerCase();
  if (input.verdict === 'autoreply') {
    // An automatic reply that says the mailbox is no longer in use: the address is dead, not away.
    const gone = input.notice ? firstRule(input.notice, SUSPEND) : null;
    if (gone) return { reason: 'suspend', by: 'context', phrase: gone.phrase, detail: `an automatic reply that says "${gone.phrase}": the mailbox is out of use` };
    return { reason: 'vacation', by: 'report', detail: 'an automatic reply (out of office, vacation), not a bounce' };
  }
  if (input.reportType === 'feedback-report' || input.verdict === 'feedback') return { reason: 'feedback', by: 'report', detail: 'an abuse feedback report (ARF), not a bounce' };
  if (action === 'delivered' || action === 'relayed' || action === 'expanded' || action === 'deliverable' || status?.startsWith('2.')) {
    return { reason: 'delivered', by: 'status', detail: `the report says the message was ${action || 'delivered'}` };
  }
  if (input.verdict === 'delivered') return { reason: 'delivered', by: 'report', detail: 'a success notice: the message was delivered' };

  const byStatus = reasonOfStatus(status);
  const uses = twoUses(status);
  // A status code with a precise meaning (5.2.2 mailbox full, 5.3.4 too big, 5.6.x content, 5.7.25
  // no PTR) is not second-guessed; vague ones (5.1.1, 5.7.1, 4.4.x, X.0.0) leave it to the words.
  const precise = firstRule(diagnostic);
  if (precise?.beatsStatus) {
    return { reason: precise.reason, by: 'phrase', phrase: precise.phrase, detail: `the server's text says "${precise.phrase}"`, strong: true };
  }
  if (byStatus && !uses && !VAGUE.has(byStatus)) return { reason: byStatus, by: 'status', detail: `status ${status} means ${byStatus}`, strong: true };
  // The words were read once above; a code with two uses reads them again, limited to its readings.
  let hit = uses ? firstRule(diagnostic, uses) : precise;
  if (uses && byStatus && !hit) return { reason: byStatus, by: 'status', detail: `status ${status} means ${byStatus}`, strong: true };
  // "Try again later" says less than any status code.
  if (hit?.weak && byStatus) hit = null;
  // A reply whose only words restate its class ("450 4.0.0 Temporary failure") names no cause.
  if (hit?.weak && CLASS_ONLY.test(diagnostic)) return { reason: 'onhold', by: 'default', detail: `the reply only says "${hit.phrase}": it names no cause` };
  // The local delivery program (procmail, a pipe) failed: whatever it printed, it is a mailer error.
  // (A delivery program's own output has no SMTP reply code; "554 ... Service unavailable" under
  // x-unix is the MTA refusing, read as any reply.)
  const localProgram = (input.diagnosticType ?? '').startsWith('x-unix') && (!replyCode || EXIT_TEXT.test(diagnostic));
  if (localProgram && hit?.reason !== 'mailboxfull') {
    return { reason: 'mailererror', by: 'context', detail: 'the local delivery program failed (x-unix)' };
  }
  if (hit) {
    if (hit.reason === 'expired' && byStatus && byStatus !== 'expired' && byStatus !== 'networkerror') {
      // "I'm not going to try again" wraps the real error: the code says which. Unless the
      // wrapped error only said "try again later" (Yahoo's busy "Resources temporarily
      // unavailable"): then nothing lasting stopped it, and the message expired.
      const inner = firstRule(diagnostic, BUT_EXPIRED);
      if (!inner?.weak) return { reason: byStatus, by: 'status', detail: `status ${status} means ${byStatus}` };
    }
    const definite = hit.definite;
    // A bare "user unknown" from the remote, where the recipient's paragraph or report (PowerMTA's
    // `Status: 5.2.1 (mailbox disabled, not accepting messages)`) or the notice of the one failed
    // recipient says the account is disabled (au's "The user(s) account is disabled."): the
    // account exists.
    const disabled = hit.reason === 'userunknown' && !definite && (input.context || input.notice) ? firstRule(`${input.context ?? ''}\n${input.notice ?? ''}`, SUSPEND) : null;
    if (disabled) {
      return { reason: 'suspend', by: 'context', phrase: disabled.phrase, detail: `the server's text says "${hit.phrase}", and the bounce says "${disabled.phrase}"`, strong: true };
    }
    const staged = atStage(hit.reason, input, { definite, phrase: hit.phrase });
    return { reason: staged.reason, by: 'phrase', phrase: hit.phrase, detail: `the server's text says "${hit.phrase}"${staged.note}`, strong: true, definite };
  }
  if (byStatus) return { reason: byStatus, by: 'status', detail: `status ${status} means ${byStatus}` };
  if (/@googlegroups\.com$/i.test(input.recipient ?? '')) {
    return { reason: 'rejected', by: 'context', detail: 'Google Groups refused the post: the sender may not post to this group (or it does not exist)' };
  }

  const ctx = input.context ? firstRule(input.context) : null;
  if (ctx && ctx.reason !== 'vacation') {
    const staged = atStage(ctx.reason, input, { definite: ctx.definite, phrase: ctx.phrase });
    return { reason: staged.reason, by: 'context', phrase: ctx.phrase, detail: `the bounce says "${ctx.phrase}"${staged.note}`, definite: ctx.definite };
  }
  if (localProgram) return { reason: 'mailererror', by: 'context', detail: 'the local delivery program failed (x-unix)' };
  if (command === 'MAIL') return { reason: 'rejected', by: 'context', detail: 'the server refused the sender (MAIL FROM)' };
  if (command === 'HELO' || command === 'CONN') return { reason: 'blocked', by: 'context', detail: 'the server refused the connection itself (greeting or HELO)' };
  const byReply = reasonOfReply(replyCode);
  if (byReply) return { reason: byReply, by: 'reply', detail: `reply code ${replyCode} usually means ${byReply}` };
  if (action === 'delayed') return { reason: 'expired', by: 'context', detail: 'delivery is delayed and will be retried' };
  const said = input.notice ? firstRule(input.notice) : null;
  if (said && said.reason !== 'vacation' && !said.weak) {
    const staged = atStage(said.reason, input, { definite: said.definite, phrase: said.phrase });
    return { reason: staged.reason, by: 'context', phrase: said.phrase, detail: `the bounce says "${said.phrase}"${staged.note}`, definite: said.definite };
  }
  if (input.filterSign) return { reason: 'filtered', by: 'context', detail: 'the words name no cause, and the bounce\'s X-SPASIGN: NG header says the recipient\'s filter refused the message' };
  // Header or report fields picked up where no reply was found say nothing about a cause.
  if (diagnostic.trim() && !/^\s*(?:reporting-mta|content-type|content-transfer-encoding|x-postfix-[\w-]+|arrival-date|mime-version|received)\s*:/i.test(diagnostic)) {
    return { reason: 'onhold', by: 'default', detail: 'the text gives no recognisable reason' };
  }
  return { reason: 'undefined', by: 'default', detail: 'there is no diagnostic text' };
}
