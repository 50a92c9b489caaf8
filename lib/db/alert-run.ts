import type { PulsoDB } from './schema';
import { AlertStateSchema } from './indicator-records';
import { ensureRollups, readRollups } from './rollup-store';
import { mentionsInRange } from './mentions-behind';
import { evaluateAlerts, lastDays, pressureIndex, shiftsFromRollups } from '../indicators';
import type { CityProfile } from '../model/city-profile';
import type { Alert, PressureResult, ShiftReport } from '../model/indicator';
import type { IndicatorSettings } from '../model/indicator-settings';

const HOUR = 3_600_000;

/**
 * Pressure now: the mentions of the last 24 h and the 7 days before, fetched through the sortAt
 * index (never the whole store).
 */
export async function currentPressure(db: PulsoDB, now: Date): Promise<PressureResult> {
  const from = new Date(now.getTime() - 24 * HOUR - 7 * 24 * HOUR).toISOString();
  return pressureIndex(await mentionsInRange(db, from, now.toISOString()), now);
}

/** The watched shift comparison, from daily rollups alone. */
export async function currentShifts(db: PulsoDB, profile: Pick<CityProfile, 'timezone'>, settings: Pick<IndicatorSettings, 'shiftRecentDays' | 'shiftBaselineDays'>, now: Date): Promise<ShiftReport> {
  const days = lastDays(settings.shiftRecentDays + settings.shiftBaselineDays, now, profile.timezone);
  const rollups = await readRollups(db, days);
  const report = shiftsFromRollups(rollups, now, profile.timezone, { recentDays: settings.shiftRecentDays, baselineDays: settings.shiftBaselineDays });
  // Today is partial, so the exact recent span is a little under N days (29.9); sentences name
  // the N local days the user chose.
  return { ...report, recent: { ...report.recent, from: new Date(now.getTime() - settings.shiftRecentDays * 86_400_000).toISOString() } };
}

/**
 * One alert pass (after an ingest batch, on the alarm): brings the rollups up to date, measures
 * pressure and the watched shifts, and returns the alerts due under the rules, cooldowns and
 * quiet hours. Fired alerts are recorded in `alertState` before returning, so a service worker
 * that dies right after does not fire them twice.
 */
export async function runAlerts(db: PulsoDB, profile: CityProfile, settings: IndicatorSettings, now: Date): Promise<{ alerts: Alert[]; pressure: PressureResult; shifts: ShiftReport }> {
  await ensureRollups(db, profile.timezone, now);
  const [pressure, shifts] = await Promise.all([currentPressure(db, now), currentShifts(db, profile, settings, now)]);
  const lastFired: Record<string, string> = {};
  for (const row of await db.alertState.toArray()) {
    const parsed = AlertStateSchema.safeParse(row);
    if (parsed.success) lastFired[parsed.data.key] = parsed.data.firedAt;
  }
  const alerts = settings.notify ? evaluateAlerts(settings.rules, { pressure, shifts }, lastFired, now, settings.quietHours, profile.timezone) : [];
  if (alerts.length) await db.alertState.bulkPut(alerts.map((a) => ({ key: a.key, firedAt: a.firedAt })));
  return { alerts, pressure, shifts };
}
