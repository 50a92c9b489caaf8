import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PulsoDB } from '@/lib/db/schema';
import { createDurableIngest } from '@/lib/data-safety/durable-ingest';
import type { StorageAlert } from '@/lib/data-safety/settings';
import { freshDB, NOW, pipeline, tweet } from './helpers';

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

let db: PulsoDB;
let alerts: (StorageAlert | undefined)[];
let usage: { usage: number; quota: number };
function make() {
  return createDurableIngest({
    db,
    pseudonymKey: async () => undefined,
    readAlert: async () => alerts.at(-1),
    writeAlert: async (a) => void alerts.push(a),
    estimate: async () => usage,
    clock: () => NOW,
  });
}
beforeEach(async () => {
  db = await freshDB();
  alerts = [];
  usage = { usage: 10, quota: 100 };
});
afterEach(() => db.close());

describe('durable ingest when storage is full', () => {
  it('keeps a batch the queue could not take, tells the user how many items wait, and stores it once there is room', async () => {
    const d = make();
    const full = () => { throw quota(); };
    db.queue.hook('creating', full);
    await expect(d.ingest(db, [1, 2, 3].map((i) => ({ origin: 'browse' as const, raw: tweet(`f${i}`) })), pipeline, NOW)).rejects.toThrow(/quota/i);
    expect(d.held()).toBe(1);
    expect(alerts.at(-1)).toMatchObject({ kind: 'quota-exceeded', waiting: 3 });
    expect(await db.mentions.count()).toBe(0);

    db.queue.hook('creating').unsubscribe(full);
    expect(await d.drain(pipeline)).toEqual({ left: 0 });
    expect(d.held()).toBe(0);
    expect(await db.mentions.count()).toBe(3);
    expect(alerts.at(-1)).toBeUndefined();
  });

  it('keeps a queued batch whose mentions could not be written, and lifts the alert after the drain', async () => {
    const d = make();
    const full = () => { throw quota(); };
    db.mentions.hook('creating', full);
    await expect(d.ingest(db, [{ origin: 'poll', raw: tweet('q') }], pipeline, NOW)).rejects.toThrow(/quota/i);
    expect(await db.queue.count()).toBe(1);
    expect(alerts.at(-1)).toMatchObject({ kind: 'quota-exceeded', waiting: 1 });
    expect(await d.drain(pipeline)).toMatchObject({ left: 1 });

    db.mentions.hook('creating').unsubscribe(full);
    usage = { usage: 95, quota: 100 };
    expect(await d.drain(pipeline)).toEqual({ left: 0 });
    expect(await db.mentions.get('x:q')).toBeDefined();
    // Stored, but the disk is still almost full: the warning stays, milder.
    expect(alerts.at(-1)).toMatchObject({ kind: 'near-quota', waiting: 0 });
  });

  it('returns each caller its own outcome even when batches arrive together', async () => {
    const d = make();
    const outs = await Promise.all([1, 2, 3].map((i) => d.ingest(db, [{ origin: 'browse', raw: tweet(`c${i}`) }], pipeline, NOW)));
    expect(outs.map((o) => o.ids)).toEqual([['x:c1'], ['x:c2'], ['x:c3']]);
  });
});
