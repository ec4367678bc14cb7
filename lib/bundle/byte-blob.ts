/**
 * Build-time stand-in for `Blob` inside the Node bundle (scripts/build-lib.ts injects it in
 * place of the global). postal-mime joins each decoded MIME part's chunks through a Blob and
 * reads it back with `arrayBuffer()`; in Node that round trip goes through the Blob machinery
 * (about 15% of a bulk run's time). This joins the bytes directly. The browser build keeps the
 * real Blob.
 */

type Part = ArrayBuffer | ArrayBufferView | string;

function bytesOf(p: Part): Uint8Array {
  if (typeof p === 'string') return new TextEncoder().encode(p);
  if (p instanceof ArrayBuffer) return new Uint8Array(p);
  return new Uint8Array(p.buffer, p.byteOffset, p.byteLength);
}

/** The part of the Blob API postal-mime uses: construct from parts, `size`, `arrayBuffer()`. */
export class ByteBlob {
  readonly type: string;
  private readonly parts: Uint8Array[];
  readonly size: number;

  constructor(parts: Part[] = [], opts: { type?: string } = {}) {
    this.parts = parts.map(bytesOf);
    this.size = this.parts.reduce((n, p) => n + p.byteLength, 0);
    this.type = opts.type ?? '';
  }

  /** The joined bytes (a fresh buffer, as Blob gives). */
  async arrayBuffer(): Promise<ArrayBuffer> {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out.buffer;
  }
}
