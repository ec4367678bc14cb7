/**
 * The phrase finder (Aho-Corasick: a dense row over ASCII per node, a hash table for other
 * characters) against the obvious indexOf loop, on fixed cases and on random phrase sets and
 * texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseFinder } from '../../lib/matcher/aho';

/** Every occurrence of every phrase, by indexOf: the reference. */
function naive(phrases: string[], text: string): string[] {
  const out: string[] = [];
  phrases.forEach((p, k) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${k}@${at}-${at + p.length}`);
  });
  return out.sort();
}

const found = (f: PhraseFinder, text: string) => f.find(text).map((h) => `${h.phrase}@${h.start}-${h.end}`).sort();

describe('PhraseFinder', () => {
  it('finds overlapping phrases, phrases inside phrases and repeated ones', () => {
    const phrases = ['user unknown', 'unknown', 'he', 'she', 'hers', 'das51', 'his'];
    const text = 'ushers: 550 user unknown, user unknown; das51 his';
    expect(found(new PhraseFinder(phrases), text)).toEqual(naive(phrases, text));
  });

  it('handles Hangul, CJK and the empty phrase', () => {
    const phrases = ['수신자 없음', '없음', '', '宛先不明', 'ω'];
    const text = '오류: 수신자 없음 (宛先不明) ω ωω';
    expect(found(new PhraseFinder(phrases), text)).toEqual(naive(phrases, text));
  });

  /** Random phrase sets over `letters` against indexOf on random texts. */
  const agreesOnRandom = (letters: string[], word: { min: number; max: number }, set: { min: number; max: number }, textMax: number, run: { seed: number; runs: number }) => {
    const alphabet = fc.constantFrom(...letters);
    const phrase = fc.array(alphabet, { minLength: word.min, maxLength: word.max }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: set.min, maxLength: set.max }), fc.array(alphabet, { maxLength: textMax }).map((a) => a.join('')), (phrases, text) => {
        expect(found(new PhraseFinder(phrases), text)).toEqual(naive(phrases, text));
      }),
      { seed: run.seed, numRuns: run.runs },
    );
  };

  it('agrees with indexOf on random phrase sets and texts (seeded)', () => {
    agreesOnRandom(['a', 'b', 'c', ' ', '5', '.', '가', '\u00e9'], { min: 1, max: 6 }, { min: 1, max: 40 }, 200, { seed: 20261202, runs: 300 });
  });

  it('agrees with indexOf on automata of thousands of nodes (seeded)', () => {
    agreesOnRandom(['a', 'b', 'c', 'd', ' ', '5', '가', '\u00e9'], { min: 4, max: 14 }, { min: 400, max: 600 }, 400, { seed: 7, runs: 40 });
  });
});

describe('normalizePhrase', () => {
  it('folds ASCII phrases exactly as the full normaliser does (seeded)', async () => {
    const { normalize, normalizePhrase } = await import('../../lib/matcher/normalize');
    const ch = fc.constantFrom('a', 'B', ' ', '\t', '\n', '\r', '\v', '\f', '`', "'", '5', '.', '-', 'Z', '\u00a0', '\u2019', 'é');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(normalizePhrase(s)).toBe(normalize(s).text.trim());
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });
});
