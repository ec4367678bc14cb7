/**
 * RFC 3464 delivery-status fields (`Final-Recipient:`, `Action:`, `Status:`, `Diagnostic-Code:`,
 * `Remote-MTA:`), whether they come in a `message/delivery-status` part or pasted as text.
 */
import { firstAddress } from './address';

/** One per-recipient group of a delivery-status report. */
export interface DsnRecord {
  recipient: string | null;
  originalRecipient: string | null;
  action: string | null;
  status: string | null;
  diagnosticType: string | null;
  diagnostic: string;
  remoteMta: string | null;
  /** The per-message `Reporting-MTA:` of the report. */
  reportingMta: string | null;
  /**
   * The reporting MTA's words after the status code (`Status: 5.2.1 (mailbox disabled, not
   * accepting messages)`), when there are any.
   */
  statusNote?: string;
}

const FIELD_RE = /^([A-Za-z][A-Za-z0-9-]{1,40})\s*:\s?(.*)$/;
const RECIPIENT_FIELDS = new Set(['final-recipient', 'original-recipient', 'x-actual-recipient']);
const GROUP_FIELDS = new Set(['action', 'status', 'diagnostic-code', 'remote-mta', 'x-remote-mta', 'last-attempt-date', 'will-retry-until', 'final-log-id']);

/** Drops an address type (`rfc822;`) and angle brackets. */
function cleanAddress(value: string): string | null {
  const v = value.replace(/^\s*[\w.-]+\s*;\s*/, '').replace(/[<>"]/g, '').trim();
  const m = firstAddress(v);
  return m ? m.replace(/\.$/, '') : null;
}

/** Whether an address looks deliverable from outside: a dotted domain and no source route. */
function routable(address: string): boolean {
  const at = address.lastIndexOf('@');
  return at > 0 && !address.includes(':') && address.slice(at + 1).includes('.');
}

/** `dns; mx.example.jp [192.0.2.1]` → `mx.example.jp [192.0.2.1]`. */
function cleanHost(value: string): string | null {
  const v = value.replace(/^\s*[\w.-]+\s*;\s*/, '').trim();
  return v || null;
}

/**
 * Whether a text carries delivery-status fields (a DSN part pasted on its own, or inlined).
 *
 * @example
 * hasDsnFields('Final-Recipient: rfc822; kim@example.com\nStatus: 5.1.1'); // true
 */
export function hasDsnFields(text: string): boolean {
  return /^(?:final-recipient|original-recipient|diagnostic-code)\s*:/im.test(text.length > 200_000 ? text.slice(0, 200_000) : text);
}

/**
 * Parses every per-recipient group of a delivery-status report. Groups start at a
 * `Final-Recipient:` (or `Original-Recipient:`) and end at the next one or a blank line after
 * fields; folded lines are joined.
 *
 * @example
 * parseDsn('Final-Recipient: rfc822; kim@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 unknown');
 * // [{ recipient: 'kim@example.com', action: 'failed', status: '5.1.1', diagnosticType: 'smtp', diagnostic: '550 5.1.1 unknown', ... }]
 */
export function parseDsn(text: string): DsnRecord[] {
  const lines = text.split(/\r?\n|\r/);
  // Unfold: a line starting with white space continues the previous field.
  const fields: Array<{ name: string; value: string } | null> = [];
  for (const line of lines) {
    if (/^\s*$/.test(line)) {
      fields.push(null);
      continue;
    }
    const last = fields[fields.length - 1];
    if (/^\s/.test(line) && last) {
      last.value += '\n' + line.trim();
      continue;
    }
    const m = FIELD_RE.exec(line);
    if (m) fields.push({ name: (m[1] as string).toLowerCase(), value: (m[2] ?? '').trim() });
    else fields.push(null);
    if (fields.length > 5000) break;
  }

  const records: DsnRecord[] = [];
  const statusComment = new Map<DsnRecord, string>();
  let reportingMta: string | null = null;
  let current: DsnRecord | null = null;
  let seen = new Set<string>();
  const flush = () => {
    if (current && (current.recipient || current.originalRecipient || current.status || current.diagnostic)) records.push(current);
    current = null;
    seen = new Set();
  };
  for (const f of fields) {
    if (!f) {
      // A blank line ends a group only once it has something besides the recipient lines.
      if (current && (seen.has('action') || seen.has('status') || seen.has('diagnostic-code'))) flush();
      continue;
    }
    if (f.name === 'reporting-mta') {
      reportingMta = cleanHost(f.value);
      continue;
    }
    const isRecipient = RECIPIENT_FIELDS.has(f.name);
    if (!isRecipient && !GROUP_FIELDS.has(f.name)) continue;
    const hasRecipient = seen.has('final-recipient') || seen.has('original-recipient');
    // A new group starts when a field repeats (the next recipient's `Final-Recipient:`, or its
    // `Action:` coming first), or at a `Final-Recipient:` after this group's status.
    // A group's fields come in any order (`Status:` before `Final-Recipient:` in Sun and
    // Exchange reports): only a repeated field, or a blank line, starts the next recipient.
    const startsNew = f.name !== 'x-actual-recipient' && seen.has(f.name) && (isRecipient || hasRecipient || seen.has('final-recipient') || seen.has('original-recipient'));
    if (!current || startsNew) {
      flush();
      current = {
        recipient: null, originalRecipient: null, action: null, status: null,
        diagnosticType: null, diagnostic: '', remoteMta: null, reportingMta,
      };
    }
    const rec: DsnRecord = current;
    seen.add(f.name);
    switch (f.name) {
      case 'final-recipient': rec.recipient = cleanAddress(f.value) ?? rec.recipient; break;
      case 'x-actual-recipient': if (!rec.recipient) rec.recipient = cleanAddress(f.value); break;
      case 'original-recipient': rec.originalRecipient = cleanAddress(f.value); break;
      case 'action': rec.action = f.value.split(/[\s(]/)[0]?.toLowerCase() || null; break;
      case 'status': {
        const m = /([245])\.(\d{1,3})\.(\d{1,3})/.exec(f.value);
        rec.status = m ? `${m[1]}.${m[2]}.${m[3]}` : null;
        // `Status: 553 Exceeded maximum inbound message size`: a reply code where the status
        // code belongs; keep it as the diagnostic when nothing else says more.
        if (!m && /^\s*[45]\d\d\b/.test(f.value)) statusComment.set(rec, f.value.trim());
        // Sendmail's comment after the code names the host and the cause: `Status: 4.0.0
        // (example.net: host name lookup failure)`; others only repeat the code's registry name.
        const comment = /\(([^()]{3,300}:[^()]{3,300})\)\s*$/.exec(f.value)?.[1]?.trim();
        if (comment) statusComment.set(rec, comment);
        const note = m ? /^\s*\(([^()]{3,300})\)\s*$/.exec(f.value.slice(m.index + m[0].length))?.[1]?.trim() : undefined;
        if (note) rec.statusNote = note;
        break;
      }
      case 'diagnostic-code': {
        const m = /^\s*([\w.-]+)\s*;\s*([\s\S]*)$/.exec(f.value);
        rec.diagnosticType = m ? (m[1] as string).toLowerCase() : null;
        rec.diagnostic = (m ? (m[2] as string) : f.value).trim();
        break;
      }
      case 'remote-mta':
      case 'x-remote-mta': rec.remoteMta = cleanHost(f.value); break;
      default: break;
    }
  }
  flush();
  for (const r of records) {
    // (`JimmyMcEgypt@sims-ms-daemon`, `@host:user@ims_daemon` name the store, not the recipient.)
    // The address the sender wrote (`Original-Recipient:`) is the one to report, when it is a real
    // one: an alias expanded or a mailbox moved must not hide which of the sender's recipients failed.
    if (r.originalRecipient && routable(r.originalRecipient)) r.recipient = r.originalRecipient;
    if (!r.recipient) r.recipient = r.originalRecipient;
    // Without a Diagnostic-Code the status comment is all the report says about the cause.
    if (!r.diagnostic && statusComment.has(r)) r.diagnostic = statusComment.get(r) as string;
  }
  return records;
}
