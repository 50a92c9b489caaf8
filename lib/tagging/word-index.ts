import { wordHash } from './fold-tokens';

/**
 * An exact word → value table looked up by a span of a folded text and its precomputed
 * `wordHash`, so the hot path builds no string. Open addressing on the hash; a hit is confirmed by
 * comparing the span with the stored word, so two words with the same hash never mix.
 */
export class WordIndex<T> {
  private keys = new Uint32Array(16);
  /** Slot → 1 + index into words/values; 0 is an empty slot. */
  private slots = new Int32Array(16);
  /** One bit per hash value modulo its size: most text words miss, and miss here, in a few cache lines. */
  private filter = new Int32Array(2);
  private readonly words: string[] = [];
  private readonly values: T[] = [];

  /** Number of words stored. */
  get size(): number {
    return this.words.length;
  }

  /** Stores `value` under `word`, replacing an earlier value. */
  set(word: string, value: T): void {
    const h = wordHash(word);
    let i = h & (this.slots.length - 1);
    for (let s = this.slots[i]; s; s = this.slots[i]) {
      if (this.keys[i] === h && this.words[s - 1] === word) {
        this.values[s - 1] = value;
        return;
      }
      i = (i + 1) & (this.slots.length - 1);
    }
    this.words.push(word);
    this.values.push(value);
    this.keys[i] = h;
    this.slots[i] = this.words.length;
    this.filter[(h >>> 5) & (this.filter.length - 1)] |= 1 << (h & 31);
    // A quarter full at most: a miss that passes the filter ends after a probe or two.
    if (this.words.length * 4 > this.slots.length) this.rehash();
  }

  private rehash(): void {
    const cap = this.slots.length * 2;
    this.keys = new Uint32Array(cap);
    this.slots = new Int32Array(cap);
    // At least sixteen filter bits per word (about a 1-in-16 false pass), in 32-bit words.
    this.filter = new Int32Array(cap / 8);
    for (let k = 0; k < this.words.length; k++) {
      const h = wordHash(this.words[k]);
      let i = h & (cap - 1);
      while (this.slots[i]) i = (i + 1) & (cap - 1);
      this.keys[i] = h;
      this.slots[i] = k + 1;
      this.filter[(h >>> 5) & (this.filter.length - 1)] |= 1 << (h & 31);
    }
  }

  /** The value of `text[start..end)`, whose `wordHash` is `hash`; undefined when absent. */
  getSpan(text: string, start: number, end: number, hash: number): T | undefined {
    if ((this.filter[(hash >>> 5) & (this.filter.length - 1)] & (1 << (hash & 31))) === 0) return undefined;
    const mask = this.slots.length - 1;
    let i = hash & mask;
    for (let s = this.slots[i]; s; s = this.slots[i]) {
      if (this.keys[i] === hash) {
        const w = this.words[s - 1];
        if (w.length === end - start && text.startsWith(w, start)) return this.values[s - 1];
      }
      i = (i + 1) & mask;
    }
    return undefined;
  }

  /** The value of `word`; undefined when absent. */
  get(word: string): T | undefined {
    return this.getSpan(word, 0, word.length, wordHash(word));
  }

  /** Every word with its value, in insertion order. */
  *entries(): IterableIterator<[string, T]> {
    for (let k = 0; k < this.words.length; k++) yield [this.words[k], this.values[k]];
  }
}
