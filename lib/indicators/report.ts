import type { CityProfile } from '../model/city-profile';
import type { ReportData, Rollups, Shift, Tally, TimeWindow } from '../model/indicator';
import type { Mention } from '../model/mention';
import { engagementOf, reachOf, topIds } from './engagement';
import { netSentimentOf, perceptionIndexOf } from './perception';
import { pressureIndex } from './pressure';
import { scopeMentions } from './scope';
import { rollupTally } from './series';
import { detectShifts, shiftsFromTallies } from './shifts';
import { shiftSentences } from './shift-sentence';
import { tallyMentions } from './tally';
import { baselineWindow, windowDayKeys, windowDays } from './window';

const DAY = 86_400_000;
const EXCERPT = 280;

export interface ReportOptions {
  /** Baseline length in days before the period; default 90. */
  baselineDays?: number;
  /** Notable posts listed (half most engaging, half most reaching negative); default 10. */
  notable?: number;
  /** Evidence ids per shift; default 20. */
  limit?: number;
}

function buckets(counts: Record<string, number>, n: number) {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, count, share: n ? count / n : 0 }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function withSentences(shifts: Shift[], period: TimeWindow, baseline: TimeWindow): ReportData['shifts'] {
  return shifts.filter((s) => s.significant).map((s) => ({ ...s, sentence: shiftSentences(s, windowDays(period), windowDays(baseline)) }));
}

/**
 * Report data for a period: headline indicators, significant shifts against the baseline
 * with their evidence, topics, stakeholders, associations and notable posts. From mentions
 * when the period's mentions are still stored (exact windows, pressure, evidence ids), else
 * from daily rollups (whole local days of the profile's time zone, no posts or pressure).
 */
export function buildReport(
  input: { mentions: readonly Mention[] } | { rollups: Rollups },
  period: TimeWindow,
  profile: CityProfile,
  now: Date,
  options: ReportOptions = {},
): ReportData {
  const baseline = baselineWindow(period, (options.baselineDays ?? 90) * DAY);
  const notable = options.notable ?? 10;
  let t: Tally;
  let baseTally: Tally;
  let shifts: Shift[];
  let pressure: ReportData['headline']['pressure'] = null;
  let notablePosts: ReportData['notablePosts'] = [];
  if ('mentions' in input) {
    const scoped = scopeMentions(input.mentions, period, now);
    t = tallyMentions(scoped);
    baseTally = tallyMentions(scopeMentions(input.mentions, baseline, now));
    shifts = detectShifts(input.mentions, now, { recent: period, baseline, limit: options.limit }).shifts;
    // Pressure at the end of the period (or now, for a period still running).
    const end = new Date(Math.min(now.getTime(), Date.parse(period.to)));
    pressure = pressureIndex(input.mentions, end);
    const byId = new Map(scoped.map((m) => [m.id, m]));
    const half = Math.ceil(notable / 2);
    const ids = topIds(scoped, (m) => engagementOf(m) ?? -1, half);
    for (const id of topIds(scoped.filter((m) => m.sentiment.label === 'negative'), (m) => reachOf(m) ?? -1, notable)) {
      if (ids.length >= notable) break;
      if (!ids.includes(id)) ids.push(id);
    }
    notablePosts = ids.map((id) => {
      const m = byId.get(id)!;
      const text = (m.title ? `${m.title} — ${m.text}` : m.text).replace(/\s+/g, ' ').trim();
      return {
        id, url: m.url, platform: m.platform, sortAt: m.sortAt, sentiment: m.sentiment.label,
        engagement: engagementOf(m), excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text,
      };
    });
  } else {
    const tz = profile.timezone;
    t = rollupTally(input.rollups, windowDayKeys(period, tz));
    baseTally = rollupTally(input.rollups, windowDayKeys(baseline, tz));
    shifts = shiftsFromTallies(t, baseTally, windowDays(period), windowDays(baseline));
  }
  return {
    profileId: profile.id,
    profileName: profile.name,
    period,
    baseline,
    generatedAt: now.toISOString(),
    source: 'mentions' in input ? 'mentions' : 'rollups',
    headline: {
      volume: t.n,
      baselineVolume: baseTally.n,
      netSentiment: netSentimentOf(t),
      perceptionIndex: perceptionIndexOf(t),
      pressure,
    },
    shifts: withSentences(shifts, period, baseline),
    topics: buckets(t.topics, t.n),
    stakeholders: buckets(t.stakeholders, t.n),
    associations: buckets(t.attributes, t.n),
    notablePosts,
  };
}
