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
 * Articles whose signatures occur in `text` (one scope).
 *
 * @example
 * signaturesIn(index, '554 5.7.1 DAS51 192.0.2.25: blocked', 'diagnostic'); // [{ article: 0, scope: 'diagnostic', evidence: ['DAS51'], length: 5 }]
 */
export function signaturesIn(index: MatchIndex, text: string, scope: Scope): SignatureHit[] {
  if (!text || !index.parts.length) return [];
  const n = normalize(text);
  // (article, signature) → phrase → first occurrence in the source.
  const found = new Map<string, Map<string, string>>();
  for (const hit of index.finder.find(n.text)) {
    const part = index.parts[hit.phrase];
    if (!part) continue;
    const key = `${part.article}:${part.signature}`;
    let phrases = found.get(key);
    if (!phrases) found.set(key, (phrases = new Map()));
    if (!phrases.has(part.phrase)) {
      const from = n.map[hit.start] ?? 0;
      const to = (n.map[hit.end - 1] ?? from) + 1;
      phrases.set(part.phrase, text.slice(from, to));
    }
  }
  // Every complete signature of an article adds its phrases to the evidence and its length.
  const best = new Map<number, SignatureHit>();
  for (const [key, phrases] of found) {
    const [a, s] = key.split(':').map(Number) as [number, number];
    if (phrases.size < (index.needed[a]?.[s] ?? Infinity)) continue;
    const length = [...phrases.keys()].reduce((sum, p) => sum + p.length, 0);
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
  const out: SignatureHit[] = [];
  const seen = new Set<number>();
  const add = (hits: SignatureHit[]) => {
    for (const h of hits) {
      if (seen.has(h.article)) continue;
      seen.add(h.article);
      out.push(h);
    }
  };
  add(signaturesIn(index, where.diagnostic, 'diagnostic'));
  if (where.context) add(signaturesIn(index, `${where.diagnostic}\n${where.context}`, 'context'));
  if (wide && where.text) add(signaturesIn(index, `${where.diagnostic}\n${where.context}\n${where.text}`, 'text'));
  return out;
}
