import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { countCapturedSince, queryFeedIds, type FeedFilter } from '@/lib/db/feed-query';
import { ingest, type IngestItem } from '@/lib/ingest/ingest';
import { MentionSchema, type RawPost } from '@/lib/model/mention';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';

const pipeline = createPipeline(BARCELONA_PROFILE);
const NOW = new Date('2026-11-24T10:00:00Z');
const ANY: FeedFilter = { origins: [], platforms: [], sentiments: [], topics: [], attributes: [], search: '' };

function tweet(id: string, text: string, extra: Partial<RawPost> = {}): RawPost {
  return { platform: 'x', nativeId: id, url: `https://x.com/u/status/${id}`, text, author: { handle: 'veina_bcn', name: 'Veïna' }, publishedAt: '2026-11-23T08:00:00Z', ...extra };
}

let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await db.open();
});
afterEach(() => db.close());

describe('ingest', () => {
  it('stores matching posts, drops non-matching ones, and validates what it stores', async () => {
    const items: IngestItem[] = [
      { origin: 'browse', raw: tweet('1', 'Avui el metro de Barcelona anava fatal, quina vergonya') },
      { origin: 'browse', raw: tweet('2', 'Madrid estrena carril bici en la Castellana') },
      { origin: 'browse', raw: tweet('3', 'El FC Barcelona gana en el descuento') },
    ];
    const out = await ingest(db, items, pipeline, NOW);
    expect(out).toMatchObject({ received: 3, stored: 1, updated: 0, dropped: 2 });
    const all = await db.mentions.toArray();
    expect(all.map((m) => m.id)).toEqual(['x:1']);
    expect(MentionSchema.parse(all[0])).toEqual(all[0]);
    expect(all[0]).toMatchObject({ origin: 'browse', capturedAt: NOW.toISOString(), publishedAt: '2026-11-23T08:00:00.000Z', sortAt: '2026-11-23T08:00:00.000Z' });
    expect(all[0].matched).toContain('Barcelona');
    expect(all[0].taggers.sentiment).toBeDefined();
  });

  it('keeps a manual capture that matches nothing, marked unmatched', async () => {
    const raw: RawPost = { platform: 'web', url: 'https://e.test/a', text: 'Un texto sobre la lluvia en general' };
    const out = await ingest(db, [{ origin: 'manual', raw }], pipeline, NOW);
    expect(out.stored).toBe(1);
    const [m] = await db.mentions.toArray();
    expect(m.unmatched).toBe(true);
    expect(m.matched).toEqual([]);
  });

  it('stores the same post once: seeing it again updates metrics and lastSeenAt', async () => {
    await ingest(db, [{ origin: 'browse', raw: tweet('9', 'Gràcia i Barcelona avui', { metrics: { likes: 3 } }) }], pipeline, NOW);
    const later = new Date(NOW.getTime() + 3_600_000);
    const out = await ingest(db, [
      { origin: 'poll', raw: tweet('9', 'Gràcia i Barcelona avui', { metrics: { likes: 40, reposts: 2 } }) },
      { origin: 'browse', raw: tweet('9', 'Gràcia i Barcelona avui', { metrics: { likes: 41 } }) },
    ], pipeline, later);
    expect(out).toMatchObject({ stored: 0, updated: 1 });
    const all = await db.mentions.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ origin: 'browse', capturedAt: NOW.toISOString(), lastSeenAt: later.toISOString(), metrics: { likes: 41, reposts: 2 } });
  });

  it('applies an author override to new mentions of that author', async () => {
    await db.authorOverrides.put({ key: 'x:veina_bcn', group: 'civil_society', updatedAt: NOW.toISOString() });
    await ingest(db, [{ origin: 'browse', raw: tweet('5', 'Barcelona necessita més verd') }], pipeline, NOW);
    expect((await db.mentions.get('x:5'))?.stakeholder).toBe('civil_society');
  });

  it('cuts a huge post at the cap, marks it, and never splits a surrogate pair', async () => {
    const huge = `Barcelona ${'😀'.repeat(60_000)}`;
    await ingest(db, [{ origin: 'browse', raw: tweet('7', huge) }], pipeline, NOW);
    const m = (await db.mentions.get('x:7'))!;
    expect(m.truncated).toBe(true);
    expect(m.text.length).toBeLessThanOrEqual(100_000);
    expect(m.text.isWellFormed()).toBe(true);
  });

  it('counts an item that fails the raw schema as invalid instead of throwing', async () => {
    const out = await ingest(db, [{ origin: 'browse', raw: { platform: 'nope', url: '', text: 1 } as unknown as RawPost }], pipeline, NOW);
    expect(out).toMatchObject({ stored: 0, invalid: 1 });
  });
});

describe('feed queries', () => {
  beforeEach(async () => {
    await ingest(db, [
      { origin: 'browse', raw: tweet('1', 'Barcelona és meravellosa, quin festival fantàstic', { publishedAt: '2026-11-20T10:00:00Z' }) },
      { origin: 'poll', raw: { platform: 'news', url: 'https://diari.test/robatoris', title: 'Robatoris al Raval', text: 'Els robatoris violents al Raval de Barcelona preocupen els veïns', publishedAt: '2026-11-22T10:00:00Z' } },
      { origin: 'manual', raw: { platform: 'web', url: 'https://blog.test/x', text: 'Passeig per Gràcia amb amics', publishedAt: '2026-10-01T10:00:00Z' } },
    ], pipeline, NOW);
  });

  it('lists newest first', async () => {
    expect(await queryFeedIds(db, ANY)).toHaveLength(3);
    const ids = await queryFeedIds(db, ANY);
    const dates = (await db.mentions.bulkGet(ids)).map((m) => m!.sortAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it.each([
    ['origin', { origins: ['poll'] }, 1],
    ['platform', { platforms: ['x', 'web'] }, 2],
    ['date range', { from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z' }, 1],
    ['origin and platform together', { origins: ['manual'], platforms: ['x'] }, 0],
  ] as const)('filters by %s', async (_n, patch, count) => {
    expect(await queryFeedIds(db, { ...ANY, ...patch } as FeedFilter)).toHaveLength(count);
  });

  it('filters by sentiment label', async () => {
    const all = await db.mentions.toArray();
    const labels = new Set(all.map((m) => m.sentiment.label));
    for (const label of labels) {
      const expected = all.filter((m) => m.sentiment.label === label).length;
      expect(await queryFeedIds(db, { ...ANY, sentiments: [label] })).toHaveLength(expected);
    }
  });

  it('searches text, title and author accent- and case-insensitively, all words required', async () => {
    expect(await queryFeedIds(db, { ...ANY, search: 'GRACIA' })).toHaveLength(1);
    expect(await queryFeedIds(db, { ...ANY, search: 'robatoris raval' })).toHaveLength(1);
    expect(await queryFeedIds(db, { ...ANY, search: 'robatoris gràcia' })).toHaveLength(0);
  });

  it('filters by brand attribute and topic, with the other filters and the search', async () => {
    const violent = await queryFeedIds(db, { ...ANY, attributes: ['violent'] });
    expect((await db.mentions.bulkGet(violent)).map((m) => m!.url)).toEqual(['https://diari.test/robatoris']);
    expect(await queryFeedIds(db, { ...ANY, topics: ['culture'] })).toHaveLength(1);
    expect(await queryFeedIds(db, { ...ANY, topics: ['security'], origins: ['browse'] })).toHaveLength(0);
    expect(await queryFeedIds(db, { ...ANY, attributes: ['violent'], search: 'veïns' })).toHaveLength(1);
    expect(await queryFeedIds(db, { ...ANY, attributes: ['violent'], search: 'festival' })).toHaveLength(0);
  });

  it('counts what was captured since a given instant', async () => {
    expect(await countCapturedSince(db, '2026-11-24T00:00:00Z')).toBe(3);
    expect(await countCapturedSince(db, '2026-11-25T00:00:00Z')).toBe(0);
  });
});

describe('author group override', () => {
  it('applies to the author’s past mentions at once and to future ones at ingest', async () => {
    const { setAuthorGroup } = await import('@/lib/db/authors');
    await ingest(db, [
      { origin: 'browse', raw: tweet('21', 'Barcelona avui plou', { author: { handle: 'Fundacio_BCN' } }) },
      { origin: 'browse', raw: tweet('22', 'Barcelona demà sol', { author: { handle: 'fundacio_bcn' } }) },
      { origin: 'browse', raw: tweet('23', 'Barcelona i el mar', { author: { handle: 'una_altra' } }) },
    ], pipeline, NOW);
    const out = await setAuthorGroup(db, { platform: 'x', author: { handle: '@fundacio_bcn' } }, 'civil_society', NOW);
    expect(out.after.map((m) => m.id).sort()).toEqual(['x:21', 'x:22']);
    expect((await db.mentions.get('x:21'))?.stakeholder).toBe('civil_society');
    expect((await db.mentions.get('x:23'))?.stakeholder).not.toBe('civil_society');
    await ingest(db, [{ origin: 'browse', raw: tweet('24', 'Barcelona torna', { author: { handle: 'FUNDACIO_BCN' } }) }], pipeline, NOW);
    expect(await db.mentions.get('x:24')).toMatchObject({ stakeholder: 'civil_society', stakeholderConfidence: 1 });
  });
});
