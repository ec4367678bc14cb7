/**
 * A MIME reader for the shapes bounces come in: one pass over the bytes, parts kept as byte
 * ranges, bodies decoded (base64, quoted-printable, 8bit) only for the parts the matcher reads.
 * It gives what `postal-mime` gives for the same message (the same text, parts and headers; a
 * test compares both on every corpus file) and steps aside for anything it does not read the
 * same way: comments or RFC 2231 continuations in a Content-Type, a charset label the Encoding
 * Standard does not list, format=flowed text, an inline message/rfc822, HTML that would need
 * converting, encoded file names, nesting deeper than the limit. Then it returns null and
 * postal-mime reads the message. In a bulk run postal-mime cost a fifth of the time.
 */

/** One header as postal-mime lists it: the lower-case name, the unfolded value. */
export interface MimeHeader {
  key: string;
  value: string;
}

/** A leaf part that is not inline text. */
export interface MimePart {
  /** The media type, lower case, without parameters (`message/delivery-status`). */
  mimeType: string;
  disposition: string;
  /** The Content-Disposition `filename` or Content-Type `name`, or null. */
  filename: string | null;
  content: Uint8Array;
}

/** What a message reads as. */
export interface MimeMessage {
  headers: MimeHeader[];
  /** The inline text/plain parts, joined by line breaks; undefined when there are none. */
  text?: string;
  /** The inline text/html parts, when no plain text stands for them. */
  html?: string;
  attachments: MimePart[];
}

/** Nesting deeper than this is postal-mime's to refuse (the caller sets the same limit). */
export const MIME_DEPTH = 64;

/** Thrown inside the reader when the message is outside what it reads; caught in `readMime`. */
class StepAside extends Error {}

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();
const decoders = new Map<string, TextDecoder>();

interface Params {
  value: string;
  params: Record<string, string>;
}

interface Node {
  parent: Node | null;
  depth: number;
  /** The header lines' bytes: from `headStart` to `headEnd` (the end of the last line), -1 when none. */
  headStart: number;
  headEnd: number;
  inHead: boolean;
  finished: boolean;
  type: Params;
  multipart: string | false;
  disposition: Params;
  encoding: 'base64' | 'qp' | 'plain';
  headers: MimeHeader[];
  children: Node[];
  finishedChildren: number;
  /** A leaf's body: the bytes from `bodyStart` to `bodyEnd` (whole lines), -1 when none. */
  bodyStart: number;
  bodyEnd: number;
  /** The decoded body, once asked for. */
  decoded: Uint8Array | null;
}

function node(parent: Node | null): Node {
  const depth = parent ? parent.depth + 1 : 0;
  if (depth > MIME_DEPTH) throw new StepAside('nesting');
  // RFC 2046 5.1.5: a part of a multipart/digest is a message unless it says otherwise.
  const type = parent?.multipart === 'digest' ? 'message/rfc822' : 'text/plain';
  const n: Node = {
    parent, depth, headStart: -1, headEnd: -1, inHead: true, finished: false,
    type: { value: type, params: Object.create(null) as Record<string, string> }, multipart: false,
    disposition: { value: '', params: Object.create(null) as Record<string, string> }, encoding: 'plain',
    headers: [], children: [], finishedChildren: 0, bodyStart: -1, bodyEnd: -1, decoded: null,
  };
  parent?.children.push(n);
  return n;
}

const isWsp = (c: number) => c === 0x20 || c === 0x09;

function trimWsp(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isWsp(s.charCodeAt(a))) a++;
  while (b > a && isWsp(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

const PARAM_NAME = /^[A-Za-z0-9_.-]+$/;

/**
 * A structured header value (`text/plain; charset="utf-8"`): the lower-case value and its
 * parameters, first occurrence winning. Steps aside for comments, escapes, quotes around the
 * value and RFC 2231 names (`filename*0*=`).
 */
function structured(raw: string): Params {
  const out: Params = { value: '', params: Object.create(null) as Record<string, string> };
  if (!raw) return out;
  const segs: string[] = [];
  let quote = false;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x22) quote = !quote;
    // A comment outside quotes, an escape inside them: postal-mime's own rules apply.
    else if ((c === 0x28 && !quote) || (c === 0x5c && quote)) throw new StepAside(`comment or escape in ${raw.slice(0, 80)}`);
    else if (c === 0x3b && !quote) {
      segs.push(raw.slice(from, i));
      from = i + 1;
    }
  }
  if (quote) throw new StepAside('unclosed quote');
  segs.push(raw.slice(from));
  const value = trimWsp(segs[0] as string);
  if (value.includes('"')) throw new StepAside('quoted media type');
  out.value = value.toLowerCase();
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i] as string;
    const eq = seg.indexOf('=');
    if (eq < 0) {
      const name = seg.trim();
      if (!name) continue;
      if (!PARAM_NAME.test(name)) throw new StepAside('parameter name');
      const key = name.toLowerCase();
      if (!Object.prototype.hasOwnProperty.call(out.params, key)) out.params[key] = '';
      continue;
    }
    const name = seg.slice(0, eq).trim();
    if (!PARAM_NAME.test(name)) throw new StepAside('parameter name');
    const key = name.toLowerCase();
    let v = trimWsp(seg.slice(eq + 1));
    if (v.startsWith('"')) {
      const close = v.indexOf('"', 1);
      // Text after a closed quoted string is dropped (as postal-mime does); only blanks are plain.
      if (close !== v.length - 1) throw new StepAside('text after a quoted value');
      v = v.slice(1, close);
    } else if (v.includes('"') || /[ \t]/.test(v)) throw new StepAside('blank or quote in a value');
    if (!Object.prototype.hasOwnProperty.call(out.params, key)) out.params[key] = v;
  }
  return out;
}

/** Unfolds a part's header lines into headers and reads the ones that say how to read the body. */
function readHeaders(n: Node, bytes: Uint8Array, boundaries: Array<{ value: Uint8Array; node: Node }>): void {
  n.inHead = false;
  // The block in one decode, then its lines without their trailing CRs (as postal-mime reads
  // them line by line: an invalid byte sequence cannot run across a line feed).
  const lines = n.headStart < 0 ? [] : decodeHeader(bytes, n.headStart, n.headEnd).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.charCodeAt(l.length - 1) === CR) lines[i] = l.replace(/\r+$/, '');
  }
  const folded: string[] = [];
  for (const line of lines) {
    if (folded.length && (line.charCodeAt(0) === 0x20 || line.charCodeAt(0) === 0x09)) folded[folded.length - 1] += line;
    else folded.push(line);
  }
  let type: string | null = null;
  let cte: string | null = null;
  let disp: string | null = null;
  for (const line of folded) {
    const sep = line.indexOf(':');
    const key = trimWsp(sep < 0 ? line : line.slice(0, sep)).toLowerCase();
    // Split at line feeds and stripped of trailing CRs, a line holds a CR only inside it.
    const raw = sep < 0 ? '' : line.slice(sep + 1);
    const value = trimWsp(raw.includes('\r') ? raw.replace(/[\r\n]+/g, ' ') : raw);
    n.headers.push({ key, value });
    if (key === 'content-type' && type === null) type = value;
    else if (key === 'content-transfer-encoding' && cte === null) cte = value;
    else if (key === 'content-disposition' && disp === null) disp = value;
  }
  if (type !== null) n.type = structured(type);
  const t = n.type.value;
  n.multipart = t.startsWith('multipart/') ? t.slice(t.indexOf('/') + 1) : false;
  if (n.multipart && n.type.params.boundary) boundaries.push({ value: encoder.encode(n.type.params.boundary), node: n });
  if (disp !== null) n.disposition = structured(disp);
  if (cte !== null) {
    if (cte.includes('(')) throw new StepAside('comment in the transfer encoding');
    const token = /[\w-]+/.exec(cte.toLowerCase())?.[0] ?? '';
    n.encoding = token.includes('base64') ? 'base64' : token.includes('quoted-printable') ? 'qp' : 'plain';
  }
}

function decodeHeader(bytes: Uint8Array, a: number, b: number): string {
  for (let i = a; i < b; i++) if ((bytes[i] as number) >= 0x80) return utf8.decode(bytes.subarray(a, b));
  // ASCII: one native copy.
  return Buffer.from(bytes.buffer, bytes.byteOffset + a, b - a).toString('latin1');
}

const B64 = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** The lines of a byte range as [start, end) pairs, trailing CRs left out (postal-mime's lines). */
function lines(bytes: Uint8Array, from: number, to: number): number[] {
  const r: number[] = [];
  let pos = from;
  while (pos < to) {
    let nl = bytes.indexOf(LF, pos);
    if (nl < 0 || nl >= to) nl = to;
    let end = nl;
    while (end > pos && bytes[end - 1] === CR) end--;
    r.push(pos, end);
    pos = nl + 1;
  }
  return r;
}

/** A leaf's body bytes: each line once decoded, as postal-mime's decoders join them. */
function content(n: Node, bytes: Uint8Array): Uint8Array {
  if (n.decoded) return n.decoded;
  n.decoded = decodeBody(n, bytes);
  return n.decoded;
}

function decodeBody(n: Node, bytes: Uint8Array): Uint8Array {
  const r = n.bodyStart < 0 ? [] : lines(bytes, n.bodyStart, n.bodyEnd);
  let size = 0;
  for (let i = 0; i < r.length; i += 2) size += (r[i + 1] as number) - (r[i] as number) + 1;
  const out = new Uint8Array(n.encoding === 'base64' ? Math.ceil((size * 3) / 4) + 3 : size);
  let o = 0;
  if (n.encoding === 'plain') {
    for (let i = 0; i < r.length; i += 2) {
      // Byte by byte: a line is short, and a subarray per line was most of this loop's garbage.
      const end = r[i + 1] as number;
      for (let j = r[i] as number; j < end; j++) out[o++] = bytes[j] as number;
      out[o++] = LF;
    }
    return out;
  }
  if (n.encoding === 'qp') {
    for (let i = 0; i < r.length; i += 2) {
      const a = r[i] as number;
      let b = r[i + 1] as number;
      const soft = b > a && bytes[b - 1] === 0x3d;
      if (soft) b--;
      for (let j = a; j < b; j++) {
        const c = bytes[j] as number;
        if (c === 0x3d && j + 2 < b) {
          const hi = hex(bytes[j + 1] as number);
          const lo = hex(bytes[j + 2] as number);
          if (hi >= 0 && lo >= 0) {
            out[o++] = (hi << 4) | lo;
            j += 2;
            continue;
          }
        }
        out[o++] = c;
      }
      if (!soft) out[o++] = LF;
    }
    return out.subarray(0, o);
  }
  // base64: letters outside the alphabet are skipped; '=' ends a unit (some mailers pad every
  // line), and a unit's last group gives 0, 1 or 2 bytes for 1, 2 or 3 letters.
  let acc = 0;
  let k = 0;
  const flush = () => {
    if (k === 2) out[o++] = (acc >> 4) & 0xff;
    else if (k === 3) {
      out[o++] = (acc >> 10) & 0xff;
      out[o++] = (acc >> 2) & 0xff;
    }
    acc = 0;
    k = 0;
  };
  for (let i = 0; i < r.length; i += 2) {
    const b = r[i + 1] as number;
    for (let j = r[i] as number; j < b; j++) {
      const c = bytes[j] as number;
      const v = B64[c] as number;
      if (v < 0) {
        if (c === 0x3d) flush();
        continue;
      }
      acc = (acc << 6) | v;
      if (++k === 4) {
        out[o++] = (acc >> 16) & 0xff;
        out[o++] = (acc >> 8) & 0xff;
        out[o++] = acc & 0xff;
        acc = 0;
        k = 0;
      }
    }
  }
  flush();
  return out.subarray(0, o);
}

function finish(n: Node, bytes: Uint8Array, boundaries: Array<{ value: Uint8Array; node: Node }>): void {
  if (n.finished) return;
  if (n.inHead) readHeaders(n, bytes, boundaries);
  for (let i = boundaries.length - 1; i >= 0; i--) {
    if (boundaries[i]?.node === n) {
      boundaries.splice(i, 1);
      break;
    }
  }
  finishChildren(n, bytes, boundaries);
  n.finished = true;
}

function finishChildren(n: Node, bytes: Uint8Array, boundaries: Array<{ value: Uint8Array; node: Node }>): void {
  while (n.finishedChildren < n.children.length) finish(n.children[n.finishedChildren++] as Node, bytes, boundaries);
}

function decoderFor(charset: string | undefined): TextDecoder {
  const label = (charset || 'utf8').trim().toLowerCase();
  let d = decoders.get(label);
  if (!d) {
    try {
      // UTF-7 is outside the Encoding Standard; postal-mime reads it as windows-1252.
      d = new TextDecoder(label === 'utf-7' || label === 'unicode-1-1-utf-7' ? 'windows-1252' : label);
    } catch {
      // postal-mime knows aliases for labels outside the Encoding Standard.
      throw new StepAside(`charset ${label}`);
    }
    decoders.set(label, d);
  }
  return d;
}

function textOf(n: Node, bytes: Uint8Array): string {
  if (/^flowed$/i.test(n.type.params.format ?? '')) throw new StepAside('format=flowed');
  const d = decoderFor(n.type.params.charset);
  const c = content(n, bytes);
  return c.length ? d.decode(c) : '';
}

function hasReportParts(n: Node): boolean {
  if (!n.multipart && (n.type.value === 'message/delivery-status' || n.type.value === 'message/feedback-report')) return true;
  return n.children.some(hasReportParts);
}

/**
 * Reads a message, or returns null when it is outside what this reader reads the same way as
 * postal-mime (then the caller hands it to postal-mime).
 *
 * `why`, when given, receives the reason it stepped aside.
 *
 * @example
 * const m = readMime(new TextEncoder().encode('Subject: x\n\n550 5.1.1 unknown\n'));
 * m?.text; // '550 5.1.1 unknown\n'
 */
export function readMime(input: Uint8Array | string, why?: string[]): MimeMessage | null {
  try {
    return read(typeof input === 'string' ? encoder.encode(input) : input);
  } catch (e) {
    // Outside the subset (StepAside), or a fault of this reader: postal-mime reads it either way.
    why?.push(e instanceof StepAside ? e.message : `error: ${(e as Error).message}`);
    return null;
  }
}

function read(bytes: Uint8Array): MimeMessage {
  const root = node(null);
  const boundaries: Array<{ value: Uint8Array; node: Node }> = [];
  let current = root;
  const len = bytes.length;
  let pos = 0;
  while (pos < len) {
    // A part's body runs to the next boundary line; with no boundary open, to the end.
    if (!current.inHead && !boundaries.length) {
      if (current.bodyStart >= 0) current.bodyEnd = len;
      break;
    }
    let nl = bytes.indexOf(LF, pos);
    if (nl < 0) nl = len;
    const start = pos;
    pos = nl + 1;
    if (!current.inHead && !(bytes[start] === DASH && bytes[start + 1] === DASH)) {
      if (current.bodyStart >= 0) current.bodyEnd = Math.min(pos, len);
      continue;
    }
    let end = nl;
    while (end > start && bytes[end - 1] === CR) end--;
    if (boundaries.length && end - start > 2 && bytes[start] === DASH && bytes[start + 1] === DASH) {
      let hit = false;
      for (let i = boundaries.length - 1; i >= 0 && !hit; i--) {
        const b = boundaries[i] as { value: Uint8Array; node: Node };
        const bl = b.value.length;
        if (end - start < bl + 2) continue;
        let same = true;
        for (let j = 0; j < bl; j++) {
          if (bytes[start + 2 + j] !== b.value[j]) {
            same = false;
            break;
          }
        }
        if (!same) continue;
        let after = start + 2 + bl;
        const closing = end - start >= bl + 4 && bytes[after] === DASH && bytes[after + 1] === DASH;
        if (closing) after += 2;
        let blank = true;
        for (let j = after; j < end; j++) {
          if (!isWsp(bytes[j] as number)) {
            blank = false;
            break;
          }
        }
        if (!blank) continue;
        hit = true;
        if (closing) {
          finish(b.node, bytes, boundaries);
          current = b.node.parent ?? root;
        } else {
          finishChildren(b.node, bytes, boundaries);
          current = node(b.node);
        }
      }
      if (hit) continue;
    }
    if (current.inHead) {
      if (end === start) {
        readHeaders(current, bytes, boundaries);
        // A leaf's body starts on the next line (multiparts keep no body: preamble and epilogue are not read).
        if (!current.multipart) current.bodyStart = current.bodyEnd = Math.min(pos, len);
      } else {
        if (current.headStart < 0) current.headStart = start;
        current.headEnd = end;
      }
    } else if (current.bodyStart >= 0) current.bodyEnd = Math.min(pos, len);
  }
  finish(root, bytes, boundaries);

  // Which parts are text and which are attachments, in document order.
  const report = hasReportParts(root);
  const entries = new Map<Node, { plain: string[]; html: string[] }>();
  const attachments: MimePart[] = [];
  const collect = (n: Node, alternative: Node | null): void => {
    if (!n.multipart) {
      const disp = n.disposition.value;
      const type = n.type.value;
      if (!report && type === 'message/rfc822' && disp === 'inline') throw new StepAside('inline message');
      if (disp !== 'attachment' && (type === 'text/plain' || type === 'text/html')) {
        const key = alternative ?? n;
        let e = entries.get(key);
        if (!e) entries.set(key, (e = { plain: [], html: [] }));
        (type === 'text/html' ? e.html : e.plain).push(textOf(n, bytes));
      } else {
        const filename = n.disposition.params.filename || n.type.params.name || null;
        if (filename?.includes('=?')) throw new StepAside('encoded file name');
        // Decoded when read: a returned message is often never looked at.
        attachments.push({ mimeType: type, disposition: disp, filename, get content() { return content(n, bytes); } });
      }
    } else if (n.multipart === 'alternative') alternative = n;
    for (const c of n.children) collect(c, alternative);
  };
  collect(root, null);

  const msg: MimeMessage = { headers: root.headers, attachments };
  const all = [...entries.values()];
  const anyPlain = all.some((e) => e.plain.length);
  const anyHtml = all.some((e) => e.html.length);
  if (anyPlain) {
    // A part with HTML only would be converted to text by postal-mime's own converter.
    if (anyHtml && all.some((e) => !e.plain.length)) throw new StepAside('HTML to convert');
    const text = all.flatMap((e) => e.plain).join('\n');
    if (!text && anyHtml) throw new StepAside('HTML to convert');
    if (text) msg.text = text;
  } else if (anyHtml) {
    const html = all.flatMap((e) => e.html).join('\n');
    if (html) msg.html = html;
  }
  return msg;
}
