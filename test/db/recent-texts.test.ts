import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { recentMentionTexts } from '@/lib/db/recent-texts';
import { ingest } from '@/lib/ingest/ingest';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';

let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  const pipeline = createPipeline(BARCELONA_PROFILE);
  const items = Array.from({ length: 12 }, (_, i) => ({
    origin: 'browse' as const,
    raw: {
      platform: 'x' as const, nativeId: String(i), url: `https://x.com/a/status/${i}`, text: `Post ${i} sobre Barcelona`,
      publishedAt: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(), author: { handle: 'veina' },
    },
  }));
  await ingest(db, items, pipeline, new Date('2026-11-24T10:00:00Z'));
  await ingest(db, [{ origin: 'browse' as const, raw: { platform: 'news' as const, nativeId: 'n1', url: 'https://diari.example/n1', title: 'Tall de llum a Sants', text: 'Els veïns es queixen.', publishedAt: '2026-11-20T09:00:00Z' } }], pipeline, new Date('2026-11-24T10:00:00Z'));
});
afterEach(() => db.close());

describe('recentMentionTexts', () => {
  it('reads the newest stored posts first, as matching reads them (title, then text), up to the limit', async () => {
    // The news item (20 November) is the newest; the posts run from 1 to 12 November.
    const texts = await recentMentionTexts(db, 4);
    expect(texts).toEqual(['Tall de llum a Sants\nEls veïns es queixen.', 'Post 11 sobre Barcelona', 'Post 10 sobre Barcelona', 'Post 9 sobre Barcelona']);
    expect(await recentMentionTexts(db)).toHaveLength(13);
  });
});
