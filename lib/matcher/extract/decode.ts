/**
 * Input decoding: a pasted string or raw bytes become the bounce's readable text and its
 * delivery-status parts. MIME (multipart/report, base64, quoted-printable, declared charsets
 * including EUC-KR and ISO-2022-JP) is read by our reader (`mime.ts`) in the shapes bounces come
 * in, and by postal-mime for the rest; this module decides whether the input is a message at
 * all and caps the work.
 */
import PostalMime from 'postal-mime';
import type { Attachment } from 'postal-mime';
import { binaryRatio, decodeUnknown, windows1252 } from './charset';
import { cutOriginal } from './cut';
import { readMime } from './mime';

/** What the matcher reads from an input. */
export interface BounceDoc {
  kind: 'message' | 'text' | 'empty' | 'binary';
  /** The human-readable notice (copy of the original message cut off), at most 64 KB. */
  text: string;
  /** Texts of the `message/delivery-status` parts. */
  dsn: string[];
  /** Selected top-level headers, lower-case names: subject, from, x-failed-recipients, ... */
  headers: Record<string, string>;
  /** `report-type` of a multipart/report (`delivery-status`, `feedback-report`). */
  reportType: string | null;
  /** Returned or forwarded messages (message/rfc822 parts), kept as bytes for a second look. */
  nested: Uint8Array[];
  notes: string[];
  /** The returned message was left out before MIME parsing (see `skipReturnedMessage`). */
  copyLeftOut?: boolean;
  /** The `message/feedback-report` part of an abuse report (ARF), when there is one. */
  feedback?: string;
}

/** Above this size only the head of a message is MIME-parsed: the notice and the DSN come first. */
export const MIME_CAP = 512 * 1024;
const TEXT_CAP = 64 * 1024;
/**
 * More boundary lines than this and the input is read as plain text: a real bounce has a handful
 * of parts, and a MIME parser's work grows with the part count (thousands of empty sibling parts
 * took postal-mime seconds).
 */
export const MAX_PART_LINES = 512;

/** Lines that start with `--` (boundary candidates), counted up to `max + 1`. */
function partLines(text: string | Uint8Array, max: number): number {
  let n = 0;
  // The bytes themselves or their one-byte-per-character view: the same positions.
  const bytes = typeof text === 'string' ? null : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const find = (from: number) => (bytes ? bytes.indexOf(PART_LINE, from) : (text as string).indexOf('\n--', from));
  for (let i = find(0); i >= 0 && n <= max; i = find(i + 3)) n++;
  return n;
}
const PART_LINE = Buffer.from('\n--', 'latin1');
const KEPT_HEADERS = new Set(['subject', 'from', 'to', 'x-failed-recipients', 'auto-submitted', 'x-mailer', 'content-type', 'x-autoreply', 'precedence', 'x-ms-exchange-message-is-ndr', 'x-nai-header', 'x-sef-processed', 'x-autorespond', 'x-autoreply-from', 'x-mail-autoreply', 'x-vacation', 'in-reply-to', 'list-id', 'return-path', 'x-spasign']);

const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]{1,76}:[ \t]?/;
const DSN_FIELD = /^(?:reporting-mta|final-recipient|original-recipient|action|status|diagnostic-code|remote-mta|arrival-date|received-from-mta)\s*:/i;
const MESSAGE_HEADER = /^(?:received|from|to|subject|date|message-id|mime-version|content-type|return-path|delivered-to|x-[\w-]+|reply-to|sender|auto-submitted|dkim-signature|authentication-results|arc-[\w-]+|x-original-to|cc)\s*:/i;

/**
 * Whether a text starts like an RFC 5322 message (a header block), not like a DSN or a log.
 *
 * @example
 * looksLikeMessage('From: MAILER-DAEMON@example.com\nSubject: Undelivered\n\nbody'); // true
 * looksLikeMessage('Final-Recipient: rfc822; kim@example.com\nStatus: 5.1.1'); // false
 */
export function looksLikeMessage(text: string): boolean {
  const head = text.slice(0, 16384).replace(/^\s+/, '');
  // Line by line as far as the header block goes (splitting all 16 KB was most of the cost).
  let at = 0;
  // The next LF and CR at or after `at`, found natively and kept until passed.
  let lf = -1;
  let cr = -1;
  const next = (): string | null => {
    if (at > head.length) return null;
    if (lf < at) lf = head.indexOf('\n', at) >>> 0;
    if (cr < at) cr = head.indexOf('\r', at) >>> 0;
    const end = Math.min(lf, cr, head.length);
    const line = head.slice(at, end);
    at = end + (head.charCodeAt(end) === 13 && head.charCodeAt(end + 1) === 10 ? 2 : 1);
    return line;
  };
  let first: string | null = next();
  let headers = 0;
  let known = 0;
  if (/^From \S/.test(first ?? '')) first = null;
  for (let i = first === null ? 1 : 0; i < 200; i++) {
    const line = i === 0 ? (first as string) : next();
    if (line === null) break;
    if (line === '') break;
    if (/^[ \t]/.test(line) && headers) continue;
    if (!HEADER_LINE.test(line)) return false;
    // A pasted delivery-status part starts with its own fields: that is not a message.
    if (DSN_FIELD.test(line) && headers === 0) return false;
    headers++;
    if (MESSAGE_HEADER.test(line)) known++;
  }
  return known >= 2 || (known === 1 && /^content-type\s*:/im.test(head.slice(0, 200)));
}

function htmlToText(html: string): string {
  return html
    .slice(0, 512 * 1024)
    .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d|hr)[^>]{0,200}>/gi, '\n')
    .replace(/<(?:style|script)[^>]{0,200}>[^<]{0,100000}<\/(?:style|script)>/gi, '')
    .replace(/<[^>]{0,2000}>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}

/** A part's bytes (postal-mime hands out ArrayBuffers with attachmentEncoding 'arraybuffer'). */
function partBytes(c: Attachment['content'] | Uint8Array): Uint8Array | null {
  if (typeof c === 'string') return null;
  return c instanceof Uint8Array ? c : new Uint8Array(c);
}

function partText(c: Attachment['content'] | Uint8Array): string {
  return typeof c === 'string' ? c : decodeUnknown(partBytes(c) as Uint8Array);
}

/** What the matcher reads of a parsed message, from either reader. */
interface Parsed {
  headers: Array<{ key: string; value: string }>;
  text?: string;
  html?: string;
  attachments: Array<{ mimeType: string; filename?: string | null; content: Attachment['content'] | Uint8Array }>;
}

function empty(kind: BounceDoc['kind'], notes: string[] = []): BounceDoc {
  return { kind, text: '', dsn: [], headers: {}, reportType: null, nested: [], notes };
}

function plain(text: string, notes: string[]): BounceDoc {
  const doc = empty('text', notes);
  doc.text = cutOriginal(text.replace(/\r\n?/g, '\n'), TEXT_CAP);
  return doc;
}

async function parseMessage(input: string | Uint8Array, notes: string[]): Promise<BounceDoc> {
  // Our reader first; postal-mime for the messages it steps aside from.
  let email: Parsed | null = readMime(input);
  if (!email) try {
    email = await PostalMime.parse(input, { rfc822Attachments: true, attachmentEncoding: 'arraybuffer', maxNestingDepth: 64, maxRfc822NestingDepth: 2 });
  } catch (e) {
    notes.push(`the MIME structure could not be read (${(e as Error).message}); read as plain text instead`);
    const doc = readBodyAsText(input);
    doc.notes.push(...notes);
    return doc;
  }
  const doc = empty('message', notes);
  for (const h of email.headers) {
    if (KEPT_HEADERS.has(h.key) && doc.headers[h.key] === undefined) doc.headers[h.key] = h.value;
  }
  const rt = /report-type\s*=\s*"?([\w-]+)/i.exec(doc.headers['content-type'] ?? '');
  doc.reportType = rt ? (rt[1] as string).toLowerCase() : null;
  const texts: string[] = [];
  if (email.text) texts.push(email.text);
  else if (email.html) texts.push(htmlToText(email.html));
  for (const a of email.attachments) {
    // The media type alone: a Content-Type whose parameters lack the ';' (`text/plain   charset=...`) is still text/plain.
    const type = a.mimeType.toLowerCase().split(/[\s;]/, 1)[0] ?? '';
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status') doc.dsn.push(partText(a.content).slice(0, TEXT_CAP));
    else if (type === 'message/rfc822' || type === 'message/global') {
      const bytes = partBytes(a.content);
      if (bytes) doc.nested.push(bytes);
    }
    else if (type === 'message/feedback-report') {
      doc.reportType = 'feedback-report';
      doc.feedback = partText(a.content).slice(0, TEXT_CAP);
    }
    else if (type === 'text/plain' && !a.filename?.match(/\.(?:eml|msg)$/i)) texts.push(partText(a.content).slice(0, TEXT_CAP));
  }
  doc.text = cutOriginal(texts.join('\n').replace(/\r\n?/g, '\n'), TEXT_CAP);
  return doc;
}

/**
 * The body of a message read as plain text (everything after the header block): the fallback
 * when the MIME structure is broken (a multipart without its boundaries, an odd parameter).
 *
 * @example
 * readBodyAsText('Subject: x\n\n550 5.1.1 unknown').text; // '550 5.1.1 unknown'
 */
export function readBodyAsText(input: string | Uint8Array): BounceDoc {
  const text = typeof input === 'string' ? input : decodeUnknown(input.length > MIME_CAP ? input.subarray(0, MIME_CAP) : input);
  const m = /\r?\n\r?\n/.exec(text);
  const doc = plain(m ? text.slice(m.index + m[0].length) : text, []);
  const dsn = /^(?:reporting-mta|final-recipient|original-recipient)\s*:[\s\S]*$/im.exec(doc.text);
  if (dsn) doc.dsn.push(dsn[0]);
  return doc;
}

/**
 * Where the returned message starts in a raw message (the boundary line before its
 * `Content-Type: message/rfc822` or `text/rfc822-headers`), or -1. MIME-parsing a bounce's copy
 * of a large original costs more than everything else together and tells nothing.
 *
 * @example
 * returnedMessageOffset('...--b\nContent-Type: message/rfc822\n\nFrom: x'); // index of '--b'
 */
export function returnedMessageOffset(text: string): number {
  const head = text.length > MIME_CAP ? text.slice(0, MIME_CAP) : text;
  const m = /^content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers|message\/global)\b/im.exec(head);
  if (!m) return -1;
  const boundary = head.lastIndexOf('\n--', m.index);
  return boundary > 0 ? boundary + 1 : -1;
}

/**
 * Reads an input the way a mail admin pastes it: a whole message (MIME), a DSN part, a log, a
 * line. Bytes without a declared charset are decoded by `decodeUnknown`. Never throws.
 *
 * @example
 * const doc = await readInput('554 5.7.1 DAS51 192.0.2.25: Your mail is blocked');
 * doc.kind; // 'text'
 */
export async function readInput(input: string | Uint8Array, opts: { whole?: boolean } = {}): Promise<BounceDoc> {
  const notes: string[] = [];
  let bytes: Uint8Array | null = typeof input === 'string' ? null : input;
  let text: string;
  if (bytes) {
    if (bytes.length > MIME_CAP) {
      notes.push(`input is ${Math.round(bytes.length / 1024)} KB; only the first ${MIME_CAP / 1024} KB were read`);
      bytes = bytes.subarray(0, MIME_CAP);
    }
    text = decodeUnknown(bytes);
  } else {
    text = input as string;
    if (text.length > MIME_CAP) {
      notes.push(`input is ${Math.round(text.length / 1024)} KB; only the first ${MIME_CAP / 1024} KB were read`);
      text = text.slice(0, MIME_CAP);
    }
  }
  if (!text.trim()) return empty('empty', notes);
  if (binaryRatio(text) > 0.1) {
    notes.push('input looks binary (not text); nothing to read');
    return empty('binary', notes);
  }
  if (looksLikeMessage(text)) {
    // Raw bytes go to postal-mime as they are, so each part's declared charset decodes it;
    // the returned message at the end is left out unless asked for.
    let src: string | Uint8Array = bytes ?? text.replace(/^\s+/, '');
    // Offsets in bytes come from a one-byte-per-character view of them (windows-1252), made
    // only for a message long enough to look for the returned copy in.
    const cut = opts.whole || src.length < 16384 ? -1 : returnedMessageOffset(typeof src === 'string' ? src : windows1252.decode(src));
    if (cut > 0) src = src.slice(0, cut);
    if (partLines(src, MAX_PART_LINES) > MAX_PART_LINES) {
      const doc = readBodyAsText(src);
      doc.kind = 'message';
      doc.notes.push(...notes, `more than ${MAX_PART_LINES} MIME boundary lines; the message was read as plain text`);
      return doc;
    }
    const doc = await parseMessage(src, notes);
    if (cut > 0) doc.copyLeftOut = true;
    return doc;
  }
  return plain(text, notes);
}
