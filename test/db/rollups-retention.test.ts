import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropOldMentions } from '@/lib/data-safety/retention';
import { recomputeRollups } from '@/lib/db/rollup-store';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { ingest } from '@/lib/ingest/ingest';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';

const TZ = 'Europe/Madrid';
const NOW = new Date('2026-11-24T12:00:00Z');
let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  const post = (id: string, publishedAt: string) => ({ origin: 'browse' as const, raw: { platform: 'x' as const, nativeId: id, url: `https://x.com/a/status/${id}`, text: `Barcelona avui ${id}`, publishedAt } });
  await ingest(db, [post('old1', '2026-01-10T10:00:00Z'), post('old2', '2026-01-10T11:00:00Z'), post('new1', '2026-11-20T10:00:00Z')], createPipeline(BARCELONA_PROFILE), NOW, { timeZone: TZ });
});
afterEach(() => db.close());

describe('rollups and retention', () => {
  it('a repair recompute keeps the totals of days whose mentions retention deleted', async () => {
    expect((await db.rollups.get('2026-01-10'))?.n).toBe(2);
    await dropOldMentions(db, NOW, 90, TZ);
    expect(await db.mentions.count()).toBe(1);
    // Retention keeps the long-term record.
    expect((await db.rollups.get('2026-01-10'))?.n).toBe(2);
    await recomputeRollups(db, TZ, NOW);
    expect((await db.rollups.get('2026-01-10'))?.n).toBe(2);
    expect((await db.rollups.get('2026-11-20'))?.n).toBe(1);
  });
});
