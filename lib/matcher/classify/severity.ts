/**
 * Temporary or permanent: what the bounce says first (the DSN `Action:`, the MTA's own sentence
 * "This is a permanent error", "I'm not going to try again", "will keep trying", an expiry after
 * retries), then the code's class. A message given up after retries is a permanent failure even
 * when its last code was 4.x.x (Exchange's `550 4.4.7 QUEUE.Expired`, `Action: failed` with
 * `Status: 4.4.7`).
 */

/** A severity and the words (or the field) that said it. */
export interface SeverityCall {
  severity: 'permanent' | 'transient';
  why: string;
}

// The MTA says it gave up on the message, after retries or at once: that decides even over a 4xx
// code ("(#4.4.1) I'm not going to try again", `Status: 4.4.7` after "retry timeout exceeded").
// Past or present tense only ("will give up" in Exim's delay warning is a promise).
const GAVE_UP: RegExp[] = [
  /\bnot going to try again\b/i,
  /\b(?:i'?ve|i have|has|have) given up\b/i,
  /\bgiving up\b/i,
  /\bgave up\b/i,
  /\bretry (?:timeout|time) exceeded\b/i,
  /\b(?:could not|couldn't|was not|has not been|cannot be) (?:be )?delivered (?:for|within|in) \d+(?:\.\d+)? ?(?:days?|hours?|d\b)/i,
  /\b(?:been )?(?:in the queue|queued) too long\b/i,
  /\bqueue\.expired\b/i,
  /\b(?:message|delivery) (?:time )?(?:has )?expired\b/i,
  /\bexpired after\b/i,
  /\bdelivery attempts? (?:have |has )?(?:failed|exhausted)\b/i,
  /\bmaximum (?:number of )?(?:delivery )?(?:attempts|retries)\b/i,
  /\bmessage (?:is|was) too old\b/i,
  /\bdelivery failed \d+ attempts\b/i,
  /\bmessage has been (?:deleted|returned)\b/i,
  /\bno (?:further|more) (?:delivery )?(?:attempts|retries) will be made\b/i,
];

// Words that call the failure final: the notice's own sentence decides; in a bare reply the
// code's class comes first ("421 ... permanently deferred" is still a 4xx the sender retries).
const PERMANENT: RegExp[] = [
  /\bpermanent(?:ly)? (?:error|failure|fatal|delivery failure|failed|rejected|undeliverable|problem|deferred|blocked|refused)/i,
  /\b(?:this|the following) is a permanent\b/i,
  /\bfatal (?:error|delivery)/i,
  /\bretrying will not succeed\b|\bwill not succeed\b/i,
  /\bwill not (?:try|retry|attempt) (?:again|any ?more|further)\b/i,
  /\bunrecoverable error\b/i,
  /\bhard (?:bounce|error)\b/i,
];

// The MTA says it will try again: a delay warning.
const TRANSIENT: RegExp[] = [
  /\bwill (?:keep|continue to|continue) (?:trying|try|retry|attempting|to attempt)\b/i,
  /\b(?:delivery )?attempts will continue\b/i,
  /\bwill (?:be )?retr(?:y|ied)\b/i,
  /\bwill try (?:again|to deliver|to resend)\b/i,
  /\bstill (?:trying|being retried|undelivered|in the queue|pending)\b/i,
  /\b(?:has been|was|is being) delayed\b/i,
  /\bdelivery (?:is |has been )?delayed\b/i,
  /\b(?:has|have) not yet been delivered\b/i,
  /\bnot (?:been )?delivered yet\b/i,
  /\bthis is (?:only )?a warning\b/i,
  /\bwarning: (?:message|could not send)/i,
  /\bdo(?: not|n't) need to (?:re-?send|resend)\b/i,
  /\bno action is required\b/i,
  /\bwill be attempted again\b/i,
];

// Each list scanned once as one alternation: the text is read one time per list, not per pattern.
const ONE = new Map<RegExp[], RegExp>();
function joined(res: RegExp[]): RegExp {
  let re = ONE.get(res);
  if (!re) {
    re = new RegExp(res.map((r) => `(?:${r.source})`).join('|'), 'i');
    ONE.set(res, re);
  }
  return re;
}

/** The first phrase of `res` that occurs in `text`, as written there. */
function said(res: RegExp[], text: string): string | null {
  return joined(res).exec(text)?.[0] ?? null;
}

/** What the severity is read from. */
export interface SeverityInput {
  action: string | null;
  status: string | null;
  replyCode: string | null;
  /** The reply and the recipient's paragraph. */
  diagnostic: string;
  context?: string;
  /** Sentences of the whole notice that speak for every recipient (single-recipient bounces). */
  notice?: string;
  /** What the whole input is (see `Verdict`): a bounce notice that returns the message, or a delay warning. */
  kind?: 'bounce' | 'delay' | null;
}

/**
 * The severity of one diagnosis and why, or null when nothing says it.
 *
 * @example
 * severityOf({ action: 'failed', status: '4.4.7', replyCode: null, diagnostic: '' }); // { severity: 'permanent', why: 'Action: failed' }
 * severityOf({ action: null, status: null, replyCode: null, diagnostic: "I'm not going to try again; this message has been in the queue too long." })?.severity; // 'permanent'
 * severityOf({ action: null, status: null, replyCode: '450', diagnostic: '450 4.2.0 greylisted' })?.severity; // 'transient'
 */
export function severityOf(r: SeverityInput): SeverityCall | null {
  const action = (r.action ?? '').toLowerCase();
  if (action === 'failed') return { severity: 'permanent', why: 'the report says Action: failed' };
  if (action === 'delayed') return { severity: 'transient', why: 'the report says Action: delayed (the server will retry)' };
  const own = `${r.diagnostic}\n${r.context ?? ''}`.slice(0, 8000);
  const notice = (r.notice ?? '').slice(0, 16000);
  const all = `${own}\n${notice}`;
  const gaveUp = said(GAVE_UP, all);
  if (gaveUp) return { severity: 'permanent', why: `the bounce says "${gaveUp}"` };
  const words = (): SeverityCall | null => {
    const perm = said(PERMANENT, all);
    if (perm) return { severity: 'permanent', why: `the bounce says "${perm}"` };
    const temp = said(TRANSIENT, all);
    return temp ? { severity: 'transient', why: `the bounce says "${temp}"` } : null;
  };
  // A whole notice speaks for itself; a pasted reply is first what its code says.
  const whole = r.kind === 'bounce' || r.kind === 'delay';
  if (whole) {
    const w = words();
    if (w) return w;
  }
  // A 5xx reply wrapping a 4.x.x status (`550 4.4.7 QUEUE.Expired`) is the final answer.
  if (r.replyCode?.[0] === '5') return { severity: 'permanent', why: `reply code ${r.replyCode} is a permanent failure` };
  const c = (r.status ?? r.replyCode ?? '')[0];
  if (c === '5') return { severity: 'permanent', why: `code ${r.status ?? r.replyCode} is a permanent failure (5)` };
  if (c === '4') {
    // A notice that returns the message after a 4xx code has given up on it.
    if (r.kind === 'bounce') return { severity: 'permanent', why: `the notice returns the message although the last code (${r.status ?? r.replyCode}) was temporary` };
    return { severity: 'transient', why: `code ${r.status ?? r.replyCode} is a temporary failure (4)` };
  }
  if (!whole) {
    const w = words();
    if (w) return w;
  }
  if (r.kind === 'bounce') return { severity: 'permanent', why: 'the notice returns the message as undeliverable (not a delay warning)' };
  if (r.kind === 'delay') return { severity: 'transient', why: 'the notice is a delay warning: the server will retry' };
  return null;
}

/**
 * Whether the words of a notice say it is a delay warning (the server keeps trying) rather than
 * a final failure: a transient sentence and no permanent one.
 *
 * @example
 * saysDelay('This is a warning message only. Delivery attempts will continue.'); // true
 * saysDelay("This is a permanent error; I've given up."); // false
 */
export function saysDelay(text: string): boolean {
  const t = text.slice(0, 16000);
  return !said(GAVE_UP, t) && !said(PERMANENT, t) && !!said(TRANSIENT, t);
}

/**
 * Whether the words of a notice say the failure is final.
 *
 * @example
 * saysPermanent('This is a permanent error.'); // true
 */
export function saysPermanent(text: string): boolean {
  const t = text.slice(0, 16000);
  return !!said(GAVE_UP, t) || !!said(PERMANENT, t);
}
