import { MentionSchema, type Mention } from '../../lib/model/mention';

let counter = 0;

/** A valid mention with sensible defaults; parsed through the schema so tests use real shapes. */
export function makeMention(over: Partial<Mention> & { sortAt: string }): Mention {
  counter += 1;
  const label = over.sentiment?.label ?? 'neutral';
  return MentionSchema.parse({
    id: over.id ?? `m${counter}`,
    origin: 'browse',
    platform: 'x',
    url: `https://example.test/${over.id ?? counter}`,
    text: 'Barcelona',
    author: {},
    capturedAt: over.sortAt,
    lang: 'es',
    sentiment: { label, score: label === 'positive' ? 0.5 : label === 'negative' ? -0.5 : 0, tagger: 'test@1' },
    topics: [],
    attributes: [],
    matched: ['barcelona'],
    taggers: {},
    ...over,
  });
}

/** Shorthand for a sentiment value. */
export const sent = (label: 'positive' | 'neutral' | 'negative') => ({ label, score: 0, tagger: 'test@1' });
