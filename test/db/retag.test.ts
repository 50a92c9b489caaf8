import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { retagBatch, type RetagProgress } from '@/lib/db/retag-batch';
import { ingest } from '@/lib/ingest/ingest';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';
import { needsRetag } from '@/lib/tagging/retag';

const NOW = new Date('2026-11-24T10:00:00Z');
let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  const old = createPipeline(BARCELONA_PROFILE);
  const items = Array.from({ length: 1203 }, (_, i) => ({
    origin: 'browse' as const,
    raw: { platform: 'x' as const, nativeId: String(i), url: `https://x.com/a/status/${i}`, text: `Barcelona post ${i}: els carrers del Raval estan bruts`, author: { handle: i % 2 ? 'veina' : 'ajuntament_bcn' } },
  }));
  await ingest(db, items, old, NOW);
  // Pretend these were tagged by an older build.
  await db.mentions.toCollection().modify((m) => { m.taggers = { ...m.taggers, topics: '0' }; });
});
afterEach(() => db.close());

describe('background re-tagging', () => {
  it('re-tags every stale mention in resumable batches and then finds nothing to do', async () => {
    const pipeline = createPipeline(BARCELONA_PROFILE);
    let p: RetagProgress = { scanned: 0, retagged: 0, total: await db.mentions.count(), done: false };
    let batches = 0;
    while (!p.done) {
      p = await retagBatch(db, pipeline, { ...p }, 500);
      batches++;
    }
    expect(batches).toBe(3);
    expect(p).toMatchObject({ scanned: 1203, retagged: 1203, total: 1203 });
    const all = await db.mentions.toArray();
    expect(all.some((m) => needsRetag(m, pipeline.versions))).toBe(false);
    expect(all[0].topics).toContain('cleanliness');

    const again = await retagBatch(db, pipeline, { scanned: 0, retagged: 0, total: 1203, done: false }, 5000);
    expect(again.retagged).toBe(0);
  });

  it('keeps an author override and never deletes a mention that stops matching', async () => {
    await db.mentions.update('x:1', { stakeholder: 'culture', stakeholderConfidence: 1 });
    const other = createPipeline({ ...BARCELONA_PROFILE, names: ['Girona'], aliases: [], hashtags: [], districts: [], neighbourhoods: [], municipalities: [], officials: [], exonyms: [], ownAccounts: [] }, { fingerprints: { profile: 'girona' } });
    let p: RetagProgress = { scanned: 0, retagged: 0, total: 0, done: false };
    while (!p.done) p = await retagBatch(db, other, p, 1000);
    expect(await db.mentions.count()).toBe(1203);
    const m = (await db.mentions.get('x:1'))!;
    expect(m).toMatchObject({ stakeholder: 'culture', stakeholderConfidence: 1, unmatched: true, matched: [] });
    expect(m.taggers.match).toBe(other.versions.match);
  });
});
