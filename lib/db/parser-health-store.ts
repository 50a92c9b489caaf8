import type { Platform } from '../model/taxonomy';
import { addBatch, addPageView, type HealthDelta } from '../browse/parser-health';
import { ParserHealthSchema, type ParserHealth } from './parser-health-records';
import type { PulsoDB } from './schema';

async function update(db: PulsoDB, platform: Platform, next: (prev: ParserHealth | undefined) => ParserHealth): Promise<ParserHealth> {
  return db.transaction('rw', db.parserHealth, async () => {
    const row = await db.parserHealth.get(platform);
    const prev = row ? ParserHealthSchema.safeParse(row) : undefined;
    const rec = ParserHealthSchema.parse(next(prev?.success ? prev.data : undefined));
    await db.parserHealth.put(rec);
    return rec;
  });
}

/** Adds a capture batch to a platform's stored counters. */
export function recordBatch(db: PulsoDB, platform: Platform, delta: HealthDelta, now: Date): Promise<ParserHealth> {
  return update(db, platform, (prev) => addBatch(prev, platform, delta, now));
}

/** Counts a page view of a platform. */
export function recordPageView(db: PulsoDB, platform: Platform, now: Date): Promise<ParserHealth> {
  return update(db, platform, (prev) => addPageView(prev, platform, now));
}

/** Every platform's stored counters that still fit the schema. */
export async function readHealth(db: PulsoDB): Promise<ParserHealth[]> {
  return (await db.parserHealth.toArray()).flatMap((r) => {
    const p = ParserHealthSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}
