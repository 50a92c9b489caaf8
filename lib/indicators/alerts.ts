import {
  AlertRuleSchema, PRESSURE_LEVELS, QuietHoursSchema, type Alert, type AlertRule, type AlertRuleInput, type PressureLevel,
  type PressureResult, type QuietHours, type QuietHoursInput, type Shift, type ShiftReport,
} from '../model/indicator';
import { localMinuteOfDay } from './day-key';
import { shiftSentences } from './shift-sentence';
import { windowDays } from './window';

const rank = (level: PressureLevel) => PRESSURE_LEVELS.indexOf(level);

/**
 * Severity of a shift from its effect size: |Cohen's h| ≥ 0.8 critical, ≥ 0.5 high, ≥ 0.2
 * moderate; for volume the rate ratio (or its inverse for drops) ≥ 4 critical, ≥ 2 high,
 * ≥ 1.5 moderate. Anything smaller is low.
 */
export function shiftSeverity(s: Shift): PressureLevel {
  if (s.metric === 'volume') {
    const r = s.ratio === null ? Infinity : s.ratio >= 1 ? s.ratio : s.ratio > 0 ? 1 / s.ratio : Infinity;
    return r >= 4 ? 'critical' : r >= 2 ? 'high' : r >= 1.5 ? 'moderate' : 'low';
  }
  const h = Math.abs(s.cohensH ?? 0);
  return h >= 0.8 ? 'critical' : h >= 0.5 ? 'high' : h >= 0.2 ? 'moderate' : 'low';
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** True when `now` falls in the quiet hours (local time in `tz`; ranges may cross midnight). */
export function inQuietHours(quiet: QuietHours, now: Date, tz: string): boolean {
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  if (start === end) return false;
  const m = localMinuteOfDay(now.getTime(), tz);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

function pressureMessage(p: PressureResult): Alert['message'] {
  const s = Math.round(p.score);
  const lv = {
    low: { es: 'baja', ca: 'baixa', en: 'low' }, moderate: { es: 'moderada', ca: 'moderada', en: 'moderate' },
    high: { es: 'alta', ca: 'alta', en: 'high' }, critical: { es: 'crítica', ca: 'crítica', en: 'critical' },
  }[p.level];
  return {
    es: `Presión pública ${lv.es}: ${s}/100 con ${p.recentCount} menciones en 24 h (media ${p.baselineDailyMean.toFixed(1).replace('.', ',')}/día)`,
    ca: `Pressió pública ${lv.ca}: ${s}/100 amb ${p.recentCount} mencions en 24 h (mitjana ${p.baselineDailyMean.toFixed(1).replace('.', ',')}/dia)`,
    en: `Public pressure ${lv.en}: ${s}/100 with ${p.recentCount} mentions in 24 h (average ${p.baselineDailyMean.toFixed(1)}/day)`,
  };
}

function shiftMatches(rule: Extract<AlertRule, { kind: 'shift' }>, s: Shift): boolean {
  if (!s.significant) return false;
  if (rule.metric && rule.metric !== s.metric) return false;
  if (rule.key && rule.key !== s.key) return false;
  if (rule.direction && rule.direction !== s.direction) return false;
  if (s.metric === 'volume') {
    const r = s.ratio === null ? Infinity : s.ratio >= 1 ? s.ratio : s.ratio > 0 ? 1 / s.ratio : Infinity;
    return r >= rule.minRatio;
  }
  return Math.abs(s.cohensH ?? 0) >= rule.minEffect;
}

/**
 * Alerts to fire now. A pressure rule fires at `minScore` or `minLevel` (default level high);
 * a shift rule on each significant shift it matches. Each alert has a stable key
 * (`pressure:<rule>:<level>`, `shift:<rule>:<metric>:<key>:<direction>`) and is not repeated
 * while `lastFired[key]` is within the rule's cooldown; an escalation (high → critical) has a
 * new key and fires at once. During quiet hours nothing fires except critical alerts when
 * `quietHours.allowCritical` (default true): a crisis should wake someone, a trend can wait.
 * The caller stores `lastFired[key] = firedAt` for the alerts it shows.
 */
export function evaluateAlerts(
  rules: readonly AlertRuleInput[],
  indicators: { pressure?: PressureResult | null; shifts?: ShiftReport | null },
  lastFired: Readonly<Record<string, string>>,
  now: Date,
  quietHours: QuietHoursInput | null,
  tz: string,
): Alert[] {
  const quiet = quietHours ? QuietHoursSchema.parse(quietHours) : null;
  const silenced = quiet ? inQuietHours(quiet, now, tz) : false;
  const out = new Map<string, Alert>();
  const consider = (rule: AlertRule, alert: Omit<Alert, 'firedAt' | 'ruleId' | 'kind'>) => {
    if (out.has(alert.key)) return;
    const last = lastFired[alert.key];
    if (last && now.getTime() - Date.parse(last) < rule.cooldownMinutes * 60_000) return;
    if (silenced && !(alert.severity === 'critical' && quiet?.allowCritical)) return;
    out.set(alert.key, { ...alert, ruleId: rule.id, kind: rule.kind, firedAt: now.toISOString() });
  };
  for (const raw of rules) {
    const rule = AlertRuleSchema.parse(raw);
    if (!rule.enabled) continue;
    if (rule.kind === 'pressure') {
      const p = indicators.pressure;
      if (!p) continue;
      const byScore = rule.minScore !== undefined && p.score >= rule.minScore;
      const byLevel = rank(p.level) >= rank(rule.minLevel ?? 'high');
      const fires = rule.minScore !== undefined && rule.minLevel === undefined ? byScore : byScore || byLevel;
      if (fires) consider(rule, { key: `pressure:${rule.id}:${p.level}`, severity: p.level, message: pressureMessage(p), mentionIds: p.mentionIds });
    } else {
      const report = indicators.shifts;
      if (!report) continue;
      const rd = windowDays(report.recent);
      const bd = windowDays(report.baseline);
      for (const s of report.shifts) {
        if (!shiftMatches(rule, s)) continue;
        consider(rule, {
          key: `shift:${rule.id}:${s.metric}:${s.key}:${s.direction}`,
          severity: shiftSeverity(s),
          message: shiftSentences(s, rd, bd),
          mentionIds: s.driverIds,
        });
      }
    }
  }
  return [...out.values()];
}
