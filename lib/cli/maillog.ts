/**
 * Mail logs (Postfix, Sendmail, Exim, qmail `mail.log`/`maillog`): each bounced or deferred
 * delivery is kept with its log line, grouped by queue id, and a group is handed on when its
 * message leaves the queue (or, for logs that never say so, when many newer groups arrive), so
 * memory stays flat on a log of any length.
 */

/** One message's failed or deferred deliveries: the log lines, as the matcher reads them. */
export interface LogGroup {
  queueId: string;
  /** What the matcher reads: the log lines (qmail's rewritten as the notice qmail would send). */
  lines: string[];
  /** The log lines as they are in the log, the evidence shown to the reader. */
  raw: string[];
}

const SYSLOG_PREFIX = String.raw`^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\S{0,32}) \S{1,255} `;
const SYSLOG_MTA = new RegExp(`${SYSLOG_PREFIX}(?:postfix[\\w/-]{0,40}|sendmail|sm-mta|sm-msp-queue|exim\\d?|qmail[\\w-]{0,20})(?:\\[\\d{1,10}\\])?: `);
const EXIM_MAIN = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?(?: [+-]\d{4})?(?: \[\d{1,10}\])? (?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} |Start |End |exim )/;
const QMAIL = /^(?:@[0-9a-f]{24} |\d{9,10}\.\d{1,9} )(?:starting delivery|delivery \d|new msg|info msg|end msg|status: )/;

/**
 * Whether the first lines of a text are a mail log (at least half of the first non-empty lines
 * are MTA log lines).
 *
 * @example
 * looksLikeMailLog('Nov 28 10:12:03 mail postfix/smtp[2211]: 4F2C13B0A1: to=<kim@example.com>, status=bounced (...)'); // true
 */
export function looksLikeMailLog(head: string): boolean {
  const lines = head.split('\n', 21).slice(0, 20).filter((l) => l.trim());
  if (!lines.length) return false;
  const hits = lines.filter((l) => SYSLOG_MTA.test(l) || EXIM_MAIN.test(l) || QMAIL.test(l)).length;
  return hits * 2 >= lines.length && hits > 0;
}

const POSTFIX_FAIL = /postfix[\w/-]{0,40}\[\d{1,10}\]: ([0-9A-Za-z]{5,20}): to=<[^>]{0,320}>,.*\bstatus=(?:bounced|deferred|expired|undeliverable)\b/;
const POSTFIX_END = /postfix[\w/-]{0,40}\[\d{1,10}\]: ([0-9A-Za-z]{5,20}): removed\b/;
const SENDMAIL_LINE = /(?:sendmail|sm-mta|sm-msp-queue)\[\d{1,10}\]: ([0-9A-Za-z]{8,20}): to=.*\bstat=(\S{1,40})/;
const EXIM_FAIL = / ([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) (?:\*\*|==) /;
const EXIM_END = / ([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) Completed\b/;
const QMAIL_START = /starting delivery (\d{1,12}): msg (\d{1,20}) to (?:local|remote) (\S{1,320})/;
const QMAIL_RESULT = /delivery (\d{1,12}): (failure|deferral): (.{0,4000})/;
const QMAIL_END = /end msg (\d{1,20})/;

/** Groups kept open at most: past this the oldest is handed on (logs that never say "removed"). */
const MAX_OPEN = 2000;
/** Lines kept per message (the matcher reads at most 100 failures per input). */
const MAX_LINES = 100;
const MAX_LINE = 8000;

/**
 * Reads a mail log line by line and hands on each message's failure lines. `push` a line at a
 * time, `end()` at the end of the log.
 *
 * @example
 * const g = new LogGrouper((group) => out.push(group));
 * for (const line of log.split('\n')) g.push(line);
 * g.end();
 */
export class LogGrouper {
  private open = new Map<string, LogGroup>();
  /** qmail: delivery number → message number and recipient. */
  private deliveries = new Map<string, { msg: string; rcpt: string }>();

  constructor(private readonly emit: (g: LogGroup) => void) {}

  private add(queueId: string, line: string, raw = line): void {
    let g = this.open.get(queueId);
    if (!g) {
      g = { queueId, lines: [], raw: [] };
      this.open.set(queueId, g);
      if (this.open.size > MAX_OPEN) this.close(this.open.keys().next().value as string);
    }
    if (g.lines.length < MAX_LINES) {
      g.lines.push(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
      g.raw.push(raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw);
    }
  }

  private close(queueId: string): void {
    const g = this.open.get(queueId);
    if (!g) return;
    this.open.delete(queueId);
    this.emit(g);
  }

  /** One log line (without its line break). */
  push(line: string): void {
    if (line.includes('postfix')) {
      const f = POSTFIX_FAIL.exec(line);
      if (f) return this.add(f[1] as string, line);
      const e = POSTFIX_END.exec(line);
      if (e) return this.close(e[1] as string);
      return;
    }
    if (line.includes('stat=')) {
      const s = SENDMAIL_LINE.exec(line);
      if (s && !/^sent\b/i.test(s[2] as string)) this.add(s[1] as string, line);
      return;
    }
    if (line.includes(' ** ') || line.includes(' == ')) {
      const x = EXIM_FAIL.exec(line);
      if (x) this.add(x[1] as string, line);
      return;
    }
    if (line.includes(' Completed')) {
      const x = EXIM_END.exec(line);
      if (x) this.close(x[1] as string);
      return;
    }
    if (line.includes('delivery ')) {
      const st = QMAIL_START.exec(line);
      if (st) {
        this.deliveries.set(st[1] as string, { msg: st[2] as string, rcpt: st[3] as string });
        if (this.deliveries.size > 4 * MAX_OPEN) this.deliveries.delete(this.deliveries.keys().next().value as string);
        return;
      }
      const r = QMAIL_RESULT.exec(line);
      if (r) {
        const d = this.deliveries.get(r[1] as string);
        this.deliveries.delete(r[1] as string);
        // qmail writes its reply with spaces as "_" and line breaks as "/": give the matcher the
        // notice qmail itself would send (`<rcpt>:` then the reply), the log line as evidence.
        const said = (r[3] as string).replace(/_/g, ' ').replace(/\//g, '\n').trim();
        const action = r[2] === 'failure' ? 'failed' : 'delayed';
        this.add(d?.msg ?? `delivery-${r[1]}`, `<${d?.rcpt ?? 'unknown'}>:\n${said}\n(qmail ${action})`, line);
      }
      return;
    }
    if (line.includes('end msg ')) {
      const e = QMAIL_END.exec(line);
      if (e) this.close(e[1] as string);
    }
  }

  /** The end of the log: every message still open is handed on, oldest first. */
  end(): void {
    for (const id of [...this.open.keys()]) this.close(id);
    this.deliveries.clear();
  }
}
