import { describe, expect, it } from 'vitest';
import { extractFeatures, lexiconTable, newFeatureViews, stemValence, type LexiconSet } from '../../lib/tagging/sentiment/features';
import { HashTable } from '../../lib/tagging/sentiment/hash-table';
import { joinViews } from '../../lib/tagging/sentiment/linear-model';
import { tokenize } from '../../lib/tagging/sentiment/tokenize';

const MASK = (1 << 17) - 1;
const EMPTY = new HashTable([]);
const lex = (stems: Record<string, number>, words: Record<string, number> = {}): LexiconSet => ({ words: lexiconTable(words), stems: lexiconTable(stems), emoji: EMPTY });
const buckets = (v: { idx: Int32Array; n: number }) => new Set(Array.from(v.idx.subarray(0, v.n)));

describe('sentiment features', () => {
  it('counts stem-lexicon words the curated list lacks, flipped under negation', () => {
    const l = lex({ estupenda: 3.5, horrorosa: -4 });
    const plain = extractFeatures(tokenize('Una ciudad estupenda'), 'es', l, MASK, newFeatureViews());
    expect(plain.stemPos).toBeCloseTo(3.5);
    expect(plain.pos).toBe(0);
    const negated = extractFeatures(tokenize('No es estupenda'), 'es', l, MASK, newFeatureViews());
    expect(negated.stemPos).toBe(0);
    expect(negated.stemNeg).toBeCloseTo(3.5 * 0.7);
    // Shouting changes nothing: tokens are lower-cased before the lookup.
    expect(extractFeatures(tokenize('HORROROSA'), 'es', l, MASK, newFeatureViews()).stemNeg).toBeCloseTo(4);
  });

  it('puts words in one view, char 4-grams in the other, and the shared cues in both', () => {
    const out = newFeatureViews();
    extractFeatures(tokenize('Barcelona maravillosa!'), 'es', lex({ maravillosa: 4 }), MASK, out);
    const words = buckets(out.words);
    const chars = buckets(out.chars);
    const shared = [...words].filter((b) => chars.has(b));
    // Bias, "!", stem valence and its band, length… are shared; words and n-grams are not.
    expect(shared.length).toBeGreaterThanOrEqual(6);
    expect(words.size - shared.length).toBeGreaterThanOrEqual(4);
    expect(chars.size - shared.length).toBeGreaterThanOrEqual(10);
  });

  it('never writes past its buffers on a huge post', () => {
    const out = newFeatureViews();
    extractFeatures(tokenize('palabra '.repeat(20000)), 'es', lex({}), MASK, out);
    expect(out.words.n).toBeLessThanOrEqual(out.words.idx.length);
    expect(out.chars.n).toBeLessThanOrEqual(out.chars.idx.length);
  });
});

describe('stemValence', () => {
  // Unaccented Snowball stems, as the training script ships them.
  const stems = new HashTable(Object.entries({ mal: -3, tranquil: 2, horribl: -4, acogedor: 3, gener: 1 }));
  const valence = (word: string) => {
    const low = word.toLowerCase();
    return stemValence(low, 0, low.length, stems);
  };

  it.each<[string, number]>([
    ['mal', -3], ['malos', -3], ['males', -3],
    // Forms no training text had: the longest listed prefix is the stem.
    ['tranquilamente', 2], ['tranquilíssima', 2], ['acogedoras', 3],
    // Accents and shouting fold away, as in the stemmer's input.
    ['HÓRRIBLE', -4], ['hòrribles', -4],
    // Elongation counts once; a double letter stays.
    ['horriiiible', -4], ['horribleeee', -4], ['tranquiiilll', 2],
  ])('%s → %d', (word, v) => {
    expect(valence(word)).toBe(v);
  });

  it.each(['maleta', 'malecón', 'generalmente', 'ma', 'tranquilamentissimament', ''])('%s has no stem valence', (word) => {
    // A stem must be longer than what it leaves: `mal` is not the stem of `maleta`, and a
    // suffix over seven letters is not an inflection.
    expect(valence(word)).toBeNaN();
  });

  it('reads a span inside a longer string', () => {
    const low = 'muy malos días';
    expect(stemValence(low, 4, 9, stems)).toBe(-3);
    expect(stemValence(low, 0, 3, stems)).toBeNaN();
  });
});

describe('joinViews', () => {
  it('is the renormalised geometric mean of the two views', () => {
    const p = joinViews([0.6, 0.3, 0.1], [0.2, 0.3, 0.5], [0, 0, 0]);
    const g = [Math.sqrt(0.12), Math.sqrt(0.09), Math.sqrt(0.05)];
    const z = g[0] + g[1] + g[2];
    p.forEach((v, c) => expect(v).toBeCloseTo(g[c] / z, 12));
    expect(joinViews([0.7, 0.2, 0.1], [0.7, 0.2, 0.1], [0, 0, 0]).map((v) => Number(v.toFixed(12)))).toEqual([0.7, 0.2, 0.1]);
  });

  it('lets a confident view outvote an unsure one', () => {
    const p = joinViews([0.05, 0.15, 0.8], [0.4, 0.3, 0.3], [0, 0, 0]);
    expect(p[2]).toBeGreaterThan(p[0]);
    expect(p[2]).toBeGreaterThan(p[1]);
  });
});
