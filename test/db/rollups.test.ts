import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { deleteMentions } from '@/lib/db/delete-mentions';
import { ensureRollups, readRollupMeta, readRollups } from '@/lib/db/rollup-store';
import { ingest, type IngestItem } from '@/lib/ingest/ingest';
import { computeRollups, dayRange } from '@/lib/indicators';
import type { Rollups } from '@/lib/model/indicator';
import type { RawPost } from '@/lib/model/mention';
import { createRng, type Rng } from '@/lib/demo/prng';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';

const pipeline = createPipeline(BARCELONA_PROFILE);
const TZ = 'Europe/Madrid';
const NOW = new Date('2026-11-24T10:00:00Z');

// Texts that match the Barcelona profile with varied sentiment, topics and attributes.
const TEXTS = [
  'Barcelona és preciosa, quina platja i quin sol',
  'Avui el metro de Barcelona anava fatal, quina vergonya',
  'Robatoris i inseguretat al centre de Barcelona, tinc por',
  'El festival de música de Barcelona ha estat un èxit',
  'Barcelona: el precio del alquiler es insoportable',
  'Barcelona necesita más árboles y menos coches',
  'Great food and friendly people in Barcelona',
  'Barcelona beach was dirty and crowded today',
];

function tweet(rng: Rng, id: number): RawPost {
  // Times cluster around midnight Madrid time so day boundaries and the zone matter.
  const day = rng.int(0, 12);
  const minutes = rng.int(-90, 90);
  const at = new Date(Date.parse('2026-11-10T23:00:00Z') + day * 86_400_000 + minutes * 60_000);
  const withMetrics = rng.chance(0.7);
  return {
    platform: 'x', nativeId: String(id), url: `https://x.com/u/status/${id}`, text: `${rng.pick(TEXTS)} #${id}`,
    author: { handle: `user${rng.int(1, 20)}` }, publishedAt: at.toISOString(),
    metrics: withMetrics ? { likes: rng.int(0, 500), reposts: rng.int(0, 50) } : undefined,
  };
}

function batch(rng: Rng, size: number, idPool: number): IngestItem[] {
  return Array.from({ length: size }, () => ({ origin: 'browse' as const, raw: tweet(rng, rng.int(1, idPool)) }));
}

async function storedRollups(db: PulsoDB): Promise<Rollups> {
  const out: Rollups = {};
  for (const r of await db.rollups.toArray()) out[r.day] = r;
  return out;
}

async function expectInStep(db: PulsoDB, tz = TZ) {
  expect(await storedRollups(db)).toEqual(computeRollups(await db.mentions.toArray(), tz));
}

let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await db.open();
});
afterEach(() => db.close());

describe('daily rollups kept by ingest and deletion', () => {
  it.each([1, 2, 3])('equal a full recomputation after random ingests, sightings and deletions (seed %i)', async (seed) => {
    const rng = createRng(seed);
    for (let step = 0; step < 8; step++) {
      // A small id pool makes many items "seen again" with new metrics (an update, not an insert).
      await ingest(db, batch(rng, rng.int(1, 25), 60), pipeline, NOW, { timeZone: TZ });
      await expectInStep(db);
      if (rng.chance(0.5)) {
        const ids = (await db.mentions.toCollection().primaryKeys()) as string[];
        const victims = ids.filter(() => rng.chance(0.3));
        // Unknown ids are ignored, not counted.
        const out = await deleteMentions(db, [...victims, 'x:does-not-exist']);
        expect(out).toEqual({ removed: victims.length, rollupsFollowed: true });
        await expectInStep(db);
      }
    }
    expect(await db.rollups.count()).toBeGreaterThan(0);
  });

  it('updates a day row when a stored mention is seen again with new metrics', async () => {
    const raw: RawPost = { platform: 'x', nativeId: '1', url: 'https://x.com/u/status/1', text: 'Barcelona és preciosa', publishedAt: '2026-11-20T10:00:00Z', metrics: { likes: 1 } };
    await ingest(db, [{ origin: 'browse', raw }], pipeline, NOW, { timeZone: TZ });
    await ingest(db, [{ origin: 'browse', raw: { ...raw, metrics: { likes: 40 } } }], pipeline, NOW, { timeZone: TZ });
    const row = await db.rollups.get('2026-11-20');
    expect(row).toMatchObject({ n: 1, engagement: 40, engagementKnown: 1 });
  });

  it('cuts days in the profile time zone: a post at 23:30 UTC belongs to the next Madrid day', async () => {
    const raw: RawPost = { platform: 'x', nativeId: '2', url: 'https://x.com/u/status/2', text: 'Barcelona és preciosa', publishedAt: '2026-11-20T23:30:00Z' };
    await ingest(db, [{ origin: 'browse', raw }], pipeline, NOW, { timeZone: TZ });
    expect(Object.keys(await storedRollups(db))).toEqual(['2026-11-21']);
    // A new zone recomputes everything in it.
    await ingest(db, [], pipeline, NOW, { timeZone: 'UTC' });
    expect(Object.keys(await storedRollups(db))).toEqual(['2026-11-21']);
    await ensureRollups(db, 'UTC', NOW);
    expect(Object.keys(await storedRollups(db))).toEqual(['2026-11-20']);
    expect(await readRollupMeta(db)).toMatchObject({ tz: 'UTC', stale: false });
  });

  it('without a known zone stores mentions and leaves rollups to ensureRollups', async () => {
    await ingest(db, batch(createRng(9), 10, 1000), pipeline, NOW);
    expect(await db.mentions.count()).toBeGreaterThan(0);
    expect(await db.rollups.count()).toBe(0);
    expect(await readRollupMeta(db)).toBeUndefined();
    expect(await ensureRollups(db, TZ, NOW)).toBe(true);
    await expectInStep(db);
    // Once built, later ingests without an explicit zone follow in the stored one.
    await ingest(db, batch(createRng(10), 10, 1000), pipeline, NOW);
    await expectInStep(db);
    expect(await ensureRollups(db, TZ, NOW)).toBe(false);
  });

  it('detects drift (a count would go negative), marks the rollups stale and repairs them', async () => {
    await ingest(db, batch(createRng(4), 30, 1000), pipeline, NOW, { timeZone: TZ });
    const [first] = await db.mentions.toArray();
    const day = (await db.rollups.toCollection().primaryKeys())[0] as string;
    // Simulate drift: the day's row vanished while its mentions stayed.
    await db.rollups.delete(day);
    const victim = (await db.mentions.toArray()).find((m) => computeRollups([m], TZ)[day]) ?? first;
    const out = await deleteMentions(db, [victim.id]);
    expect(out.rollupsFollowed).toBe(false);
    expect(await readRollupMeta(db)).toMatchObject({ stale: true });
    // The deletion itself went through.
    expect(await db.mentions.get(victim.id)).toBeUndefined();
    expect(await ensureRollups(db, TZ, NOW)).toBe(true);
    await expectInStep(db);
  });

  it('reads a day range of rollups without touching mentions', async () => {
    await ingest(db, batch(createRng(5), 40, 1000), pipeline, NOW, { timeZone: TZ });
    const days = dayRange('2026-11-12', '2026-11-15');
    const got = await readRollups(db, days);
    const all = computeRollups(await db.mentions.toArray(), TZ);
    expect(got).toEqual(Object.fromEntries(Object.entries(all).filter(([d]) => days.includes(d))));
  });
});
