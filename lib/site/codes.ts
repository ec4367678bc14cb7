/**
 * Code hubs: one page per basic reply code and per enhanced status code. Pure: works on the
 * registry JSON (copied from IANA / RFC 5321 into content/reference) and the article list.
 */
import enhanced from '../../content/reference/enhanced-status-codes.json';
import reply from '../../content/reference/reply-codes.json';

export { articlesForCode, codeCovers, type CodedArticle } from '../matcher/codequery';

export interface CodeMeaning {
  code: string;
  kind: 'reply' | 'status';
  title: string;
  description: string;
  reference: string;
  /** The registry entry it comes from: `X.7.1` for `5.7.1`, the code itself for reply codes. */
  registryCode: string | null;
}

interface StatusEntry { code: string; title: string; description: string; reference: string }
interface ReplyEntry { code: string; text: string; source: string; note?: string }

const statusEntries = (enhanced as { codes: StatusEntry[] }).codes;
const classes = (enhanced as { classes: StatusEntry[] }).classes;
const replyEntries = [
  ...(reply as { rfc5321: ReplyEntry[] }).rfc5321,
  ...(reply as { extensions: ReplyEntry[] }).extensions,
];
const firstDigit = (reply as { first_digit: Record<string, string> }).first_digit;

/** `5.7.1` -> `X.7.1`. */
export function genericOf(status: string): string {
  return `X${status.slice(status.indexOf('.'))}`;
}

export function isStatusCode(code: string): boolean {
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(code);
}

export function isReplyCode(code: string): boolean {
  return /^[2-5]\d\d$/.test(code);
}

/** The standard meaning of a code, or a class-level fallback for vendor codes (5.7.708). */
export function codeMeaning(code: string): CodeMeaning {
  if (isReplyCode(code)) {
    const e = replyEntries.find((r) => r.code === code);
    if (e) return { code, kind: 'reply', title: e.text, description: e.note ?? '', reference: e.source, registryCode: code };
    return { code, kind: 'reply', title: firstDigit[code[0] as string] ?? 'Unregistered reply code', description: 'Not defined in RFC 5321 or its extensions: read it by its first digit.', reference: 'RFC 5321 s4.2.1', registryCode: null };
  }
  const generic = genericOf(code);
  const e = statusEntries.find((s) => s.code === generic);
  if (e) return { code, kind: 'status', title: e.title, description: e.description, reference: e.reference, registryCode: generic };
  const cls = classes.find((c) => c.code[0] === code[0]);
  return {
    code,
    kind: 'status',
    title: `${cls?.title ?? 'Status'} (vendor code, not in the IANA registry)`,
    description: cls?.description ?? '',
    reference: cls?.reference ?? 'RFC 3463',
    registryCode: null,
  };
}

/** Every hub: 4.Y.Z and 5.Y.Z for each registry entry, every reply code, plus codes the articles use. */
export function allHubCodes(articleCodes: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const e of statusEntries) for (const cls of ['4', '5']) set.add(`${cls}${e.code.slice(1)}`);
  set.add('2.0.0');
  for (const r of replyEntries) set.add(r.code);
  for (const c of articleCodes) if (isStatusCode(c) || isReplyCode(c)) set.add(c);
  return [...set].sort(compareCodes);
}

/** Orders reply codes before status codes, numerically within each. */
export function compareCodes(a: string, b: string): number {
  const ka = a.split('.').map(Number);
  const kb = b.split('.').map(Number);
  if (ka.length !== kb.length) return ka.length - kb.length;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
  return 0;
}
