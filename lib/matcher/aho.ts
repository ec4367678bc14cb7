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
  /** Transitions while compiling; dropped once the flat table below is built. */
  private next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private readonly lengths: number[];
  /** The root's transitions as a flat table (0: none): most characters of a text leave from the root. */
  private readonly root = new Int32Array(65536);
  /**
   * The other transitions in one open-addressing hash table (node, character) -> node: a few
   * typed-array reads instead of a Map per node.
   */
  private tNode = new Int32Array(0);
  private tChar = new Uint16Array(0);
  private tTo = new Int32Array(0);
  private mask = 0;

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
    for (const [c, child] of this.next[0] ?? []) this.root[c] = child;
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
    this.compile();
  }

  private static slot(node: number, c: number, mask: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) >>> 0 & mask;
  }

  /** Moves the transitions of every node but the root into the hash table (load at most 1/2). */
  private compile(): void {
    let edges = 0;
    for (let node = 1; node < this.next.length; node++) edges += (this.next[node] as Map<number, number>).size;
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.mask = size - 1;
    this.tNode = new Int32Array(size).fill(-1);
    this.tChar = new Uint16Array(size);
    this.tTo = new Int32Array(size);
    for (let node = 1; node < this.next.length; node++) {
      for (const [c, to] of this.next[node] as Map<number, number>) {
        let h = PhraseFinder.slot(node, c, this.mask);
        while (this.tNode[h] !== -1) h = (h + 1) & this.mask;
        this.tNode[h] = node;
        this.tChar[h] = c;
        this.tTo[h] = to;
      }
    }
    this.next = [];
  }

  /** The transition of `node` (not the root) on `c`, or -1. */
  private step(node: number, c: number): number {
    const { tNode, tChar, tTo, mask } = this;
    for (let h = PhraseFinder.slot(node, c, mask); ; h = (h + 1) & mask) {
      const n = tNode[h] as number;
      if (n === -1) return -1;
      if (n === node && tChar[h] === c) return tTo[h] as number;
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
    const { root, fail, out, lengths } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Follow failure links down to a node with a transition on c, or to the root.
      let nx = -1;
      while (node !== 0 && (nx = this.step(node, c)) === -1) node = fail[node] as number;
      node = node === 0 ? (root[c] as number) : nx;
      const outs = out[node] as number[];
      if (outs.length) {
        for (const p of outs) hits.push({ phrase: p, start: i + 1 - (lengths[p] as number), end: i + 1 });
      }
    }
    return hits;
  }
}
