import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PulsoDB } from '@/lib/db/schema';
import { drainQueue, enqueue, isQuotaError, queuedIngest, queueStatus } from '@/lib/data-safety/ingest-queue';
import { pseudonymFor } from '@/lib/data-safety/pseudonym';
import { REPLACEMENT } from '@/lib/data-safety/well-formed';
import { freshDB, NOW, pipeline, tweet } from './helpers';

let db: PulsoDB;
beforeEach(async () => { db = await freshDB(); });
afterEach(() => db.close());

describe('durable ingest queue', () => {
  it('stores a batch and leaves the queue empty', async () => {
    const out = await queuedIngest(db, [1, 2, 3].map((i) => ({ origin: 'browse' as const, raw: tweet(String(i)) })), pipeline, NOW);
    expect(out).toMatchObject({ received: 3, stored: 3 });
    expect(await db.mentions.count()).toBe(3);
    expect(await db.queue.count()).toBe(0);
  });

  it('keeps the entry when the worker dies mid-batch, and the next drain stores it exactly once', async () => {
    await enqueue(db, [{ origin: 'browse', raw: tweet('a') }, { origin: 'browse', raw: tweet('b') }], NOW);
    // The worker dies after the mentions are written but before the entry is deleted: the
    // whole transaction is lost, so nothing of the batch is stored and the entry remains.
    const die = () => { throw new Error('worker killed'); };
    db.queue.hook('deleting', die);
    const killed = await drainQueue(db, pipeline, NOW);
    expect(String(killed.error)).toContain('worker killed');
    expect(await db.mentions.count()).toBe(0);
    db.queue.hook('deleting').unsubscribe(die);
    expect(await db.queue.count()).toBe(1);
    const first = await drainQueue(db, pipeline, NOW);
    expect(first.left).toBe(0);
    const second = await drainQueue(db, pipeline, NOW);
    expect(second.outcomes.size).toBe(0);
    expect((await db.mentions.toArray()).map((m) => m.id).sort()).toEqual(['x:a', 'x:b']);
  });

  it('stops on a failing entry, keeps it with its error, and drains it later', async () => {
    await enqueue(db, [{ origin: 'browse', raw: tweet('q1') }], NOW);
    const failing = { ...pipeline, tag: () => { throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }); } };
    const stuck = await drainQueue(db, failing, NOW);
    expect(isQuotaError(stuck.error)).toBe(true);
    expect(stuck.left).toBe(1);
    expect(await queueStatus(db)).toMatchObject({ entries: 1, items: 1, lastError: expect.stringContaining('disk full') });
    expect(await db.mentions.count()).toBe(0);
    const later = await drainQueue(db, pipeline, NOW);
    expect(later.left).toBe(0);
    expect(await db.mentions.count()).toBe(1);
  });

  it('processes batches in arrival order (a later sighting merges into the first)', async () => {
    await enqueue(db, [{ origin: 'poll', raw: tweet('o', undefined, { metrics: { likes: 1 } }) }], NOW);
    await enqueue(db, [{ origin: 'browse', raw: tweet('o', undefined, { metrics: { likes: 9 } }) }], new Date(NOW.getTime() + 60_000));
    await drainQueue(db, pipeline, NOW);
    const m = await db.mentions.get('x:o');
    expect(m).toMatchObject({ origin: 'poll', metrics: { likes: 9 } });
  });

  it('repairs lone surrogates to U+FFFD and pseudonymises authors before anything is stored', async () => {
    const key = 'ab'.repeat(32);
    const raw = tweet('s', `Barcelona \uD83D sola i \uDE00 sola, 😀 sencer`);
    await queuedIngest(db, [{ origin: 'manual', raw }], pipeline, NOW, { pseudonymKey: key });
    const m = (await db.mentions.get('x:s'))!;
    expect(m.text).toBe(`Barcelona ${REPLACEMENT} sola i ${REPLACEMENT} sola, 😀 sencer`);
    expect(m.author).toEqual({ handle: pseudonymFor(key, 'x', 'veina_bcn') });
    expect(JSON.stringify(await db.queue.toArray())).toBe('[]');
  });
});

describe('pseudonymised ingest', () => {
  it('keeps no raw payload (it names the author) and gives the same author the same pseudonym', async () => {
    const key = 'cd'.repeat(32);
    const items = ['p1', 'p2'].map((id) => ({ origin: 'browse' as const, raw: tweet(id, undefined, { raw: { user: { screen_name: 'veina_bcn' } } }) }));
    await queuedIngest(db, items, pipeline, NOW, { pseudonymKey: key });
    expect(await db.raws.count()).toBe(0);
    const [a, b] = await db.mentions.toArray();
    expect(a.author.handle).toBe(b.author.handle);
    expect(a.author.handle).toMatch(/^anon-[0-9a-f]{16}$/);
    expect(JSON.stringify(a)).not.toContain('veina');
  });
});
