import { describe, expect, it } from 'vitest';
import { TopicTaxonomySchema } from '../../lib/model/topic-taxonomy';
import { alternativesError, expandAlternatives, MAX_EXPANSIONS } from '../../lib/model/term-alternatives';
import { tagTopics } from '../../lib/tagging/topics';
import { DEFAULT_TAXONOMY } from '../../lib/tagging/taxonomy/default-taxonomy';

describe('expandAlternatives', () => {
  it.each<[string, string[]]>([
    ['alquiler', ['alquiler']],
    ['(rent|prices) (is|are) insane', ['rent is insane', 'rent are insane', 'prices is insane', 'prices are insane']],
    // An empty alternative makes a word optional; spaces left behind collapse.
    ['rent (so |)high', ['rent so high', 'rent high']],
    ['(|very) expensive', ['expensive', 'very expensive']],
    // Alternatives may hold several words, gaps and the other term marks.
    ['(a scam|daylight robbery)', ['a scam', 'daylight robbery']],
    ['(rent|=car) … (insane|skyrocket*)', ['rent … insane', 'rent … skyrocket*', '=car … insane', '=car … skyrocket*']],
    // Duplicates once.
    ['(rent|rent) high', ['rent high']],
  ])('%s', (term, terms) => {
    expect(expandAlternatives(term)).toEqual(terms);
  });

  it.each<[string, string, number]>([
    ['(rent|prices high', 'unclosed', 0],
    ['rent) high', 'unopened', 4],
    ['((rent|a)|b)', 'nested', 1],
    ['(rent) high', 'single', 0],
    ['(euros|€|eur) brut', 'wordless', 7],
    ['(high| ?! ) rent', 'wordless', 6],
  ])('refuses %s (%s at %d) and keeps it as it is', (term, error, at) => {
    expect(alternativesError(term)).toEqual({ error, at });
    expect(expandAlternatives(term)).toEqual([term]);
  });

  it('refuses a line that would spell out more than MAX_EXPANSIONS terms', () => {
    const group = `(${Array.from({ length: 13 }, (_, i) => `w${i}`).join('|')})`;
    const term = `${group} ${group} ${group}`;
    expect(13 ** 3).toBeGreaterThan(MAX_EXPANSIONS);
    expect(alternativesError(term)?.error).toBe('too-many');
    expect(alternativesError(`${group} ${group}`)).toBeUndefined();
  });
});

describe('alternatives in the taxonomy', () => {
  const withTerm = (term: string) => ({ ...DEFAULT_TAXONOMY, attributes: { ...DEFAULT_TAXONOMY.attributes, expensive: { en: [term] } } });

  it('tags every spelled-out form, and stems and negation work as in a plain term', () => {
    const tax = withTerm('(rent|prices) (are|is) (insane|bonkers)');
    for (const text of ['Rents are insane here', 'the prices is bonkers', 'Rent is INSANE']) {
      expect(tagTopics(text, 'en', tax).attributes).toContain('expensive');
    }
    expect(tagTopics('rents are fine', 'en', tax).attributes).not.toContain('expensive');
  });

  it('refuses a malformed group with its position when the taxonomy is saved', () => {
    const parsed = TopicTaxonomySchema.safeParse(withTerm('(rent|prices are insane'));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe('alternatives in "(rent|prices are insane": unclosed at character 1');
  });

  it('keeps the shipped taxonomy within the limits', () => {
    expect(TopicTaxonomySchema.safeParse(DEFAULT_TAXONOMY).success).toBe(true);
  });
});
