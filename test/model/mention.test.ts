import { describe, expect, it } from 'vitest';
import { MentionSchema, RawPostSchema, type Mention } from '@/lib/model/mention';

const valid: Mention = {
  id: 'x:1790000000000000001',
  origin: 'browse',
  platform: 'x',
  url: 'https://x.com/veina/status/1790000000000000001',
  text: 'El bus 24 de Barcelona torna a anar ple',
  author: { handle: 'veina', name: 'Veïna del Carmel' },
  publishedAt: '2026-11-20T08:30:00.000Z',
  capturedAt: '2026-11-20T09:00:00.000Z',
  lang: 'ca',
  sentiment: { label: 'negative', score: -0.4, tagger: 'sentiment@1' },
  topics: ['mobility'],
  attributes: ['overcrowded'],
  stakeholder: 'citizen',
  matched: ['Barcelona'],
  taggers: { sentiment: '1' },
  sortAt: '2026-11-20T08:30:00.000Z',
};

describe('MentionSchema', () => {
  it('accepts a complete mention', () => {
    expect(MentionSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['an unknown origin', { origin: 'scrape' }, 'origin'],
    ['an unknown platform', { platform: 'myspace' }, 'platform'],
    ['a sentiment label outside the three', { sentiment: { label: 'mixed', score: 0, tagger: 's@1' } }, 'sentiment'],
    ['a score outside [-1, 1]', { sentiment: { label: 'positive', score: 3, tagger: 's@1' } }, 'sentiment'],
    ['a capture time that is not ISO 8601', { capturedAt: '20/11/2026' }, 'capturedAt'],
    ['an unknown topic', { topics: ['weather'] }, 'topics'],
    ['an unknown language code', { lang: 'xx' }, 'lang'],
    ['an empty id', { id: '' }, 'id'],
  ])('rejects %s', (_name, patch, field) => {
    const r = MentionSchema.safeParse({ ...valid, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path[0]).toBe(field);
  });

  it('rejects a mention without text field', () => {
    const { text: _t, ...rest } = valid;
    expect(MentionSchema.safeParse(rest).success).toBe(false);
  });
});

describe('RawPostSchema', () => {
  it('accepts the minimum an adapter knows', () => {
    expect(RawPostSchema.safeParse({ platform: 'news', url: 'https://e.test/a', text: '' }).success).toBe(true);
  });
  it('rejects a post without url', () => {
    expect(RawPostSchema.safeParse({ platform: 'news', text: 'x' }).success).toBe(false);
  });
});
