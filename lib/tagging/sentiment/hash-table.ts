import { fnv } from './tokenize';

/**
 * Open-addressing table from token hash (uint32) to a number: lexicons, negators and cue
 * words are looked up by the hashes the tokenizer already computed, without building strings.
 */
export class HashTable {
  private readonly keys: Uint32Array;
  private readonly values: Float32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  readonly size: number;

  constructor(entries: Iterable<readonly [string, number]>) {
    const list = [...entries];
    let cap = 16;
    while (cap < list.length * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.values = new Float32Array(cap);
    this.used = new Uint8Array(cap);
    this.mask = cap - 1;
    for (const [word, value] of list) this.set(fnv(word), value);
    this.size = list.length;
  }

  private set(h: number, value: number): void {
    let i = h & this.mask;
    while (this.used[i] && this.keys[i] !== h) i = (i + 1) & this.mask;
    this.keys[i] = h;
    this.values[i] = value;
    this.used[i] = 1;
  }

  /** Value stored for hash `h`, or NaN when absent. */
  get(h: number): number {
    let i = h & this.mask;
    while (this.used[i]) {
      if (this.keys[i] === h) return this.values[i];
      i = (i + 1) & this.mask;
    }
    return NaN;
  }

  /** Whether hash `h` is present. */
  has(h: number): boolean {
    return !Number.isNaN(this.get(h));
  }
}
