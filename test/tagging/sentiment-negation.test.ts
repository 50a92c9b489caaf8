import { describe, expect, it } from 'vitest';
import type { Lang } from '../../lib/model/taxonomy';
import { CONTRAST_WORD, INTENSIFIER, MODIFIERS, NEGATOR } from '../../lib/tagging/sentiment/negation';
import { fnv } from '../../lib/tagging/sentiment/tokenize';

const role = (lang: Lang, word: string) => MODIFIERS[lang].get(fnv(word)) | 0;

describe('negators, intensifiers and "but"-words', () => {
  it.each<[Lang, string, number]>([
    ['es', 'nunca', NEGATOR], ['ca', 'mai', NEGATOR], ['en', "don't", NEGATOR], ['fr', "n'", NEGATOR], ['de', 'kein', NEGATOR],
    ['es', 'muy', INTENSIFIER], ['ca', 'molt', INTENSIFIER], ['it', 'molto', INTENSIFIER],
    ['es', 'pero', CONTRAST_WORD], ['ca', 'però', CONTRAST_WORD], ['it', 'tuttavia', CONTRAST_WORD], ['en', 'but', CONTRAST_WORD],
  ])('%s "%s" has its role', (lang, word, bit) => {
    expect(role(lang, word) & bit).toBe(bit);
  });

  // Frequent words that only start a contrast inside a phrase ("tot i que", "anche se"): taken
  // alone they would reset the verdict clause on almost every sentence.
  it.each<[Lang, string]>([['ca', 'tot'], ['it', 'anche'], ['es', 'todo'], ['en', 'so']])('%s "%s" is not a "but"-word', (lang, word) => {
    expect(role(lang, word) & CONTRAST_WORD).toBe(0);
  });
});
