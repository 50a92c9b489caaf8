import type { PulsoDB } from './schema';
import { readRollups } from './rollup-store';
import { baselineWindow, buildReport, windowDayKeys } from '../indicators';
import type { CityProfile } from '../model/city-profile';
import type { ReportData, TimeWindow } from '../model/indicator';
import type { Mention } from '../model/mention';

const DAY = 86_400_000;
/** Above this many mentions (period + baseline), the report is built from daily rollups. */
export const REPORT_MENTION_LIMIT = 150_000;

/**
 * Report data for a period: from the stored mentions of the period and its 90-day baseline when
 * they fit in memory (exact windows, pressure, evidence, notable posts), else from daily rollups.
 * Also returns the evidence posts of each shift (up to 5), read by id.
 */
export async function loadReport(db: PulsoDB, period: TimeWindow, profile: CityProfile, now: Date): Promise<{ data: ReportData; evidence: Record<string, Mention[]> }> {
  const baseline = baselineWindow(period, 90 * DAY);
  const range = db.mentions.where('sortAt').between(baseline.from, period.to, true, false);
  const count = await range.count();
  let data: ReportData;
  if (count <= REPORT_MENTION_LIMIT) {
    data = buildReport({ mentions: await range.toArray() }, period, profile, now);
  } else {
    const days = [...windowDayKeys(baseline, profile.timezone), ...windowDayKeys(period, profile.timezone)].sort();
    data = buildReport({ rollups: await readRollups(db, [days[0], days[days.length - 1]]) }, period, profile, now);
  }
  const evidence: Record<string, Mention[]> = {};
  for (const s of data.shifts) {
    const got = await db.mentions.bulkGet(s.driverIds.slice(0, 5));
    evidence[`${s.metric}:${s.key}`] = got.filter((m): m is Mention => !!m);
  }
  return { data, evidence };
}
