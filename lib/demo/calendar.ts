import type { DemoEventId } from './phrasebook';

const DAY_MS = 86_400_000;

/** A yearly event window, in UTC calendar days. */
export interface EventWindow {
  id: DemoEventId;
  start: number;
  /** Exclusive. */
  end: number;
  /** Extra volume on those days (1 = none). */
  volume: number;
  /** Share of the day's posts that are about the event. */
  share: number;
}

function utcDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/** Mobile World Congress: four days from the first Monday on or after 26 February. */
function mwcStart(year: number): number {
  const feb26 = new Date(utcDay(year, 2, 26));
  const offset = (8 - feb26.getUTCDay()) % 7;
  return feb26.getTime() + offset * DAY_MS;
}

/** The demo's recurring events in one calendar year. */
export function eventsOfYear(year: number): EventWindow[] {
  const mwc = mwcStart(year);
  return [
    { id: 'mwc', start: mwc, end: mwc + 4 * DAY_MS, volume: 1.4, share: 0.3 },
    { id: 'santJordi', start: utcDay(year, 4, 22), end: utcDay(year, 4, 24), volume: 1.6, share: 0.45 },
    { id: 'summer', start: utcDay(year, 7, 1), end: utcDay(year, 9, 1), volume: 1.1, share: 0.08 },
    { id: 'merce', start: utcDay(year, 9, 20), end: utcDay(year, 9, 25), volume: 1.5, share: 0.35 },
  ];
}

/** The event running at instant `t` (ms), if any; the shortest wins when windows overlap. */
export function eventAt(t: number): EventWindow | undefined {
  const year = new Date(t).getUTCFullYear();
  let found: EventWindow | undefined;
  for (const e of eventsOfYear(year)) {
    if (t >= e.start && t < e.end && (!found || e.end - e.start < found.end - found.start)) found = e;
  }
  return found;
}

/** Weekday volume, Monday first: weekdays busier than weekends, as newsrooms and offices are. */
const WEEKDAY = [1.1, 1.15, 1.15, 1.1, 1.0, 0.75, 0.7];

/** Relative posting volume of the local (Madrid, CET-approximate) day containing `t`. */
export function weekdayFactor(t: number): number {
  // Shift by one hour: the demo only needs the weekly shape, not exact daylight-saving days.
  const local = new Date(t + 3_600_000);
  return WEEKDAY[(local.getUTCDay() + 6) % 7];
}

/** Relative posting activity by local hour: quiet at night, peaks mid-morning and evening. */
export const HOURLY = [
  0.25, 0.15, 0.1, 0.08, 0.08, 0.15, 0.35, 0.7, 1.0, 1.2, 1.25, 1.2,
  1.1, 1.1, 1.0, 1.0, 1.05, 1.1, 1.2, 1.3, 1.3, 1.1, 0.8, 0.5,
];

export { DAY_MS };
