import { fnv } from './tokenize';

/**
 * Open-addressing table from token hash (uint32) to a number: lexicons, negators and cue
 * words are looked up by the hashes the tokenizer already computed, without building strings.
 *
 * Laid out for the cache, because the tagger looks up every word of a post in several tables
 * while the model weights fill the cache: a bit filter answers most misses (most words are in no
 * lexicon) from one small array, and each slot keeps its key and value side by side, so a hit
 * reads one cache line.
 */
export class HashTable {
  /** Slot i: the key at [2i]; [2i + 1] holds the value's bits (see `values`). */
  private readonly keys: Uint32Array;
  /** The same memory as float32: the value of slot i at [2i + 1], NaN in an empty slot. */
  private readonly values: Float32Array;
  /**
   * A blocked Bloom filter: two bits per key in one 32-bit word (picked by the top bits of a
   * multiplicative hash), about eight bits per key; about 1 false pass in 20.
   */
  private readonly filter: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  readonly size: number;

  constructor(entries: Iterable<readonly [string, number]>) {
    const list = [...entries];
    let cap = 16;
    while (cap < list.length * 2) cap *= 2;
    const buffer = new ArrayBuffer(cap * 8);
    this.keys = new Uint32Array(buffer);
    this.values = new Float32Array(buffer);
    this.values.fill(NaN);
    // About eight bits per key, half what one bit per key needs for a similar false-pass rate,
    // so more of the filter stays in the cache.
    let words = 2;
    let wordBits = 1;
    while (words * 32 < list.length * 8) {
      words *= 2;
      wordBits++;
    }
    this.filter = new Int32Array(words);
    this.shift = 32 - wordBits;
    this.mask = cap - 1;
    for (const [word, value] of list) this.set(fnv(word), value);
    this.size = list.length;
  }

  private set(h: number, value: number): void {
    let i = h & this.mask;
    // A NaN value is never stored (get answers NaN for it either way), so NaN marks empty slots.
    if (Number.isNaN(value)) return;
    while (!Number.isNaN(this.values[2 * i + 1]) && this.keys[2 * i] !== h) i = (i + 1) & this.mask;
    this.keys[2 * i] = h;
    this.values[2 * i + 1] = value;
    this.filter[Math.imul(h, 0x9e3779b1) >>> this.shift] |= bitsOf(h);
  }

  /** Value stored for hash `h`, or NaN when absent. */
  get(h: number): number {
    const m = bitsOf(h);
    if ((this.filter[Math.imul(h, 0x9e3779b1) >>> this.shift] & m) !== m) return NaN;
    const keys = this.keys;
    const values = this.values;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const v = values[2 * i + 1];
      // An empty slot (NaN) ends the probe: absent.
      if (v !== v) return NaN;
      if (keys[2 * i] === h) return v;
      i = (i + 1) & mask;
    }
  }

  /** Whether hash `h` is present. */
  has(h: number): boolean {
    return !Number.isNaN(this.get(h));
  }
}

/** The two filter bits of hash `h` in its word (from a second mix, independent of the word's index). */
function bitsOf(h: number): number {
  const g = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (1 << (g & 31)) | (1 << ((g >>> 5) & 31));
}
