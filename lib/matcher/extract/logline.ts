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

const POSTFIX = /\bto=<([^>\s]{1,320})>,.*?\bstatus=(bounced|deferred|sent|expired|undeliverable)\b\s*\(([^\n]{0,4000})\)?/i;
const SENDMAIL = /\bto=<?([^>,\s]{1,320})>?,.*?\bstat=([^\n]{0,4000})/i;
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
  if (!/\b(?:to=<?[^\s]+@|\s(?:\*\*|==)\s+\S+@)/.test(text.slice(0, 65536))) return [];
  const out: LogRecord[] = [];
  for (const line of text.split('\n', 20000)) {
    if (out.length >= max) break;
    if (line.length > 8000 || !line.includes('@')) continue;
    const dsn = DSN_FIELD.exec(line)?.[1] ?? null;
    let m = POSTFIX.exec(line);
    if (m) {
      const action = ACTIONS[(m[2] as string).toLowerCase()] ?? null;
      if (action === 'delivered') continue;
      out.push(record(m[1] as string, (m[3] ?? '').replace(/\)\s*$/, ''), action, dsn, line));
      continue;
    }
    m = SENDMAIL.exec(line);
    if (m && /\bstat=/.test(line)) {
      const stat = (m[2] as string).trim();
      if (/^sent\b/i.test(stat)) continue;
      out.push(record(m[1] as string, stat.replace(/^(?:deferred|service unavailable)\s*:\s*/i, ''), /^deferred/i.test(stat) ? 'delayed' : 'failed', dsn, line));
      continue;
    }
    m = EXIM.exec(line);
    if (m) out.push(record(m[2] as string, eximMessage((m[3] as string).trim()), m[1] === '**' ? 'failed' : 'delayed', dsn, line));
  }
  return out;
}
