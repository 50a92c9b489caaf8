import type { PulsoDB } from '../db/schema';
import type { AuthorOverride } from '../db/records';
import { ensureRollups } from '../db/rollup-store';
import type { Mention } from '../model/mention';
import { pagesOf } from './backup-export';
import { isPseudonym, pseudonymiseAuthor, pseudonymiseAuthorKey } from './pseudonym';
import type { DataSafetySettings } from './settings';

const DAY_MS = 86_400_000;
const BATCH = 1000;

/** The ISO instant `days` days before `now`. */
export function cutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** Deletes raw payloads captured more than `days` days ago (0 = keep); returns how many. */
export async function dropOldRaws(db: PulsoDB, now: Date, days: number): Promise<number> {
  if (days <= 0) return 0;
  return db.raws.where('capturedAt').below(cutoff(now, days)).delete();
}

/**
 * Deletes mentions older than `days` days (by sortAt, the time indicators use) with their raw
 * payloads and inbox states, in short transactions. The daily rollups are brought up to date
 * first and then deliberately NOT decremented: long-term indicators keep the days whose posts
 * are gone. (Deleting through deleteMentions would subtract them; that is for removals, such as
 * demo data, that must vanish from indicators too.)
 */
export async function dropOldMentions(db: PulsoDB, now: Date, days: number, timeZone: string): Promise<number> {
  if (days <= 0) return 0;
  const before = cutoff(now, days);
  if (!(await db.mentions.where('sortAt').below(before).count())) return 0;
  await ensureRollups(db, timeZone, now);
  let removed = 0;
  for (;;) {
    const ids = (await db.mentions.where('sortAt').below(before).limit(BATCH).primaryKeys()) as string[];
    if (!ids.length) return removed;
    await db.transaction('rw', [db.mentions, db.raws, db.inboxStates], async () => {
      await db.mentions.bulkDelete(ids);
      await db.raws.bulkDelete(ids);
      await db.inboxStates.bulkDelete(ids);
    });
    removed += ids.length;
  }
}

/**
 * Replaces the authors of stored mentions and the author-override keys by keyed-hash
 * pseudonyms, and deletes every raw payload (the platform's JSON names the author).
 * Irreversible. Idempotent: pseudonyms are left as they are.
 */
export async function pseudonymiseStored(db: PulsoDB, keyHex: string): Promise<number> {
  let changed = 0;
  for await (const page of pagesOf(db.mentions)) {
    const before = (page as Mention[]).filter((m) => (m.author.handle && !isPseudonym(m.author.handle)) || m.author.name || m.author.url || m.author.bio);
    if (!before.length) continue;
    const after = before.map((m) => ({ ...m, author: pseudonymiseAuthor(keyHex, m.platform, m.author) }));
    // Only authors change: nothing the daily rollups count, so a plain write is enough (and keeps
    // this transaction to one request inside the paging loop).
    await db.transaction('rw', db.mentions, () => db.mentions.bulkPut(after));
    changed += after.length;
  }
  await db.raws.clear();
  await db.transaction('rw', db.authorOverrides, async () => {
    const all = await db.authorOverrides.toArray();
    const rekeyed = new Map<string, AuthorOverride>();
    for (const o of all) {
      const key = pseudonymiseAuthorKey(keyHex, o.key);
      const prev = rekeyed.get(key);
      if (!prev || prev.updatedAt < o.updatedAt) rekeyed.set(key, { ...o, key });
    }
    await db.authorOverrides.clear();
    await db.authorOverrides.bulkPut([...rekeyed.values()]);
  });
  return changed;
}

/** What a retention run did. */
export interface RetentionReport {
  rawsDropped: number;
  mentionsDropped: number;
  pseudonymised: number;
}

/** One retention pass with the user's settings (on the alarm, or on demand from options). */
export async function runRetention(db: PulsoDB, settings: DataSafetySettings, now: Date, ctx: { timeZone: string; pseudonymKey?: string }): Promise<RetentionReport> {
  const mentionsDropped = await dropOldMentions(db, now, settings.mentionDays, ctx.timeZone);
  const rawsDropped = await dropOldRaws(db, now, settings.rawDays);
  const pseudonymised = settings.pseudonymise && ctx.pseudonymKey ? await pseudonymiseStored(db, ctx.pseudonymKey) : 0;
  return { rawsDropped, mentionsDropped, pseudonymised };
}

/** Deletes every record of every table (the caller clears chrome.storage.local). */
export async function deleteEverything(db: PulsoDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
}
