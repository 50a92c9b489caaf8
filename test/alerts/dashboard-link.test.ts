import { describe, expect, it } from 'vitest';
import { alertTarget, dashboardHash, parseDashboardHash } from '@/lib/alerts/dashboard-link';
import { pressureBadge } from '@/lib/alerts/badge';
import type { PressureResult } from '@/lib/model/indicator';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('dashboard links', () => {
  it.each([
    [{ window: '30d' as const, focus: 'shift:attribute:violent' }],
    [{ window: '24h' as const, focus: 'pressure' }],
    [{ window: 'custom' as const, from: '2026-11-01T00:00:00.000Z', to: '2026-11-10T00:00:00.000Z' }],
  ])('round-trips %j through the side panel hash', (target) => {
    expect(parseDashboardHash(dashboardHash(target))).toEqual(target);
  });

  it.each([
    ['#feed', undefined],
    ['#dashboard', { window: '30d' }],
    ['#dashboard/window=bogus', undefined],
    ['#dashboard/window=custom&from=2026-11-10T00:00:00Z&to=2026-11-01T00:00:00Z', { window: '30d' }],
  ])('reads %s safely', (hash, expected) => {
    expect(parseDashboardHash(hash)).toEqual(expected);
  });

  it('leads a pressure alert to the last 24 h and a shift alert to its comparison window', () => {
    expect(alertTarget({ kind: 'pressure', key: 'pressure:p:high' }, 7, NOW)).toEqual({ window: '24h', focus: 'pressure' });
    expect(alertTarget({ kind: 'shift', key: 'shift:r:attribute:violent:up' }, 30, NOW)).toEqual({ window: '30d', focus: 'shift:attribute:violent' });
    expect(alertTarget({ kind: 'shift', key: 'shift:r:topic:security:up' }, 14, NOW)).toEqual({
      window: 'custom', from: '2026-11-10T12:00:00.000Z', to: NOW.toISOString(), focus: 'shift:topic:security',
    });
  });
});

describe('pressure badge', () => {
  const p = (score: number, level: PressureResult['level']) => ({ score, level } as PressureResult);
  it.each([
    [p(10, 'low'), ''], [p(30, 'moderate'), '!'], [p(60, 'high'), '!!'], [p(90, 'critical'), '!!!'],
  ])('marks %j with %s and says the level in words', (pressure, text) => {
    const b = pressureBadge(pressure, 'es');
    expect(b.text).toBe(text);
    expect(b.title).toContain(`${Math.round(pressure.score)}/100`);
  });
  it('uses a different colour per level and translates the title', () => {
    const colours = new Set((['low', 'moderate', 'high', 'critical'] as const).map((l) => pressureBadge(p(50, l), 'en').color));
    expect(colours.size).toBe(4);
    expect(pressureBadge(p(80, 'critical'), 'ca').title).toBe('Pulso: pressió pública crítica (80/100)');
  });
});
