import { describe, expect, it } from 'vitest';
import { HashTable } from '../../lib/tagging/sentiment/hash-table';
import { fnv } from '../../lib/tagging/sentiment/tokenize';

// Lexicons, negators and cue words are looked up by token hash: every stored word must answer
// its value and every other word NaN, whatever the table's size (the bit filter in front of the
// slots only ever says "absent" for absent words).
describe('HashTable', () => {
  const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36)}`);

  it.each([0, 1, 7, 100, 5000])('answers each of %i stored words and no other', (n) => {
    const stored = words(n, 'w');
    const table = new HashTable(stored.map((w, i) => [w, (i % 11) - 5] as const));
    expect(table.size).toBe(n);
    for (const [i, w] of stored.entries()) expect(table.get(fnv(w))).toBe((i % 11) - 5);
    let wrong = 0;
    for (const w of words(20_000, 'x')) if (!Number.isNaN(table.get(fnv(w))) || table.has(fnv(w))) wrong++;
    expect(wrong).toBe(0);
  });

  it('keeps the last value of a word given twice, and fractional values as float32', () => {
    const table = new HashTable([['molt', 1], ['bé', 2.5], ['molt', 3], ['gens', -0.1]]);
    expect(table.get(fnv('molt'))).toBe(3);
    expect(table.get(fnv('bé'))).toBe(2.5);
    expect(table.get(fnv('gens'))).toBe(Math.fround(-0.1));
  });
});
