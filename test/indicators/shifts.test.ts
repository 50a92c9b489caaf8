import { describe, expect, it } from 'vitest';
import { detectShifts, shiftsFromTallies } from '../../lib/indicators/shifts';
import { shiftSentence } from '../../lib/indicators/shift-sentence';
import { seededRandom } from '../../lib/indicators/stats';
import { emptyTally } from '../../lib/indicators/tally';
import { resolveWindow } from '../../lib/indicators/window';
import { ATTRIBUTES, TOPICS } from '../../lib/model/taxonomy';
import type { Mention } from '../../lib/model/mention';
import type { Tally } from '../../lib/model/indicator';
import { makeMention } from './make-mention';

const DAY = 86_400_000;
const now = new Date('2026-06-30T00:00:00Z');

describe('detectShifts on a planted shift', () => {
  // Recent: 14 days, 140 mentions, 28 violent (20 %), 14 safe (10 %).
  // Baseline: 90 days before, 900 mentions, 36 violent (4 %), 90 safe (10 %).
  const recentW = resolveWindow('custom', now, { from: new Date(now.getTime() - 14 * DAY).toISOString(), to: now.toISOString() });
  const baseW = resolveWindow('custom', now, { from: new Date(now.getTime() - 104 * DAY).toISOString(), to: recentW.from });
  const mentions: Mention[] = [];
  for (let i = 0; i < 140; i++) mentions.push(makeMention({
    id: `r${i}`, sortAt: new Date(now.getTime() - 14 * DAY + i * (14 * DAY / 140)).toISOString(),
    attributes: i < 28 ? ['violent'] : i < 42 ? ['safe'] : [],
  }));
  for (let i = 0; i < 900; i++) mentions.push(makeMention({
    id: `b${i}`, sortAt: new Date(now.getTime() - 104 * DAY + i * (90 * DAY / 900)).toISOString(),
    attributes: i < 36 ? ['violent'] : i < 126 ? ['safe'] : [],
  }));
  const report = detectShifts(mentions, now, { recent: recentW, baseline: baseW });
  const by = (key: string) => report.shifts.find((s) => s.key === key)!;

  it('flags violence with the hand-computed z-test and effect size', () => {
    // pooled = 64/1040 = .061538; se = sqrt(.061538·.938462·(1/140 + 1/900)) = .021833
    // z = (.20 − .04)/.021833 = 7.328 → p ≈ 2e-13; h = 2·asin(√.2) − 2·asin(√.04) = .524579
    const v = by('violent');
    expect(v.test).toBe('z-two-proportion');
    expect(v.significant).toBe(true);
    expect(v.direction).toBe('up');
    expect(v.recent).toBeCloseTo(0.2, 10);
    expect(v.baseline).toBeCloseTo(0.04, 10);
    expect(v.difference).toBeCloseTo(0.16, 10);
    expect(v.ratio).toBeCloseTo(5, 10);
    expect(v.cohensH).toBeCloseTo(0.524579, 5);
    expect(v.pValue).toBeLessThan(1e-10);
    expect(v.driverCount).toBe(28);
    expect(v.driverIds.every((id) => Number(id.slice(1)) < 28 && id.startsWith('r'))).toBe(true);
    expect(report.shifts[0].key).toBe('violent');
  });
  it('does not flag what did not change', () => {
    // safe: 14/140 = 90/900 = 10 % → z = 0, p = 1. Volume: 10/day in both periods.
    expect(by('safe').significant).toBe(false);
    expect(by('safe').pValue).toBeCloseTo(1, 6);
    expect(by('total').significant).toBe(false);
    expect(by('total').pValue).toBeGreaterThan(0.9);
    expect(by('total').test).toBe('poisson-mid-p');
  });
  it('says it in a sentence per language', () => {
    const d = (w: { from: string; to: string }) => (Date.parse(w.to) - Date.parse(w.from)) / DAY;
    expect(shiftSentence(by('violent'), 'en', d(report.recent), d(report.baseline)))
      .toBe('violence association 20.0% in the last 14 days vs 4.0% over the previous 90 days, p < 0.001, driven by 28 posts');
    const es = shiftSentence(by('violent'), 'es', d(report.recent), d(report.baseline));
    expect(es).toContain('asociación con violencia');
    expect(es).toContain('p < 0,001');
    expect(es).toContain('28 publicaciones');
    expect(shiftSentence(by('safe'), 'ca', d(report.recent), d(report.baseline))).toContain('no significatiu');
  });
  it('defaults to the last 7 days against the previous 90', () => {
    const r = detectShifts(mentions, now);
    expect(Date.parse(r.recent.to) - Date.parse(r.recent.from)).toBe(7 * DAY);
    expect(r.baseline.to).toBe(r.recent.from);
    expect(Date.parse(r.baseline.to) - Date.parse(r.baseline.from)).toBe(90 * DAY);
  });
});

/** Binomial draw by summing Bernoulli trials (fine for the sizes used here). */
function binomial(rand: () => number, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
}
function poisson(rand: () => number, mean: number): number {
  // Knuth, per day so exp(−mean) never underflows.
  let k = 0;
  let p = 1;
  const limit = Math.exp(-mean);
  for (;;) {
    p *= rand();
    if (p <= limit) return k;
    k++;
  }
}

function simulatedTally(rand: () => number, days: number, perDay: number, rates: Record<string, number>): Tally {
  const t = emptyTally();
  for (let d = 0; d < days; d++) t.n += poisson(rand, perDay);
  for (const a of ATTRIBUTES) {
    const k = binomial(rand, t.n, rates[a]);
    if (k) t.attributes[a] = k;
  }
  for (const x of TOPICS) {
    const k = binomial(rand, t.n, rates[x]);
    if (k) t.topics[x] = k;
  }
  t.pos = binomial(rand, t.n, 0.3);
  t.neg = binomial(rand, t.n - t.pos, 0.25 / 0.7);
  t.neu = t.n - t.pos - t.neg;
  return t;
}

describe('shift detection on noise (no shift planted)', () => {
  it('keeps the false-positive rate near or below 5 % over 500 seeded simulations', () => {
    const rand = seededRandom(2026);
    // Rates from rare (0.5 %, exercises Fisher) to common (40 %).
    const rates: Record<string, number> = {};
    [...ATTRIBUTES, ...TOPICS].forEach((k, i) => { rates[k] = [0.005, 0.02, 0.05, 0.1, 0.2, 0.4][i % 6]; });
    let anyFlag = 0;
    let rawRejections = 0;
    let tests = 0;
    const sims = 500;
    for (let s = 0; s < sims; s++) {
      const recent = simulatedTally(rand, 7, 15, rates);
      const base = simulatedTally(rand, 90, 15, rates);
      const shifts = shiftsFromTallies(recent, base, 7, 90);
      if (shifts.some((x) => x.significant)) anyFlag++;
      for (const x of shifts) {
        tests++;
        if (x.pValue < 0.05) rawRejections++;
      }
    }
    // Under the complete null BH controls the family-wise rate at alpha; allow simulation noise
    // (binomial sd at 5 % over 500 runs ≈ 1 %).
    expect(anyFlag / sims).toBeLessThanOrEqual(0.07);
    // Each uncorrected test should also be near its nominal 5 %.
    expect(rawRejections / tests).toBeLessThanOrEqual(0.065);
    expect(rawRejections / tests).toBeGreaterThan(0.02);
  });

  it('still finds a modest real shift at this volume (power check)', () => {
    const rand = seededRandom(7);
    const rates: Record<string, number> = {};
    [...ATTRIBUTES, ...TOPICS].forEach((k) => { rates[k] = 0.05; });
    let found = 0;
    for (let s = 0; s < 50; s++) {
      const base = simulatedTally(rand, 90, 15, rates);
      const recent = simulatedTally(rand, 7, 15, { ...rates, dirty: 0.2 });
      if (shiftsFromTallies(recent, base, 7, 90).find((x) => x.key === 'dirty')?.significant) found++;
    }
    expect(found / 50).toBeGreaterThan(0.9);
  });
});

describe('shift sentences for volume', () => {
  it('writes rates per day in each language', () => {
    const s = shiftsFromTallies({ ...emptyTally(), n: 70 }, { ...emptyTally(), n: 270 }, 7, 90).find((x) => x.metric === 'volume')!;
    // 70/7 = 10 per day vs 270/90 = 3 per day; Bin(340, 7/97) mean 24.5 → far above
    expect(s.recent).toBe(10);
    expect(s.baseline).toBe(3);
    expect(s.significant).toBe(true);
    expect(shiftSentence(s, 'en', 7, 90)).toBe('mentions per day 10 this week vs 3 over the previous 90 days, p < 0.001, driven by 70 posts');
    expect(shiftSentence(s, 'es', 7, 90)).toMatch(/^menciones al día 10 esta semana frente a 3 en los 90 días anteriores, p < 0,001/);
    expect(shiftSentence(s, 'ca', 7, 90)).toMatch(/^mencions al dia 10 aquesta setmana davant de 3 en els 90 dies anteriors/);
  });
});
