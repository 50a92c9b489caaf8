import type {
  Association, AssociationPoint, PerceptionResult, Rollups, SeriesPoint, ShiftReport, Tally, VolumeResult,
} from '../model/indicator';
import { ATTRIBUTES, type Attribute } from '../model/taxonomy';
import { associationsFromTally } from './association';
import { dayKeyOfMs, dayStartMs } from './day-key';
import { netSentimentOf, perceptionFromTally, perceptionIndexOf } from './perception';
import { DEFAULT_ALPHA, shiftsFromTallies } from './shifts';
import { addTally, emptyTally } from './tally';
import { volumeFromTally } from './volume';
import { lastDays } from './window';

const DAY = 86_400_000;

/** Sum of the rollups of the given days (missing days count as empty). */
export function rollupTally(rollups: Rollups, days: readonly string[]): Tally {
  const t = emptyTally();
  for (const d of days) if (rollups[d]) addTally(t, rollups[d], 1);
  return t;
}

/**
 * Daily trend (volume, net sentiment, perception index) for each day, zero-filled; null where
 * n = 0, and `reliable` false on thin days so the chart can fade them instead of showing swings.
 */
export function trendSeries(rollups: Rollups, days: readonly string[]): SeriesPoint[] {
  return days.map((day) => {
    const r = rollups[day];
    if (!r || r.n === 0) return { day, n: 0, pos: 0, neg: 0, netSentiment: null, perceptionIndex: null, reliable: false };
    const net = netSentimentOf(r);
    return { day, n: r.n, pos: r.pos, neg: r.neg, netSentiment: net.value, perceptionIndex: perceptionIndexOf(r).value, reliable: net.reliable };
  });
}

/** Association share per attribute per day (only attributes seen that day are present). */
export function associationSeries(rollups: Rollups, days: readonly string[], attributes: readonly Attribute[] = ATTRIBUTES): AssociationPoint[] {
  return days.map((day) => {
    const r = rollups[day];
    const shares: AssociationPoint['shares'] = {};
    if (r && r.n > 0) for (const a of attributes) if (r.attributes[a]) shares[a] = r.attributes[a]! / r.n;
    return { day, n: r?.n ?? 0, shares };
  });
}

/**
 * Volume, perception and associations over whole local days from rollups alone: what the
 * dashboard draws first, and what remains once retention has deleted the raw mentions.
 * Results carry no mention ids (fetch a window's mentions to explain a number).
 */
export function indicatorsFromRollups(rollups: Rollups, days: readonly string[]): { volume: VolumeResult; perception: PerceptionResult; associations: Association[] } {
  const t = rollupTally(rollups, days);
  return { volume: volumeFromTally(t), perception: perceptionFromTally(t), associations: associationsFromTally(t) };
}

/**
 * Shifts from rollups: the last `recentDays` local days (today included, partial) against the
 * `baselineDays` before them. Exposures use the real elapsed time, so a half-elapsed today
 * and 23/25-hour DST days do not bias the volume test. No mention ids (rollups hold none).
 */
export function shiftsFromRollups(rollups: Rollups, now: Date, tz: string, options: { recentDays?: number; baselineDays?: number; alpha?: number } = {}): ShiftReport {
  const recentDays = options.recentDays ?? 7;
  const baselineDays = options.baselineDays ?? 90;
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const recent = lastDays(recentDays, now, tz);
  const all = lastDays(recentDays + baselineDays, now, tz);
  const baseline = all.slice(0, baselineDays);
  const recentStart = dayStartMs(recent[0], tz);
  const baseStart = dayStartMs(baseline[0], tz);
  const nowMs = now.getTime();
  // Today's rollup holds only mentions before now, so exposure ends at now.
  const recentExposure = Math.max((nowMs - recentStart) / DAY, 1 / 24);
  const baseExposure = (recentStart - baseStart) / DAY;
  const shifts = shiftsFromTallies(rollupTally(rollups, recent), rollupTally(rollups, baseline), recentExposure, baseExposure, alpha);
  return {
    recent: { kind: 'custom', from: new Date(recentStart).toISOString(), to: now.toISOString() },
    baseline: { kind: 'custom', from: new Date(baseStart).toISOString(), to: new Date(recentStart).toISOString() },
    alpha,
    shifts,
  };
}

/** The day key of `now` in `tz` (today's rollup row). */
export function todayKey(now: Date, tz: string): string {
  return dayKeyOfMs(now.getTime(), tz);
}
