import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { retagBatch } from '@/lib/db/retag-batch';
import { correctMentionTags } from '@/lib/db/tag-edits';
import { computeRollups } from '@/lib/indicators';
import { ingest } from '@/lib/ingest/ingest';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';

const TZ = 'Europe/Madrid';
const NOW = new Date('2026-11-24T10:00:00Z');
const pipeline = createPipeline(BARCELONA_PROFILE);
let db: PulsoDB;

beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await db.open();
  await ingest(db, [
    { origin: 'browse', raw: { platform: 'x', nativeId: '1', url: 'https://x.com/u/status/1', text: 'Barcelona beach was dirty and crowded today', publishedAt: '2026-11-20T10:00:00Z' } },
    { origin: 'browse', raw: { platform: 'x', nativeId: '2', url: 'https://x.com/u/status/2', text: 'Robatoris i inseguretat al centre de Barcelona', publishedAt: '2026-11-20T11:00:00Z' } },
  ], pipeline, NOW, { timeZone: TZ });
});
afterEach(() => db.close());

async function inStep() {
  const stored = Object.fromEntries((await db.rollups.toArray()).map((r) => [r.day, r]));
  expect(stored).toEqual(computeRollups(await db.mentions.toArray(), TZ));
}

describe('correcting a stored mention\'s tags', () => {
  it('stores the correction, keeps the daily rollups counting the corrected tags, and undoes it', async () => {
    const before = (await db.mentions.get('x:1'))!;
    expect(before.attributes).toEqual(['dirty', 'overcrowded']);
    const after = await correctMentionTags(db, 'x:1', { kind: 'attribute', label: 'overcrowded', on: false }, NOW);
    expect(after.attributes).toEqual(['dirty']);
    expect((await db.mentions.get('x:1'))!.attributes).toEqual(['dirty']);
    await inStep();
    await correctMentionTags(db, 'x:1', undefined, NOW);
    expect((await db.mentions.get('x:1'))!).toEqual(before);
    await inStep();
  });

  it('keeps the correction through a background re-tagging pass', async () => {
    await correctMentionTags(db, 'x:2', { kind: 'sentiment', label: 'neutral' }, NOW);
    await db.mentions.toCollection().modify((m) => { m.taggers = { ...m.taggers, sentiment: '0' }; });
    await retagBatch(db, pipeline, { scanned: 0, retagged: 0, total: 2, done: false });
    const m = (await db.mentions.get('x:2'))!;
    expect(m.sentiment.label).toBe('neutral');
    expect(m.taggers.sentiment).toBe(pipeline.versions.sentiment);
    await inStep();
  });

  it('refuses an unknown mention with a clear error', async () => {
    await expect(correctMentionTags(db, 'x:404', { kind: 'topic', label: 'tourism', on: true }, NOW)).rejects.toThrow('no stored mention has the id x:404');
  });
});
