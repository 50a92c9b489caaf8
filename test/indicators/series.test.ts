import { describe, expect, it } from 'vitest';
import { dayStartMs } from '../../lib/indicators/day-key';
import { associations } from '../../lib/indicators/association';
import { perception } from '../../lib/indicators/perception';
import { computeRollups } from '../../lib/indicators/rollup';
import { associationSeries, indicatorsFromRollups, shiftsFromRollups, trendSeries } from '../../lib/indicators/series';
import { detectShifts } from '../../lib/indicators/shifts';
import { resolveWindow, windowDayKeys } from '../../lib/indicators/window';
import { makeMention, sent } from './make-mention';

const TZ = 'Europe/Madrid';

describe('dayStartMs', () => {
  it.each([
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // CET midnight, the spring-forward day
    ['2026-03-30', '2026-03-29T22:00:00.000Z'], // CEST midnight
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('%s starts at %s in Madrid', (day, iso) => expect(new Date(dayStartMs(day, TZ)).toISOString()).toBe(iso));
  it('works west of UTC', () => expect(new Date(dayStartMs('2026-07-04', 'America/New_York')).toISOString()).toBe('2026-07-04T04:00:00.000Z'));
});

describe('rollup-based indicators', () => {
  const mentions = [
    makeMention({ sortAt: '2026-03-28T22:30:00Z', sentiment: sent('positive'), attributes: ['safe'] }), // 23:30 on the 28th
    makeMention({ sortAt: '2026-03-28T23:30:00Z', sentiment: sent('negative'), attributes: ['dirty'] }), // 00:30 on the 29th
    makeMention({ sortAt: '2026-03-29T10:00:00Z', sentiment: sent('positive') }),
    makeMention({ sortAt: '2026-03-29T21:30:00Z', sentiment: sent('neutral'), attributes: ['dirty'] }), // 23:30 CEST
    makeMention({ sortAt: '2026-03-29T22:30:00Z', sentiment: sent('negative') }), // 00:30 on the 30th
  ];
  const rollups = computeRollups(mentions, TZ);

  it('draws a zero-filled daily trend in local days', () => {
    const s = trendSeries(rollups, ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
    expect(s.map((p) => p.n)).toEqual([0, 1, 3, 1]);
    // 29th: pos 1, neg 1, neu 1 → net 0; x = −1.0 (neg+dirty), 0.6, −0.4 → mean −0.2667 → 36.67
    expect(s[2].netSentiment).toBe(0);
    expect(s[2].perceptionIndex).toBeCloseTo(36.667, 2);
    expect(s[0]).toEqual({ day: '2026-03-27', n: 0, pos: 0, neg: 0, netSentiment: null, perceptionIndex: null, reliable: false });
    expect(s[2].reliable).toBe(false); // 3 mentions are not a trend
  });

  it('association over time', () => {
    const s = associationSeries(rollups, ['2026-03-28', '2026-03-29']);
    expect(s[0].shares).toEqual({ safe: 1 });
    expect(s[1].shares.dirty).toBeCloseTo(2 / 3, 10);
  });

  it('matches the mention-based indicators over the same whole days', () => {
    const now = new Date('2026-04-01T00:00:00Z');
    const w = resolveWindow('custom', now, { from: '2026-03-28T23:00:00Z', to: '2026-03-30T22:00:00Z' }); // 29th + 30th local
    const fromRollups = indicatorsFromRollups(rollups, windowDayKeys(w, TZ));
    const fromMentions = perception(mentions, w, now);
    expect(fromRollups.perception.netSentiment).toEqual(fromMentions.netSentiment);
    expect(fromRollups.perception.perceptionIndex).toEqual(fromMentions.perceptionIndex);
    expect(fromRollups.associations.map((a) => a.share)).toEqual(associations(mentions, w, now).map((a) => a.share));
    expect(fromRollups.volume.total).toBe(4);
  });

  it('detects the same shifts from rollups as from mentions', () => {
    const now = new Date('2026-06-30T10:00:00Z');
    const ms = [];
    for (let d = 0; d < 97; d++) {
      for (let i = 0; i < 10; i++) {
        const recent = d < 7;
        ms.push(makeMention({
          sortAt: new Date(now.getTime() - d * 86_400_000 - (i + 1) * 3_600_000).toISOString(),
          attributes: (recent ? i < 3 : i === 0 && d % 2 === 0) ? ['violent'] : [],
        }));
      }
    }
    const r = shiftsFromRollups(computeRollups(ms, TZ), now, TZ);
    const violent = r.shifts.find((s) => s.key === 'violent')!;
    expect(violent.significant).toBe(true);
    expect(violent.recent).toBeGreaterThan(0.25);
    const m = detectShifts(ms, now, { recent: r.recent, baseline: r.baseline });
    const mv = m.shifts.find((s) => s.key === 'violent')!;
    expect(mv.recentCount).toBe(violent.recentCount);
    expect(mv.baselineCount).toBe(violent.baselineCount);
    expect(mv.pValue).toBeCloseTo(violent.pValue, 12);
  });
});
