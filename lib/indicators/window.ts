import { TimeWindowSchema, type TimeWindow, type WindowKind } from '../model/indicator';
import { addDays, dayKeyOfMs, dayRange } from './day-key';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Length of each preset window. `1y` is 365 days so windows stay comparable across leap years. */
export const WINDOW_MS: Record<Exclude<WindowKind, 'custom'>, number> = {
  '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY, '90d': 90 * DAY, '1y': 365 * DAY,
};

/**
 * The window [now − length, now) for a preset, or the given bounds for `custom`.
 * Throws a zod error on a custom window whose `from` is not before `to`.
 */
export function resolveWindow(kind: WindowKind, now: Date, custom?: { from: string; to: string }): TimeWindow {
  if (kind === 'custom') {
    if (!custom) throw new RangeError('custom window needs {from, to}');
    return TimeWindowSchema.parse({ kind, from: custom.from, to: custom.to });
  }
  const to = now.getTime();
  return { kind, from: new Date(to - WINDOW_MS[kind]).toISOString(), to: new Date(to).toISOString() };
}

/** The window of `lengthMs` (default: the same length) that ends where `w` starts. */
export function baselineWindow(w: TimeWindow, lengthMs?: number): TimeWindow {
  const from = Date.parse(w.from);
  const len = lengthMs ?? Date.parse(w.to) - from;
  return { kind: 'custom', from: new Date(from - len).toISOString(), to: new Date(from).toISOString() };
}

/** Window length in days (fractional for custom windows). */
export function windowDays(w: TimeWindow): number {
  return (Date.parse(w.to) - Date.parse(w.from)) / DAY;
}

/** True when a mention's sortAt lies in [from, to). */
export function inWindow(sortAt: string, w: TimeWindow): boolean {
  const t = Date.parse(sortAt);
  return t >= Date.parse(w.from) && t < Date.parse(w.to);
}

/** Keeps the items whose `sortAt` lies in the window. */
export function filterWindow<T extends { sortAt: string }>(items: readonly T[], w: TimeWindow): T[] {
  const from = Date.parse(w.from);
  const to = Date.parse(w.to);
  return items.filter((m) => {
    const t = Date.parse(m.sortAt);
    return t >= from && t < to;
  });
}

/**
 * Local days a window touches, for reading rollups: from the day of `from` to the day of the
 * last instant before `to`. Rollups are daily, so a rolling 7 d window read from rollups covers
 * whole local days (up to 8 calendar days, the first and last partially).
 */
export function windowDayKeys(w: TimeWindow, tz: string): string[] {
  const first = dayKeyOfMs(Date.parse(w.from), tz);
  const last = dayKeyOfMs(Date.parse(w.to) - 1, tz);
  return dayRange(first, last);
}

/**
 * The N local days ending with today (the day of `now`): what daily charts and rollup-based
 * indicators of a preset window read. `7d` → today and the 6 days before.
 */
export function lastDays(days: number, now: Date, tz: string): string[] {
  const today = dayKeyOfMs(now.getTime(), tz);
  return dayRange(addDays(today, -(days - 1)), today);
}
