import type { DayRollup, RollupDelta, Rollups, Tally } from '../model/indicator';
import type { Mention } from '../model/mention';
import { dayKey } from './day-key';
import { addMention, addTally, emptyTally } from './tally';

/**
 * The change one mention makes to the daily rollups: sign 1 when it is stored, −1 when it is
 * deleted. A mention lands on the local day of its `sortAt` in `tz`. Returns an array so an
 * edit can be expressed as the removal of the old version plus the insertion of the new one.
 */
export function rollupDelta(mention: Mention, sign: 1 | -1, tz: string): RollupDelta[] {
  return [{ day: dayKey(mention.sortAt, tz), sign, tally: addMention(emptyTally(), mention, 1) }];
}

/** Deltas for a mention edited in place (re-tagged, metrics refreshed). */
export function rollupUpdate(before: Mention, after: Mention, tz: string): RollupDelta[] {
  return [...rollupDelta(before, -1, tz), ...rollupDelta(after, 1, tz)];
}

/**
 * Applies a delta to one day's stored row: the row to write back, or undefined when the day
 * became empty (delete the row). Throws when a removal would make a count negative, which
 * means the rollups and the mentions have drifted apart: recompute with computeRollups.
 */
export function applyDayDelta(row: DayRollup | undefined, delta: RollupDelta): DayRollup | undefined {
  const next: DayRollup = row
    ? { ...row, attributes: { ...row.attributes }, topics: { ...row.topics }, platforms: { ...row.platforms },
      origins: { ...row.origins }, langs: { ...row.langs }, stakeholders: { ...row.stakeholders } }
    : { day: delta.day, ...emptyTally() };
  addTally(next, delta.tally, delta.sign);
  if (next.n < 0 || next.pos < 0 || next.neg < 0 || next.neu < 0 || next.engagementKnown < 0
    || Object.values(next.attributes).some((v) => v < 0) || Object.values(next.platforms).some((v) => v < 0)) {
    throw new RangeError(`rollup for ${delta.day} went negative: recompute rollups`);
  }
  return next.n === 0 ? undefined : next;
}

/**
 * Applies deltas to an in-memory rollups map, returning a new map (untouched day rows are
 * shared; the map itself is copied, O(days)). A database updates row by row with applyDayDelta.
 */
export function applyDelta(rollups: Rollups, delta: RollupDelta | readonly RollupDelta[]): Rollups {
  const out: Rollups = { ...rollups };
  for (const d of Array.isArray(delta) ? delta : [delta as RollupDelta]) {
    const next = applyDayDelta(out[d.day], d);
    if (next) out[d.day] = next;
    else delete out[d.day];
  }
  return out;
}

/** Full recomputation of the daily rollups from mentions (migration, repair, tests). */
export function computeRollups(mentions: readonly Mention[], tz: string): Rollups {
  const out: Rollups = {};
  for (const m of mentions) {
    const day = dayKey(m.sortAt, tz);
    const row = out[day] ?? (out[day] = { day, ...emptyTally() });
    addMention(row, m, 1);
  }
  return out;
}

/** The tallies of the given days that exist, in day order. */
export function rollupsFor(rollups: Rollups, days: readonly string[]): DayRollup[] {
  const out: DayRollup[] = [];
  for (const d of days) if (rollups[d]) out.push(rollups[d]);
  return out;
}

/** Removes the `day` field, leaving the additive tally. */
export function tallyOf(row: DayRollup): Tally {
  const { day: _day, ...t } = row;
  return t;
}
