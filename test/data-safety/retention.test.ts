import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PulsoDB } from '@/lib/db/schema';
import { ingest } from '@/lib/ingest/ingest';
import { readRollups } from '@/lib/db/rollup-store';
import { deleteEverything, dropOldRaws, pseudonymiseStored, runRetention } from '@/lib/data-safety/retention';
import { DataSafetySettingsSchema } from '@/lib/data-safety/settings';
import { pseudonymFor } from '@/lib/data-safety/pseudonym';
import { freshDB, NOW, pipeline, tweet } from './helpers';

const TZ = 'Europe/Madrid';
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

let db: PulsoDB;
beforeEach(async () => {
  db = await freshDB();
  // Three posts: published 100, 40 and 2 days ago, each captured an hour later, with raw payloads.
  for (const d of [100, 40, 2]) {
    const at = daysAgo(d);
    await ingest(db, [{ origin: 'browse', raw: tweet(`d${d}`, undefined, { publishedAt: at.toISOString(), raw: { d } }), capturedAt: new Date(at.getTime() + 3_600_000) }], pipeline, NOW, { timeZone: TZ });
  }
});
afterEach(() => db.close());

describe('retention', () => {
  it('drops raw payloads older than N days and keeps the mentions', async () => {
    expect(await dropOldRaws(db, NOW, 30)).toBe(2);
    expect((await db.raws.toArray()).map((r) => r.id)).toEqual(['x:d2']);
    expect(await db.mentions.count()).toBe(3);
  });

  it('drops mentions older than M days but keeps their days in the rollups', async () => {
    const days = (await db.rollups.toArray()).map((r) => r.day).sort();
    const before = await readRollups(db, days);
    const out = await runRetention(db, DataSafetySettingsSchema.parse({ mentionDays: 30, rawDays: 0 }), NOW, { timeZone: TZ });
    expect(out).toMatchObject({ mentionsDropped: 2, rawsDropped: 0 });
    expect((await db.mentions.toArray()).map((m) => m.id)).toEqual(['x:d2']);
    expect(await db.raws.count()).toBe(1);
    expect(await readRollups(db, days)).toEqual(before);
    expect(Object.values(before).reduce((n, r) => n + r.n, 0)).toBe(3);
  });

  it('keeps everything when the periods are 0 (forever)', async () => {
    expect(await runRetention(db, DataSafetySettingsSchema.parse({ rawDays: 0, mentionDays: 0 }), NOW, { timeZone: TZ })).toEqual({ rawsDropped: 0, mentionsDropped: 0, pseudonymised: 0 });
    expect(await db.mentions.count()).toBe(3);
  });

  it('pseudonymises stored authors and override keys with the same keyed hash as new captures, and drops raw payloads', async () => {
    const key = '01'.repeat(32);
    await db.authorOverrides.put({ key: 'x:veina_bcn', group: 'media', updatedAt: NOW.toISOString() });
    expect(await pseudonymiseStored(db, key)).toBe(3);
    const handle = pseudonymFor(key, 'x', 'veina_bcn');
    for (const m of await db.mentions.toArray()) expect(m.author).toEqual({ handle });
    expect(await db.raws.count()).toBe(0);
    expect((await db.authorOverrides.toArray()).map((o) => o.key)).toEqual([`x:${handle}`]);
    expect(await pseudonymiseStored(db, key)).toBe(0);
  });

  it('deletes everything in every table', async () => {
    await deleteEverything(db);
    for (const t of db.tables) expect(await t.count()).toBe(0);
  });
});
