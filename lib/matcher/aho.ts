/**
 * Aho-Corasick phrase finder: finds every occurrence of many phrases in one pass over the text,
 * so checking a bounce against every article's signatures costs the same with 10 or 1,000 of them.
 * Built straight into typed arrays (no object per node): a command-line run builds it at start,
 * so its build time is part of every single-file run.
 */

/** One phrase occurrence: which phrase, and where it ends (exclusive) in the searched text. */
export interface PhraseHit {
  phrase: number;
  start: number;
  end: number;
}

const NONE: readonly number[] = [];

function slot(node: number, c: number, mask: number): number {
  return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) >>> 0) & mask;
}

/**
 * A compiled set of phrases (already normalised by the caller).
 *
 * @example
 * const finder = new PhraseFinder(['das51', 'ip frequency limited']);
 * finder.find('550 ip frequency limited'); // [{ phrase: 1, start: 4, end: 24 }]
 */
export class PhraseFinder {
  /** The root's transitions as a flat table (0: none): most characters of a text leave from the root. */
  private readonly root = new Int32Array(65536);
  /**
   * The other transitions in one open-addressing hash table (node, character) -> node, at most
   * half full: a few typed-array reads per character.
   */
  private readonly tNode: Int32Array;
  private readonly tChar: Uint16Array;
  private readonly tTo: Int32Array;
  private readonly mask: number;
  private readonly fail: Int32Array;
  /** Phrases ending at each node, its failure chain's included (shared, read-only). */
  private readonly out: Array<readonly number[]>;
  private readonly lengths: number[];
  /**
   * Every node as a full automaton over ASCII: `dense[node * width + ascii[c]]` is where ASCII
   * character `c` leads, failure links already followed, so an ASCII character costs one array
   * read. The ASCII characters no phrase holds share class 0 (back to the root), which keeps a
   * row as narrow as the phrases' alphabet (13,669 nodes of the articles' signatures: 1.5 MB).
   */
  private readonly ascii = new Uint8Array(128);
  private readonly width: number;
  private readonly dense: Uint16Array | Int32Array;

  /**
   * Compiles the phrases; empty phrases are ignored.
   *
   * @example
   * const f = new PhraseFinder(['das51', 'blocked']);
   * f.find('554 5.7.1 das51 ... blocked').map((h) => h.phrase); // [0, 1]
   */
  constructor(phrases: readonly string[]) {
    this.lengths = phrases.map((p) => p.length);
    // At most one node per phrase character, plus the root.
    let chars = 0;
    for (const p of phrases) chars += p.length;
    let size = 16;
    while (size < chars * 2) size *= 2;
    this.mask = size - 1;
    this.tNode = new Int32Array(size).fill(-1);
    this.tChar = new Uint16Array(size);
    this.tTo = new Int32Array(size);
    const firstChild = new Int32Array(chars + 1).fill(-1);
    const nextSibling = new Int32Array(chars + 1).fill(-1);
    const charOf = new Uint16Array(chars + 1);
    const own: number[][] = [];
    let nodes = 1;

    phrases.forEach((p, idx) => {
      if (!p) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let nx = node === 0 ? (this.root[c] as number) || -1 : this.step(node, c);
        if (nx === -1) {
          nx = nodes++;
          charOf[nx] = c;
          nextSibling[nx] = firstChild[node] as number;
          firstChild[node] = nx;
          if (node === 0) this.root[c] = nx;
          else {
            let h = slot(node, c, this.mask);
            while (this.tNode[h] !== -1) h = (h + 1) & this.mask;
            this.tNode[h] = node;
            this.tChar[h] = c;
            this.tTo[h] = nx;
          }
        }
        node = nx;
      }
      (own[node] ??= []).push(idx);
    });

    // Breadth-first: each node's failure link is the longest proper suffix that is also a prefix.
    this.fail = new Int32Array(nodes);
    this.out = new Array<readonly number[]>(nodes).fill(NONE);
    const queue = new Int32Array(nodes);
    let tail = 0;
    for (let ch = firstChild[0] as number; ch !== -1; ch = nextSibling[ch] as number) {
      queue[tail++] = ch;
      this.out[ch] = own[ch] ?? NONE;
    }
    for (let head = 0; head < tail; head++) {
      const node = queue[head] as number;
      for (let child = firstChild[node] as number; child !== -1; child = nextSibling[child] as number) {
        queue[tail++] = child;
        const c = charOf[child] as number;
        let f = this.fail[node] as number;
        let target = -1;
        while (f !== 0 && (target = this.step(f, c)) === -1) f = this.fail[f] as number;
        if (f === 0) target = this.root[c] as number;
        const fl = target > 0 && target !== child ? target : 0;
        this.fail[child] = fl;
        const inherited = this.out[fl] as readonly number[];
        const mine = own[child];
        this.out[child] = mine ? (inherited.length ? [...mine, ...inherited] : mine) : inherited;
      }
    }
    // The dense rows: the root, then nodes in breadth-first order (a node's failure target is
    // shallower, so its row is filled before the node's).
    let width = 1;
    for (const p of phrases) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (c < 128 && !this.ascii[c]) this.ascii[c] = width++;
      }
    }
    this.width = width;
    const dense = nodes < 65536 ? new Uint16Array(nodes * width) : new Int32Array(nodes * width);
    for (let c = 0; c < 128; c++) if (this.ascii[c]) dense[this.ascii[c] as number] = this.root[c] as number;
    for (let k = 0; k < tail; k++) {
      const node = queue[k] as number;
      const f = this.fail[node] as number;
      // Where the failure target leads, then the node's own children over it.
      dense.copyWithin(node * width, f * width, f * width + width);
      for (let ch = firstChild[node] as number; ch !== -1; ch = nextSibling[ch] as number) {
        const c = charOf[ch] as number;
        if (c < 128) dense[node * width + (this.ascii[c] as number)] = ch;
      }
    }
    this.dense = dense;
  }

  /** The transition of `node` (not the root) on `c`, or -1. */
  private step(node: number, c: number): number {
    const { tNode, tChar, tTo, mask } = this;
    for (let h = slot(node, c, mask); ; h = (h + 1) & mask) {
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
    const { root, fail, out, lengths, ascii, width, dense } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) node = dense[node * width + (ascii[c] as number)] as number;
      else {
        // Follow failure links down to a node with a transition on c, or to the root.
        let nx = -1;
        while (node !== 0 && (nx = this.step(node, c)) === -1) node = fail[node] as number;
        node = node === 0 ? (root[c] as number) : nx;
      }
      const outs = out[node] as readonly number[];
      if (outs.length) {
        for (const p of outs) hits.push({ phrase: p, start: i + 1 - (lengths[p] as number), end: i + 1 });
      }
    }
    return hits;
  }
}
