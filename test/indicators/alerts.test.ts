import { describe, expect, it } from 'vitest';
import { evaluateAlerts, inQuietHours, shiftSeverity } from '../../lib/indicators/alerts';
import type { PressureLevel, PressureResult, Shift, ShiftReport } from '../../lib/model/indicator';

const TZ = 'Europe/Madrid';
const noon = new Date('2026-07-01T10:00:00Z'); // 12:00 CEST
const night = new Date('2026-07-01T21:30:00Z'); // 23:30 CEST

function pressure(score: number, level: PressureLevel): PressureResult {
  return { score, level, components: [], recentCount: 120, baselineDailyMean: 30, at: noon.toISOString(), mentionIds: ['a', 'b'] };
}

const violent: Shift = {
  metric: 'attribute', key: 'violent', direction: 'up', recent: 0.2, baseline: 0.04, recentCount: 28, baselineCount: 36,
  recentN: 140, baselineN: 900, difference: 0.16, ratio: 5, cohensH: 0.5246, test: 'z-two-proportion', pValue: 1e-12,
  qValue: 2e-12, significant: true, driverCount: 28, driverIds: ['r1', 'r2'],
};
const report: ShiftReport = {
  recent: { kind: 'custom', from: '2026-06-24T10:00:00.000Z', to: '2026-07-01T10:00:00.000Z' },
  baseline: { kind: 'custom', from: '2026-03-26T10:00:00.000Z', to: '2026-06-24T10:00:00.000Z' },
  alpha: 0.05,
  shifts: [violent, { ...violent, key: 'safe', significant: false, qValue: 0.4 }],
};

describe('evaluateAlerts', () => {
  const pressureRule = { id: 'p', kind: 'pressure' as const, minLevel: 'high' as const };
  const shiftRule = { id: 's', kind: 'shift' as const, metric: 'attribute' as const, direction: 'up' as const, minEffect: 0.2 };

  it('fires a pressure alert at the level, with its evidence and a sentence per language', () => {
    const [a] = evaluateAlerts([pressureRule], { pressure: pressure(62, 'high') }, {}, noon, null, TZ);
    expect(a).toMatchObject({ key: 'pressure:p:high', severity: 'high', ruleId: 'p', kind: 'pressure', firedAt: noon.toISOString(), mentionIds: ['a', 'b'] });
    expect(a.message.en).toContain('62/100');
    expect(a.message.es).toContain('Presión pública alta');
    expect(evaluateAlerts([pressureRule], { pressure: pressure(40, 'moderate') }, {}, noon, null, TZ)).toEqual([]);
  });

  it('respects the cooldown per key, but an escalation fires at once', () => {
    const lastFired = { 'pressure:p:high': new Date(noon.getTime() - 60 * 60_000).toISOString() };
    expect(evaluateAlerts([pressureRule], { pressure: pressure(62, 'high') }, lastFired, noon, null, TZ)).toEqual([]);
    // default cooldown 360 min: 7 h later it may fire again
    const later = new Date(noon.getTime() + 6 * 3_600_000);
    expect(evaluateAlerts([pressureRule], { pressure: pressure(62, 'high') }, lastFired, later, null, TZ)).toHaveLength(1);
    expect(evaluateAlerts([pressureRule], { pressure: pressure(80, 'critical') }, lastFired, noon, null, TZ)[0].key).toBe('pressure:p:critical');
  });

  it('stays quiet at night except for critical alerts (unless disabled)', () => {
    const quiet = { start: '22:00', end: '07:00' };
    expect(evaluateAlerts([pressureRule], { pressure: pressure(62, 'high') }, {}, night, quiet, TZ)).toEqual([]);
    expect(evaluateAlerts([pressureRule], { pressure: pressure(80, 'critical') }, {}, night, quiet, TZ)).toHaveLength(1);
    expect(evaluateAlerts([pressureRule], { pressure: pressure(80, 'critical') }, {}, night, { ...quiet, allowCritical: false }, TZ)).toEqual([]);
    expect(evaluateAlerts([pressureRule], { pressure: pressure(62, 'high') }, {}, noon, quiet, TZ)).toHaveLength(1);
  });

  it('fires on matching significant shifts only', () => {
    const alerts = evaluateAlerts([shiftRule], { shifts: report }, {}, noon, null, TZ);
    expect(alerts.map((a) => a.key)).toEqual(['shift:s:attribute:violent:up']);
    expect(alerts[0].severity).toBe('high'); // h = 0.52
    expect(alerts[0].mentionIds).toEqual(['r1', 'r2']);
    expect(alerts[0].message.en).toContain('violence association 20.0% this week vs 4.0% over the previous 90 days');
    expect(evaluateAlerts([{ ...shiftRule, key: 'dirty' }], { shifts: report }, {}, noon, null, TZ)).toEqual([]);
    expect(evaluateAlerts([{ ...shiftRule, minEffect: 0.8 }], { shifts: report }, {}, noon, null, TZ)).toEqual([]);
    expect(evaluateAlerts([{ ...shiftRule, enabled: false }], { shifts: report }, {}, noon, null, TZ)).toEqual([]);
  });

  it('rejects malformed rules', () => {
    expect(() => evaluateAlerts([{ id: '', kind: 'pressure' }], {}, {}, noon, null, TZ)).toThrow();
  });
});

describe('helpers', () => {
  it.each([
    ['22:00', '07:00', '2026-07-01T20:30:00Z', true], // 22:30 CEST
    ['22:00', '07:00', '2026-07-01T04:59:00Z', true], // 06:59 CEST
    ['22:00', '07:00', '2026-07-01T05:00:00Z', false], // 07:00 CEST
    ['13:00', '15:00', '2026-01-15T12:30:00Z', true], // 13:30 CET
    ['13:00', '15:00', '2026-01-15T14:30:00Z', false], // 15:30 CET
    ['08:00', '08:00', '2026-01-15T07:00:00Z', false], // empty range
  ])('quiet %s–%s at %s → %s', (start, end, at, expected) => {
    expect(inQuietHours({ start, end, allowCritical: true }, new Date(at), TZ)).toBe(expected);
  });
  it.each([
    [0.1, 'low'], [0.2, 'moderate'], [0.5, 'high'], [-0.9, 'critical'],
  ] as const)('shift severity for h = %f is %s', (h, level) => expect(shiftSeverity({ ...violent, cohensH: h })).toBe(level));
  it.each([
    [1.2, 'low'], [1.5, 'moderate'], [0.4, 'high'], [5, 'critical'], [null, 'critical'],
  ] as const)('volume severity for ratio %s is %s', (ratio, level) => expect(shiftSeverity({ ...violent, metric: 'volume', key: 'total', cohensH: null, ratio })).toBe(level));
});
