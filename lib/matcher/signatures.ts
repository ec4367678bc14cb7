/**
 * Signature matching: an article's own phrases found in the bounce. A signature is one phrase or
 * a list of phrases that must all occur in the same place. The narrowest place wins: the
 * remote server's reply, then the recipient's paragraph, then the whole notice.
 */
import type { MatchIndex } from './build';
import { normalize } from './normalize';

export type Scope = 'diagnostic' | 'context' | 'text';

/** One article whose signature occurs, where, and the phrases as they occur in the input. */
export interface SignatureHit {
  article: number;
  scope: Scope;
  evidence: string[];
  /** Total length of the matched phrases: longer is more specific. */
  length: number;
}

/**
 * Signature phrases found in one normalised scan: (article, signature) -> phrase -> source text.
 * The key is `article * SPAN + signature` (a number: no string built per phrase hit).
 */
type Found = Map<number, Map<string, string>>;
const SPAN = 65536;

/** Every phrase hit of `text` whose source end is within `ends[k]`, for each scope k. */
function scan(index: MatchIndex, text: string, ends: number[]): Found[] {
  const n = normalize(text);
  const found: Found[] = [];
  for (let k = 0; k < ends.length; k++) found.push(new Map());
  const hits = index.finder.find(n.text);
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h] as (typeof hits)[number];
    const part = index.parts[hit.phrase];
    if (!part) continue;
    const from = n.map[hit.start] ?? 0;
    const to = (n.map[hit.end - 1] ?? from) + 1;
    const key = part.article * SPAN + part.signature;
    for (let k = 0; k < ends.length; k++) {
      if (to > (ends[k] as number)) continue;
      const f = found[k] as Found;
      let phrases = f.get(key);
      if (!phrases) f.set(key, (phrases = new Map()));
      if (!phrases.has(part.phrase)) phrases.set(part.phrase, text.slice(from, to));
    }
  }
  return found;
}

/** The articles with a complete signature among the phrases found. */
function complete(index: MatchIndex, found: Found, scope: Scope): SignatureHit[] {
  // Every complete signature of an article adds its phrases to the evidence and its length.
  const best = new Map<number, SignatureHit>();
  for (const [key, phrases] of found) {
    const a = Math.floor(key / SPAN);
    if (phrases.size < (index.needed[a]?.[key % SPAN] ?? Infinity)) continue;
    let length = 0;
    for (const p of phrases.keys()) length += p.length;
    const prev = best.get(a);
    if (!prev) best.set(a, { article: a, scope, evidence: [...phrases.values()], length });
    else {
      for (const e of phrases.values()) if (!prev.evidence.includes(e)) prev.evidence.push(e);
      prev.length += length;
    }
  }
  return [...best.values()];
}

/**
 * Articles whose signatures occur in `text` (one scope).
 *
 * @example
 * signaturesIn(index, '554 5.7.1 DAS51 192.0.2.25: blocked', 'diagnostic'); // [{ article: 0, scope: 'diagnostic', evidence: ['DAS51'], length: 5 }]
 */
export function signaturesIn(index: MatchIndex, text: string, scope: Scope): SignatureHit[] {
  if (!text || !index.parts.length) return [];
  return complete(index, scan(index, text, [text.length])[0] as Found, scope);
}

/**
 * Signature hits for one diagnosis, narrowest scope first; an article appears once, at its
 * narrowest scope. The whole notice is searched only when `wide` is true (one recipient).
 *
 * @example
 * matchSignatures(index, { diagnostic: '550 Ip frequency limited', context: '', text: '' }, true)[0]?.scope; // 'diagnostic'
 */
export function matchSignatures(
  index: MatchIndex,
  where: { diagnostic: string; context: string; text: string },
  wide: boolean,
): SignatureHit[] {
  if (!index.parts.length) return [];
  // The scopes are prefixes of one another (reply; reply + paragraph; reply + paragraph +
  // notice), and the finder reports every occurrence: one scan of the widest text, each hit
  // counted in the scopes it ends within, finds what a scan per scope would.
  const scopes: Array<{ scope: Scope; end: number }> = [];
  let text = where.diagnostic;
  if (where.diagnostic) scopes.push({ scope: 'diagnostic', end: text.length });
  if (where.context) {
    text = `${where.diagnostic}\n${where.context}`;
    scopes.push({ scope: 'context', end: text.length });
  }
  if (wide && where.text) {
    text = `${where.diagnostic}\n${where.context}\n${where.text}`;
    scopes.push({ scope: 'text', end: text.length });
  }
  if (!scopes.length) return [];
  const found = scan(index, text, scopes.map((s) => s.end));
  const out: SignatureHit[] = [];
  const seen = new Set<number>();
  scopes.forEach(({ scope }, k) => {
    for (const h of complete(index, found[k] as Found, scope)) {
      if (seen.has(h.article)) continue;
      seen.add(h.article);
      out.push(h);
    }
  });
  return out;
}
