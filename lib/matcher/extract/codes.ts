/**
 * Finding SMTP reply codes (`550`) and enhanced status codes (`5.7.1`, qmail's `#5.1.1`,
 * Exchange's `#550 5.1.1 ... ##`) in free text, without taking IP octets, ports, dates,
 * version numbers or message ids for codes. Every pattern here is linear: no nested
 * quantifiers, so a 100k-character line cannot make them backtrack.
 */

/** A code found in a text, with its position (of the code itself, without a leading `#`). */
export interface CodeHit {
  code: string;
  index: number;
  /** How sure we are it is a code: 3 = reply code followed by a status code, 1 = a bare number. */
  strength: number;
}

// `5.7.1`, `#5.1.1`, `4.4.316`; not inside `192.0.2.1`, `8.2.234.1`, `v5.1.1` or `5.1.1.1`.
const STATUS_RE = /(?<![\w.\-/=])#?([245]\.\d{1,3}\.\d{1,3})(?![\w\-]|\.\d)/g;

// A reply code: three digits 2xx-5xx whose second digit is 0-5 (RFC 5321), standing alone:
// after the start, a space, `(`, `[`, `;`, `>`, `'`, `"`, `#` or `=` (not `:`, which precedes ports and IPv6 groups); followed by a space,
// `-`, or the end. `192.0.2.153`, `:25`, `23:34:45`, `+0900` never qualify.
const REPLY_RE = /(?<![^\s(\[;>'"#=])([245][0-5]\d)(?=[\s\-]|$|[.,)'"](?:\s|$))/g;

// Header lines whose numbers are never delivery codes.
const HEADER_LINE = /^[ \t>]*(?:(?:re-?sent-)?subject|x-mailer|x-mailman-version|user-agent|x-[\w-]*version|date|message-id|references|in-reply-to)\s*:/i;

/** Whether `at` sits on a Subject (or mailer, version, date) header line of `text`. */
function onHeaderLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  return HEADER_LINE.test(text.slice(start, Math.min(at, start + 200)));
}

/**
 * Every enhanced status code in `text`, in order.
 *
 * @example
 * findStatusCodes('550 5.1.1 <a@b>: host 192.0.2.1 said (#5.1.1)').map((h) => h.code); // ['5.1.1', '5.1.1']
 */
export function findStatusCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  STATUS_RE.lastIndex = 0;
  for (let m = STATUS_RE.exec(text); m; m = STATUS_RE.exec(text)) {
    const code = m[1] as string;
    const [, subject] = code.split('.');
    // IANA subjects are 0-7; vendors stay inside 0-9. `5.10.2` is a version number.
    if (!subject || subject.length > 1) continue;
    // A version number on a Subject, mailer or user-agent line ("RELEASED Mailman 2.0.12").
    if (onHeaderLine(text, m.index)) continue;
    hits.push({ code, index: m.index + (m[0].startsWith('#') ? 1 : 0), strength: m[0].startsWith('#') ? 2 : 1 });
  }
  return hits;
}

/**
 * Every plausible reply code in `text`, strongest first within equal positions. Strength 3: followed by a
 * status code of the same class (`550 5.1.1`, `550-5.1.1`); 2: at the start, or after `said:`,
 * `reason:`, `;`, `#`, `<<<`; 1: anywhere else it stands alone.
 *
 * @example
 * findReplyCodes('host mx[192.0.2.1] said: 550 5.1.1 unknown').map((h) => [h.code, h.strength]); // [['550', 3]]
 */
export function findReplyCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  REPLY_RE.lastIndex = 0;
  for (let m = REPLY_RE.exec(text); m; m = REPLY_RE.exec(text)) {
    const code = m[1] as string;
    const at = m.index;
    if (onHeaderLine(text, at)) continue;
    const after = text.slice(at + 3, at + 12);
    const statusAfter = /^[ \-]#?([245])\.\d{1,3}\.\d{1,3}(?![\w\-]|\.\d)/.exec(after);
    let strength = 1;
    if (statusAfter && statusAfter[1] === code[0]) strength = 3;
    else if (statusAfter) strength = 2;
    else {
      const before = text.slice(Math.max(0, at - 12), at);
      if (at === 0 || /(?:^|[:;#(\['"]|<<<|\n)\s*$/.test(before) || /\b(?:said|reason|returned was|error|response)[:\s]\s*$/i.test(before)) strength = 2;
    }
    hits.push({ code, index: at, strength });
  }
  return hits;
}

/** The reply code and status code a diagnostic leads with. */
export interface LeadCodes {
  replyCode: string | null;
  status: string | null;
  /** Index of the reply code (or of the status code when there is no reply code), -1 if none. */
  index: number;
}

/**
 * The codes a diagnostic is about: the first strong reply code and the status code right after it
 * (or else the first status code anywhere, qmail's `(#5.1.1)` included).
 *
 * @example
 * leadCodes('Remote host said: 550 5.7.1 RDENY The receiver denied your mail.'); // { replyCode: '550', status: '5.7.1', index: 18 }
 * leadCodes("Sorry, I couldn't find any host by that name. (#4.1.2)"); // { replyCode: null, status: '4.1.2', index: 48 }
 */
export function leadCodes(text: string): LeadCodes {
  const window = text.length > 4000 ? text.slice(0, 4000) : text;
  let replies = findReplyCodes(window);
  const statuses = findStatusCodes(window);
  // A transcript's successful steps ("250 2.0.0 Ok", "222 Number of lines") are not the failure:
  // when a 4xx/5xx reply stands out as clearly, the 2xx/3xx ones are left aside.
  const failing = replies.filter((h) => h.code[0] === '4' || h.code[0] === '5');
  if (failing.some((h) => h.strength >= 2)) replies = failing;
  // A bare 2xx/3xx number inside a notice ("Number of lines: 222") is no reply; a pasted success
  // line starts with it or carries a status code.
  else replies = replies.filter((h) => h.code[0] === '4' || h.code[0] === '5' || h.strength === 3 || h.index === 0);
  let reply: CodeHit | undefined = replies.find((h) => h.strength === 3) ?? replies.find((h) => h.strength === 2);
  if (!reply && replies.length && window.length < 300 && replies[0]?.index === 0) reply = replies[0];
  let status: string | null = null;
  if (reply) {
    const near = statuses.find((s) => s.index > reply!.index && s.index <= reply!.index + 6);
    status = near?.code ?? statuses.find((s) => s.code[0] === reply!.code[0])?.code ?? null;
    if (reply.code[0] === '2' && status && status[0] !== '2') status = null;
  } else {
    // A success code (2.x.x) with no reply code is a number in prose ("wxPython 2.3.0"), not a
    // report: success notices carry it in a DSN field or after a 2xx reply.
    status = statuses.find((s) => s.code[0] !== '2')?.code ?? null;
  }
  // "4.4.7 Message expired ... <421 4.4.2 Connection timed out>": the expiry wraps the real error.
  if (status && /^\d\.4\.7$/.test(status)) {
    const inner = statuses.find((s) => s.code !== status && s.index > (reply?.index ?? statuses[0]?.index ?? 0));
    if (inner) status = inner.code;
  }
  const index = reply ? reply.index : status ? (statuses.find((s) => s.code === status)?.index ?? -1) : -1;
  return { replyCode: reply?.code ?? null, status, index };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The repeat patterns of `joinContinuations`, by reply code and status (global: `replace` resets them). */
const REPEATS = new Map<string, RegExp>();

/**
 * Joins a multi-line server reply into one line, dropping the repeated `550-5.1.1` prefixes of
 * continuation lines (`550-5.7.26 Unauthenticated ... 550-5.7.26 DMARC policy.` becomes
 * `550-5.7.26 Unauthenticated ... DMARC policy.`). Whitespace runs become one space.
 *
 * @example
 * joinContinuations('550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking'); // '550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking'
 */
export function joinContinuations(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  const lead = /(?<![^\s(:;'"#])([245]\d\d)([ \-])(#?[245]\.\d{1,3}\.\d{1,3}(?=\s|$))?/.exec(text);
  if (!lead) return text;
  const code = lead[1] as string;
  const status = lead[3] ?? null;
  // Each continuation repeats the prefix (`550-5.1.1 `), at a line start or, once an MTA has
  // re-wrapped the reply, anywhere in a line: drop every repeat after the lead.
  const key = `${code} ${status ?? ''}`;
  let repeat = REPEATS.get(key);
  if (!repeat) {
    repeat = status
      ? new RegExp(`(?<=\\s)${code}[ \\-]${escapeRe(status)}(?:\\s+|$)`, 'g')
      : new RegExp(`(?<=\\s)${code}-(?=\\S)`, 'g');
    // Few codes recur in a day's bounces; the map stays small (cleared when full).
    if (REPEATS.size >= 512) REPEATS.clear();
    REPEATS.set(key, repeat);
  }
  const start = lead.index + lead[0].length;
  return (text.slice(0, start) + text.slice(start).replace(repeat, '')).replace(/\s+/g, ' ').trim();
}
