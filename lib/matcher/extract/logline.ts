/**
 * MTA log lines: Postfix (`to=<kim@...>, relay=..., dsn=5.1.1, status=bounced (host ... said: ...)`),
 * Sendmail (`to=<kim@...>, ..., relay=..., dsn=4.1.8, stat=Deferred: 451 4.1.8 ...`) and Exim
 * (`** kim@... R=dnslookup T=remote_smtp H=mx [ip]: SMTP error from remote mail server after RCPT TO:...: 550 ...`).
 */
import { joinContinuations, leadCodes } from './codes';
import { findCommand, findRemoteHost } from './context';
import type { HumanBlock } from './human';

/** A log record: a HumanBlock plus the delivery state the log gives. */
export interface LogRecord extends HumanBlock {
  action: string | null;
  dsnStatus: string | null;
}

// The recipient and the status are found apart and then ordered: one pattern `to=<...>,.*?status=`
// rescans the rest of the line from every `to=` and turns quadratic on a line of them.
const POSTFIX_TO = /\bto=<([^>\s]{1,320})>,/i;
const POSTFIX_STATUS = /\bstatus=(bounced|deferred|sent|expired|undeliverable)\b\s*\(([^\n]{0,4000})\)?/i;
const SENDMAIL_TO = /\bto=<?([^>,\s]{1,320})>?,/i;
const SENDMAIL_STAT = /\bstat=([^\n]{0,4000})/i;
const EXIM = /\s(\*\*|==)\s+([^\s@]{1,64}@[^\s:]{1,255})\s+([^\n]{0,4000})$/;
const EXIM_TOKEN = /^(?:<[^>\s]{0,320}>|[A-Z]{1,3}=\S{0,255}|\[[^\]\s]{1,60}\]:?|\([^)]{0,100}\))\s*/;

/** Drops Exim's `<orig> R=router T=transport H=host [ip]:` tokens in front of the message. */
function eximMessage(rest: string): string {
  let r = rest;
  for (let i = 0; i < 12; i++) {
    const m = EXIM_TOKEN.exec(r);
    if (!m || !m[0]) break;
    r = r.slice(m[0].length);
  }
  return r.replace(/^:\s*/, '');
}
const DSN_FIELD = /\bdsn=([245]\.\d{1,3}\.\d{1,3})\b/;
const RELAY = /\brelay=([^\s,]{1,255})/;

const ACTIONS: Record<string, string> = { bounced: 'failed', deferred: 'delayed', sent: 'delivered', expired: 'failed', undeliverable: 'failed' };

function record(recipient: string, diagText: string, action: string | null, dsnStatus: string | null, line: string): LogRecord {
  const diag = joinContinuations(diagText).slice(0, 1500);
  const lead = leadCodes(diag);
  const from = lead.replyCode && lead.index > 0 ? diag.slice(lead.index) : diag;
  return {
    recipient: recipient.toLowerCase(),
    replyCode: lead.replyCode,
    // Postfix derives `dsn=5.0.0` from a reply that has no enhanced code: that is no status the
    // remote server gave.
    status: lead.status ?? (dsnStatus && !(lead.replyCode && dsnStatus.endsWith('.0.0')) ? dsnStatus : null),
    diagnostic: from,
    context: line.slice(0, 4000),
    command: findCommand(line),
    remoteHost: findRemoteHost(diag) ?? RELAY.exec(line)?.[1]?.replace(/:\d+$/, '') ?? null,
    action,
    dsnStatus,
  };
}

/**
 * Every delivery failure (or delay) logged in a text. Lines must be single log lines; at most
 * `max` records are read.
 *
 * @example
 * parseLogLines('postfix/smtp[1]: 4F2: to=<kim@hanmail.net>, relay=mx1.hanmail.net[203.0.113.5]:25, dsn=5.7.1, status=bounced (host mx1.hanmail.net[203.0.113.5] said: 554 5.7.1 DAS51 blocked (in reply to end of DATA command))');
 * // [{ recipient: 'kim@hanmail.net', replyCode: '554', status: '5.7.1', action: 'failed', command: 'DATA', ... }]
 */
export function parseLogLines(text: string, max = 200): LogRecord[] {
  const head = text.slice(0, 65536);
  if (!head.includes('@') || !/\b(?:to=<?[^\s@<>,]{1,320}@|\s(?:\*\*|==)\s+[^\s@]{1,320}@)/.test(head)) return [];
  const out: LogRecord[] = [];
  for (const line of text.split('\n', 20000)) {
    if (out.length >= max) break;
    if (line.length > 8000 || !line.includes('@')) continue;
    const dsn = DSN_FIELD.exec(line)?.[1] ?? null;
    const st = POSTFIX_STATUS.exec(line);
    const to = st ? POSTFIX_TO.exec(line) : null;
    if (st && to && to.index < st.index) {
      const action = ACTIONS[(st[1] as string).toLowerCase()] ?? null;
      if (action === 'delivered') continue;
      out.push(record(to[1] as string, (st[2] ?? '').replace(/\)\s*$/, ''), action, dsn, line));
      continue;
    }
    const stat = SENDMAIL_STAT.exec(line);
    const sto = stat ? SENDMAIL_TO.exec(line) : null;
    if (stat && sto && sto.index < stat.index) {
      const said = (stat[1] as string).trim();
      if (/^sent\b/i.test(said)) continue;
      out.push(record(sto[1] as string, said.replace(/^(?:deferred|service unavailable)\s*:\s*/i, ''), /^deferred/i.test(said) ? 'delayed' : 'failed', dsn, line));
      continue;
    }
    const m = EXIM.exec(line);
    if (m) out.push(record(m[2] as string, eximMessage((m[3] as string).trim()), m[1] === '**' ? 'failed' : 'delayed', dsn, line));
  }
  return out;
}
