/**
 * Aho-Corasick phrase finder: finds every occurrence of many phrases in one pass over the text,
 * so checking a bounce against every article's signatures costs the same with 10 or 1,000 of them.
 */

/** One phrase occurrence: which phrase, and where it ends (exclusive) in the searched text. */
export interface PhraseHit {
  phrase: number;
  start: number;
  end: number;
}

/**
 * A compiled set of phrases (already normalised by the caller).
 *
 * @example
 * const finder = new PhraseFinder(['das51', 'ip frequency limited']);
 * finder.find('550 ip frequency limited'); // [{ phrase: 1, start: 4, end: 24 }]
 */
export class PhraseFinder {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private readonly lengths: number[];

  /**
   * Compiles the phrases; empty phrases are ignored.
   *
   * @example
   * const f = new PhraseFinder(['das51', 'blocked']);
   * f.find('554 5.7.1 das51 ... blocked').map((h) => h.phrase); // [0, 1]
   */
  constructor(phrases: readonly string[]) {
    this.lengths = phrases.map((p) => p.length);
    phrases.forEach((p, idx) => {
      if (!p) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let nx = this.next[node]?.get(c);
        if (nx === undefined) {
          nx = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[node]?.set(c, nx);
        }
        node = nx;
      }
      this.out[node]?.push(idx);
    });
    // Breadth-first: each node's failure link is the longest proper suffix that is also a prefix.
    const queue: number[] = [];
    for (const child of this.next[0]?.values() ?? []) queue.push(child);
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi] as number;
      for (const [c, child] of this.next[node] ?? []) {
        queue.push(child);
        let f = this.fail[node] ?? 0;
        while (f !== 0 && !this.next[f]?.has(c)) f = this.fail[f] ?? 0;
        const target = this.next[f]?.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.out[this.fail[child] ?? 0];
        if (inherited?.length) this.out[child]?.push(...inherited);
      }
    }
  }

  /**
   * Every occurrence of every phrase in `text` (in order of their end).
   *
   * @example
   * new PhraseFinder(['ip frequency limited']).find('550 ip frequency limited'); // [{ phrase: 0, start: 4, end: 24 }]
   */
  find(text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let nx = this.next[node]?.get(c);
      while (nx === undefined && node !== 0) {
        node = this.fail[node] ?? 0;
        nx = this.next[node]?.get(c);
      }
      node = nx ?? 0;
      const outs = this.out[node];
      if (outs && outs.length) {
        for (const p of outs) hits.push({ phrase: p, start: i + 1 - (this.lengths[p] ?? 0), end: i + 1 });
      }
    }
    return hits;
  }
}
