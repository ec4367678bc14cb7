/**
 * Extraction: from whatever was pasted to one record per failed recipient, with the reply code,
 * the enhanced status code, the remote server's text, the host and the SMTP command.
 */
import { addressesIn } from './address';
import { joinContinuations, leadCodes } from './codes';
import { findCommand, findRemoteHost } from './context';
import { decodeUnknown } from './charset';
import { MIME_CAP, readBodyAsText, readInput, type BounceDoc } from './decode';
import { hasDsnFields, parseDsn, type DsnRecord } from './dsn';
import { parseHuman, type HumanBlock } from './human';
import { parseLogLines } from './logline';
import { aolScreenNames, namedInReply } from './recipients';

/** One failed recipient (or one pasted reply), before classification. */
export interface Extracted {
  recipient: string | null;
  replyCode: string | null;
  status: string | null;
  /** The DSN `Status:` field, when there is one (the text's own code may differ). */
  dsnStatus: string | null;
  diagnostic: string;
  /** The DSN diagnostic type: `smtp`, `x-unix`, `x-postfix`... */
  diagnosticType: string | null;
  /** The words around the reply (the recipient's paragraph), for phrases said outside it. */
  context: string;
  command: string | null;
  remoteHost: string | null;
  action: string | null;
}

/** Everything read from one input. */
export interface Extraction {
  kind: 'message' | 'text' | 'code' | 'empty' | 'binary';
  records: Extracted[];
  /** The readable notice (cut before the returned message), for phrases and providers. */
  text: string;
  headers: Record<string, string>;
  reportType: string | null;
  notes: string[];
  /** For a bare code query: the code as typed (`5.7.1`, `550`, `X.7.1`). */
  code?: string;
  /**
   * The bounce comes from a content-filtering gateway (McAfee, m-FILTER, SurfControl): its
   * "user unknown" is said after the filter looked at the message.
   */
  gateway?: boolean;
  /** The `message/feedback-report` part of an abuse report (ARF). */
  feedback?: string;
  /** The `To:` of the message an abuse report or a bounce returns, when it was read. */
  reportedTo?: string | null;
}

/** An mbox separator line (`From MAILER-DAEMON  Thu Apr 29 23:34:45 2015`) starting a message. */
const MBOX_FROM = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d\d:\d\d/m;

/** `550`, `5.7.1`, `#5.1.1`, `X.7.1`: the whole input is one code. */
const BARE_CODE = /^\s*#?([245][0-5]\d|[245xX]\.\d{1,3}\.\d{1,3})\s*$/;

/**
 * Which status code to believe when the DSN `Status:` field and the reply's own text disagree:
 * the one whose class agrees with the reply code, else the more specific one.
 *
 * @example
 * preferStatus('5.0.0', '5.1.1', '550'); // '5.1.1'
 */
export function preferStatus(field: string | null, inText: string | null, reply: string | null): string | null {
  if (!field) return inText;
  if (!inText || field === inText) return field;
  if (reply) {
    if (field[0] === reply[0] && inText[0] !== reply[0]) return field;
    if (inText[0] === reply[0] && field[0] !== reply[0]) return inText;
  }
  const [, fs, fd] = field.split('.');
  const [, ts, td] = inText.split('.');
  if (fs === '0' && fd === '0') return inText;
  if (ts === '0' && td === '0') return field;
  if (fd === '0' && td !== '0') return inText;
  if (field.endsWith('.4.7') || field === '4.7.0' || field.startsWith('5.3.') || /^\d\.5\.[1245]$/.test(field)) return inText;
  // A DSN that says 5.1.1 for every refusal: the reply's own code is more precise.
  if (field === '5.1.1' && td !== '0' && !inText.startsWith('5.5.')) return inText;
  return field;
}

function informativeness(d: string): number {
  if (!d) return 0;
  const lead = leadCodes(d);
  return (lead.replyCode ? 2 : 0) + (lead.status ? 1 : 0) + (d.length > 15 ? 1 : 0);
}

function fromHuman(b: HumanBlock, action: string | null = null, dsnStatus: string | null = null): Extracted {
  return {
    recipient: b.recipient,
    replyCode: b.replyCode,
    status: preferStatus(dsnStatus, b.status, b.replyCode),
    dsnStatus,
    diagnostic: b.diagnostic,
    diagnosticType: null,
    context: b.context,
    command: b.command,
    remoteHost: b.remoteHost,
    action,
  };
}

function fromDsn(rec: DsnRecord, block: HumanBlock | undefined): Extracted {
  const dsnDiag = joinContinuations(rec.diagnostic).slice(0, 1500);
  const humanDiag = block?.diagnostic ?? '';
  // The DSN's own Diagnostic-Code wins whenever it carries a code; the notice fills in otherwise.
  const useHuman = informativeness(dsnDiag) < 3 && informativeness(humanDiag) > informativeness(dsnDiag);
  const diagnostic = useHuman ? humanDiag : dsnDiag;
  const lead = leadCodes(diagnostic);
  // The reporting MTA's gloss of the status (`(mailbox disabled, not accepting messages)`) is
  // part of what the report says about this recipient.
  const context = [dsnDiag, block?.context ?? '', rec.statusNote ?? ''].filter(Boolean).join('\n').slice(0, 8000);
  return {
    recipient: rec.recipient ?? block?.recipient ?? null,
    replyCode: lead.replyCode ?? (useHuman ? null : block?.replyCode ?? null),
    status: preferStatus(rec.status, lead.status, lead.replyCode),
    dsnStatus: rec.status,
    diagnostic,
    diagnosticType: rec.diagnosticType,
    context,
    command: block?.command ?? findCommand(dsnDiag),
    remoteHost: rec.remoteMta ?? block?.remoteHost ?? findRemoteHost(dsnDiag),
    action: rec.action,
  };
}

function merge(doc: BounceDoc): Extracted[] {
  const dsn: DsnRecord[] = [];
  for (const part of doc.dsn) dsn.push(...parseDsn(part));
  if (!dsn.length && hasDsnFields(doc.text)) dsn.push(...parseDsn(doc.text));
  const logs = parseLogLines(doc.text);
  if (logs.length && !dsn.length) return logs.map((l) => fromHuman(l, l.action, l.status === null ? null : l.dsnStatus));
  const human = parseHuman(doc.text);
  if (!dsn.length) return human.map((b) => fromHuman(b));

  const byAddr = new Map<string, HumanBlock>();
  for (const b of human) if (b.recipient) byAddr.set(b.recipient, b);
  const seen = new Set<string>();
  const out: Extracted[] = [];
  for (const rec of dsn) {
    const key = (rec.recipient ?? '').toLowerCase();
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    let block = byAddr.get(key) ?? (rec.originalRecipient ? byAddr.get(rec.originalRecipient.toLowerCase()) : undefined);
    if (!block && dsn.length === 1 && human.length === 1) block = human[0];
    if (!block && human.length === dsn.length) block = human[out.length];
    out.push(fromDsn(rec, block));
  }
  return out;
}

/** The `To:` address of a returned or reported message (its header block only). */
function copyRecipient(bytes: Uint8Array | undefined): string | null {
  if (!bytes) return null;
  const head = decodeUnknown(bytes.subarray(0, 16384)).split(/\r?\n\r?\n/, 1)[0] ?? '';
  // Hotmail's complaint reports name the complaining mailbox in their own header.
  const to = /^x-hmxmroriginalrecipient:[ \t]*<?([^\s<>,;"]+@[^\s<>,;"]+)/im.exec(head) ?? /^to:[ \t]*(?:[^\n<]{0,200}<)?([^\s<>,;"]+@[^\s<>,;"]+)/im.exec(head);
  return to ? (to[1] as string).toLowerCase() : null;
}

/**
 * Reads an input and returns one record per failed recipient, in bounce order.
 *
 * @example
 * const x = await extract('<kim@hanmail.net> (reason: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06))');
 * x.records[0]; // { recipient: 'kim@hanmail.net', replyCode: '554', status: '5.7.1', diagnostic: '554 5.7.1 DAS51 ...', ... }
 */
export async function extract(input: string | Uint8Array, depth = 0): Promise<Extraction> {
  // A code typed or piped on its own (`echo 5.7.1 | bouncekb match`).
  const short = typeof input === 'string' ? (input.length < 64 ? input : null) : input.length < 64 ? new TextDecoder().decode(input) : null;
  if (short !== null) {
    const code = BARE_CODE.exec(short);
    if (code) {
      const c = (code[1] as string).replace(/^x/, 'X');
      return { kind: 'code', records: [], text: short.trim(), headers: {}, reportType: null, notes: [], code: c };
    }
  }
  let doc = await readInput(input);
  let records = doc.kind === 'empty' || doc.kind === 'binary' ? [] : merge(doc);
  if (doc.kind === 'message' && !records.some((r) => r.diagnostic || r.status)) {
    // A MIME structure that hides the notice (no boundary lines, odd parameters): read the body as text.
    const raw = readBodyAsText(input);
    const again = merge(raw);
    if (again.some((r) => r.diagnostic || r.status)) {
      records = again;
      doc = { ...doc, text: raw.text, dsn: raw.dsn };
    }
  }
  // Exim and Google list the failed recipients in a header: trust it over addresses met in the text
  // (a greeting to the sender, "Hello kim@example.com,", is not a failure).
  const failed: string[] = addressesIn((doc.headers['x-failed-recipients'] ?? '').toLowerCase());
  if (failed.length && !doc.dsn.length) {
    const listed = records.filter((r) => r.recipient && failed.includes(r.recipient));
    if (listed.length) records = listed;
    else if (records.length) {
      const first = records[0] as Extracted;
      records = failed.map((addr) => ({ ...first, recipient: addr }));
    }
  }
  // A bounce forwarded as an attachment: look inside once (reading the whole message this time).
  if (depth === 0 && !records.some((r) => r.replyCode || r.status) && doc.copyLeftOut) {
    const whole = await readInput(input, { whole: true });
    doc = { ...doc, nested: whole.nested };
  }
  if (depth === 0 && doc.nested.length && !records.some((r) => r.replyCode || r.status)) {
    for (const bytes of doc.nested.slice(0, 2)) {
      const inner = await extract(bytes, 1);
      if (inner.records.some((r) => r.replyCode || r.status)) {
        records = inner.records;
        doc.text = `${doc.text}\n${inner.text}`.slice(0, 65536);
        break;
      }
    }
  }
  // A bounce forwarded inline (OCN and others paste it into a text/plain body after an mbox
  // `From MAILER-DAEMON ...` line): read the message that starts there.
  if (depth === 0 && doc.kind === 'message' && !records.some((r) => r.replyCode || r.status)) {
    const raw = typeof input === 'string' ? input.slice(0, MIME_CAP) : decodeUnknown(input.subarray(0, MIME_CAP));
    const from = MBOX_FROM.exec(raw);
    if (from && from.index > 0) {
      const inner = await extract(raw.slice(from.index), 1);
      if (inner.records.some((r) => r.replyCode || r.status)) {
        records = inner.records;
        doc.text = `${doc.text}\n${inner.text}`.slice(0, 65536);
      }
    }
  }
  if (!records.some((r) => r.recipient)) {
    const names = aolScreenNames(doc.text, doc.headers.from ?? '');
    const first = records[0];
    if (names.length) records = names.map((recipient) => ({ ...(first ?? { replyCode: null, status: null, dsnStatus: null, diagnostic: '', diagnosticType: null, context: '', command: null, remoteHost: null, action: null }), recipient }));
  }
  if (!doc.dsn.length) records = namedInReply(records);
  const gateway = !!doc.headers['x-nai-header'] || !!doc.headers['x-sef-processed'] || /m-filter/i.test(doc.headers['x-mailer'] ?? '');
  const reportedTo = doc.feedback !== undefined || /complaint|abuse|feedback/i.test(doc.headers.subject ?? '') ? copyRecipient(doc.nested[0]) : null;
  return { kind: doc.kind, records, text: doc.text, headers: doc.headers, reportType: doc.reportType, notes: doc.notes, gateway, feedback: doc.feedback, reportedTo };
}
