import type { PulsoDB } from './schema';
import { RollupMetaSchema, type RollupMeta } from './indicator-records';
import { applyDayDelta, rollupDelta, rollupUpdate } from '../indicators/rollup';
import { dayKey } from '../indicators/day-key';
import { addMention, emptyTally } from '../indicators/tally';
import type { DayRollup, RollupDelta, Rollups } from '../model/indicator';
import type { Mention } from '../model/mention';

const META_KEY = 'rollups';

/** The rollups' bookkeeping row, validated; undefined when never computed or unreadable. */
export async function readRollupMeta(db: PulsoDB): Promise<RollupMeta | undefined> {
  const parsed = RollupMetaSchema.safeParse(await db.indicatorMeta.get(META_KEY));
  return parsed.success ? parsed.data : undefined;
}

/**
 * The time zone incremental updates may use right now: the stored one when the rollups are in
 * step (and, if `wanted` is given, cut in that zone), else undefined (a recompute is due).
 * Call inside a transaction that includes `db.indicatorMeta`.
 */
export async function liveRollupZone(db: PulsoDB, wanted?: string): Promise<string | undefined> {
  const meta = await readRollupMeta(db);
  if (!meta || meta.stale) return undefined;
  if (wanted && wanted !== meta.tz) return undefined;
  return meta.tz;
}

/** Marks the rollups as out of step so the next ensureRollups recomputes them. */
export async function markRollupsStale(db: PulsoDB, tz: string): Promise<void> {
  const meta = await readRollupMeta(db);
  await db.indicatorMeta.put({ key: META_KEY, tz: meta?.tz ?? tz, stale: true, computedAt: meta?.computedAt });
}

/**
 * Applies deltas to the stored day rows: all rows are computed first, then written, so a
 * RangeError (counts would go negative: rollups and mentions have drifted) leaves the table
 * untouched. Call inside a transaction that includes `db.rollups`.
 */
export async function applyRollupDeltas(db: PulsoDB, deltas: readonly RollupDelta[]): Promise<void> {
  if (!deltas.length) return;
  const days = [...new Set(deltas.map((d) => d.day))];
  const stored = await db.rollups.bulkGet(days);
  const rows = new Map<string, DayRollup | undefined>(days.map((d, i) => [d, stored[i]]));
  for (const d of deltas) rows.set(d.day, applyDayDelta(rows.get(d.day), d));
  const put: DayRollup[] = [];
  const gone: string[] = [];
  for (const [day, row] of rows) {
    if (row) put.push(row);
    else if (stored[days.indexOf(day)]) gone.push(day);
  }
  if (put.length) await db.rollups.bulkPut(put);
  if (gone.length) await db.rollups.bulkDelete(gone);
}

/**
 * Keeps the rollups in step with a change to stored mentions (`before` removed or replaced,
 * `after` added or replacing; null for "none"). Inside a transaction over `db.rollups` and
 * `db.indicatorMeta`. Returns false when the rollups could not follow (no live zone, or a
 * drift detected and marked stale): the caller then runs ensureRollups after the transaction.
 */
export async function followMentionChanges(
  db: PulsoDB,
  changes: readonly { before: Mention | null; after: Mention | null }[],
  wantedTz?: string,
): Promise<boolean> {
  const tz = await liveRollupZone(db, wantedTz);
  if (!tz) return false;
  const deltas: RollupDelta[] = [];
  for (const { before, after } of changes) {
    if (before && after) deltas.push(...rollupUpdate(before, after, tz));
    else if (after) deltas.push(...rollupDelta(after, 1, tz));
    else if (before) deltas.push(...rollupDelta(before, -1, tz));
  }
  try {
    await applyRollupDeltas(db, deltas);
    return true;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    await markRollupsStale(db, tz);
    return false;
  }
}

/**
 * Repair: recomputes every day row from the stored mentions in `tz`, in one transaction so no
 * ingest interleaves. Used after the migration that introduced rollups, on drift, and when
 * the profile's time zone changes. Mentions are streamed, never all held in memory. Days before
 * the oldest stored mention are kept as they are (the long-term record retention leaves).
 */
export async function recomputeRollups(db: PulsoDB, tz: string, now: Date): Promise<number> {
  return db.transaction('rw', db.mentions, db.rollups, db.indicatorMeta, async () => {
    const rows = new Map<string, DayRollup>();
    await db.mentions.each((m) => {
      const day = dayKey(m.sortAt, tz);
      let row = rows.get(day);
      if (!row) rows.set(day, (row = { day, ...emptyTally() }));
      addMention(row, m, 1);
    });
    // Days older than the oldest stored mention exist only as rollups (retention deleted their
    // mentions on purpose and kept the totals): keep them; recount everything from there on.
    const oldest = await db.mentions.orderBy('sortAt').first();
    if (oldest) await db.rollups.where('day').aboveOrEqual(dayKey(oldest.sortAt, tz)).delete();
    else await db.rollups.clear();
    await db.rollups.bulkPut([...rows.values()]);
    await db.indicatorMeta.put({ key: META_KEY, tz, stale: false, computedAt: now.toISOString() });
    return rows.size;
  });
}

/** Recomputes the rollups when they are missing, stale, or cut in another zone; true if it did. */
export async function ensureRollups(db: PulsoDB, tz: string, now: Date): Promise<boolean> {
  const meta = await readRollupMeta(db);
  if (meta && !meta.stale && meta.tz === tz) return false;
  await recomputeRollups(db, tz, now);
  return true;
}

/** The stored rows of the given days, as a map (what the series functions read). */
export async function readRollups(db: PulsoDB, days: readonly string[]): Promise<Rollups> {
  if (!days.length) return {};
  const rows = await db.rollups.where('day').between(days[0], days[days.length - 1], true, true).toArray();
  const out: Rollups = {};
  for (const r of rows) out[r.day] = r;
  return out;
}
