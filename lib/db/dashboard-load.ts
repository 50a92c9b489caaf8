import type { PulsoDB } from './schema';
import { readRollups } from './rollup-store';
import {
  addDays, associationSeries, associationsFromTally, baselineWindow, dayStartMs, engagementOf, lastDays, perceptionFromTally,
  pressureIndex, rankInbox, rollupTally, shiftsFromRollups, shiftsFromTallies, tallyMentions, trendSeries, volumeFromTally,
  windowDayKeys, windowDays,
} from '../indicators';
import { scopeMentions } from '../indicators/scope';
import type { CityProfile } from '../model/city-profile';
import type {
  Association, InboxItem, InboxItemState, PerceptionResult, PressureResult, SeriesPoint, AssociationPoint, ShiftReport, Tally, TimeWindow, VolumeResult,
} from '../model/indicator';
import type { Mention } from '../model/mention';
import type { Attribute } from '../model/taxonomy';

const DAY = 86_400_000;
/** Charts show at least this many days, so a 24 h window still has a trend to read. */
const MIN_CHART_DAYS = 7;
/** Baseline of the dashboard's shifts: the 90 days before the window. */
export const DASHBOARD_BASELINE_DAYS = 90;
/** Explanations read at most this many of the window's newest mentions (memory bound). */
export const EXPLAIN_LIMIT = 20_000;

/** Whole days a preset window stands for on daily rollups (24 h → today). */
function presetDays(w: TimeWindow): number {
  return Math.max(1, Math.round(windowDays(w)));
}

/**
 * First render of the dashboard, from daily rollups only (never a scan of mentions, except the
 * 24 h window, whose few mentions give exact figures): headline volume, net sentiment and
 * perception index, daily trend and association series, topic and stakeholder breakdowns, and
 * the window's shifts against the 90 days before it.
 */
export async function loadDashboard(db: PulsoDB, window: TimeWindow, now: Date, tz: string) {
  const custom = window.kind === 'custom';
  const days = custom ? windowDayKeys(window, tz) : lastDays(presetDays(window), now, tz);
  const chartDays = days.length >= MIN_CHART_DAYS ? days : lastDays(MIN_CHART_DAYS, now, tz);
  const baseDays = custom
    ? windowDayKeys(baselineWindow(window, DASHBOARD_BASELINE_DAYS * DAY), tz)
    : lastDays(DASHBOARD_BASELINE_DAYS, new Date(dayStartMs(days[0], tz) - 1), tz);
  const first = [baseDays[0], chartDays[0]].sort()[0];
  const last = [days[days.length - 1], chartDays[chartDays.length - 1]].sort()[1];
  const rollups = await readRollups(db, [first, last]);
  let tally: Tally;
  if (window.kind === '24h') {
    // Exact figures for the last 24 h: few mentions, and a day's rollup would cut at midnight.
    const ms = await db.mentions.where('sortAt').between(window.from, window.to, true, false).toArray();
    tally = tallyMentions(scopeMentions(ms, window, now));
  } else {
    tally = rollupTally(rollups, days);
  }
  const volume: VolumeResult = volumeFromTally(tally);
  const perception: PerceptionResult = perceptionFromTally(tally);
  const associations: Association[] = associationsFromTally(tally);
  const shifts: ShiftReport = custom
    ? {
      recent: window, baseline: baselineWindow(window, DASHBOARD_BASELINE_DAYS * DAY), alpha: 0.05,
      shifts: shiftsFromTallies(rollupTally(rollups, days), rollupTally(rollups, baseDays), windowDays(window), DASHBOARD_BASELINE_DAYS),
    }
    : shiftsFromRollups(rollups, now, tz, { recentDays: days.length, baselineDays: DASHBOARD_BASELINE_DAYS });
  const topAttributes = topKeys(tally.attributes, 3) as Attribute[];
  const trend: SeriesPoint[] = trendSeries(rollups, chartDays);
  const association: AssociationPoint[] = associationSeries(rollups, chartDays, topAttributes);
  return {
    window, days, chartDays, tally,
    /** Recent days named in shift sentences: the window's days (24 h → 1, 7 d → 7). */
    sentenceDays: custom ? windowDays(window) : days.length, volume, perception, associations, shifts, trend, association, topAttributes,
    /** Time range the rollup figures really cover (whole local days). */
    covered: { from: new Date(dayStartMs(days[0], tz)).toISOString(), to: new Date(Math.min(now.getTime(), dayStartMs(addDays(days[days.length - 1], 1), tz))).toISOString() },
  };
}
export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;

function topKeys(counts: Partial<Record<string, number>>, n: number): string[] {
  return Object.entries(counts).filter(([, v]) => (v ?? 0) > 0).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || a[0].localeCompare(b[0])).slice(0, n).map(([k]) => k);
}

/**
 * Second stage, after the first render: the newest mentions of the window (at most
 * EXPLAIN_LIMIT, via the sortAt index) for top posts and the response inbox, and the mentions
 * of the last 8 days for pressure.
 */
export async function loadExplanations(db: PulsoDB, window: TimeWindow, now: Date, profile: Pick<CityProfile, 'ownAccounts'>) {
  const to = new Date(Math.min(Date.parse(window.to), now.getTime())).toISOString();
  const recent: Mention[] = await db.mentions.where('sortAt').between(window.from, to, true, false).reverse().limit(EXPLAIN_LIMIT).toArray();
  const pressureFrom = new Date(now.getTime() - 8 * DAY).toISOString();
  const pressureMentions = await db.mentions.where('sortAt').between(pressureFrom, now.toISOString(), true, false).toArray();
  const pressure: PressureResult = pressureIndex(pressureMentions, now);
  const states: InboxItemState[] = await db.inboxStates.toArray();
  const inboxWindow: TimeWindow = { kind: 'custom', from: recent.length ? recent[recent.length - 1].sortAt : window.from, to };
  const inbox: InboxItem[] = recent.length ? rankInbox(recent, inboxWindow, now, profile, states, { limit: 30 }) : [];
  const topPosts = topByEngagement(recent, 5);
  return { mentions: recent, capped: recent.length >= EXPLAIN_LIMIT, pressure, inbox, topPosts };
}
export type DashboardExplanations = Awaited<ReturnType<typeof loadExplanations>>;

function topByEngagement(ms: readonly Mention[], n: number): Mention[] {
  return ms.filter((m) => (engagementOf(m) ?? 0) > 0).sort((a, b) => (engagementOf(b) ?? 0) - (engagementOf(a) ?? 0)).slice(0, n);
}
