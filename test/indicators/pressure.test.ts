import { describe, expect, it } from 'vitest';
import { pressureIndex, pressureLevel } from '../../lib/indicators/pressure';
import type { Mention } from '../../lib/model/mention';
import { makeMention, sent } from './make-mention';

const H = 3_600_000;
const now = new Date('2026-07-15T12:00:00Z');
const T = now.getTime();
const iso = (ms: number) => new Date(ms).toISOString();

// Baseline: 70 neutral mentions over the 7 days before the last 24 h (10/day, 2.4 h apart);
// the 10 nearest fall in the previous 24 h.
const baseline: Mention[] = Array.from({ length: 70 }, (_, i) => makeMention({ id: `b${i}`, sortAt: iso(T - 24 * H - (i + 0.5) * 2.4 * H) }));
// Recent 24 h: 40 mentions, 20 negative, 10 from news.
const recent: Mention[] = Array.from({ length: 40 }, (_, i) => makeMention({
  id: `r${i}`, sortAt: iso(T - (i + 0.5) * 0.6 * H), sentiment: sent(i < 20 ? 'negative' : 'neutral'), platform: i % 4 === 0 ? 'news' : 'x',
}));

describe('pressureIndex', () => {
  const r = pressureIndex([...baseline, ...recent], now);
  const c = Object.fromEntries(r.components.map((x) => [x.id, x]));

  it('computes each component by hand', () => {
    // shrink(40) = 40/50 = 0.8
    // volume: raw (40+1)/(10+1) = 3.72727; log2 = 1.89809; /3 = 0.63270; ×0.8 = 0.50616
    expect(c.volume.raw).toBeCloseTo(3.72727, 4);
    expect(c.volume.score).toBeCloseTo(0.50616, 4);
    // negativity: 20/40; Wilson low(20,40) = 0.35199; /0.5 = 0.70398; ×0.8 = 0.56318
    expect(c.negativity.raw).toBe(0.5);
    expect(c.negativity.score).toBeCloseTo(0.56318, 3);
    // velocity: (40+1)/(10+1) = 3.72727; log2/2 = 0.94905; ×0.8 = 0.75924
    expect(c.velocity.score).toBeCloseTo(0.75924, 4);
    // media: 10/40; Wilson low(10,40) = 0.14186; /0.5 = 0.28373; ×0.8 = 0.22698
    expect(c.media.raw).toBe(0.25);
    expect(c.media.score).toBeCloseTo(0.22698, 3);
  });
  it('treats missing metrics as unknown and redistributes the reach weight', () => {
    expect(c.reach.raw).toBeNull();
    expect(c.reach.score).toBeNull();
    expect(c.reach.effectiveWeight).toBe(0);
    // known weights .3+.25+.15+.15 = .85 → volume .3/.85 = .35294
    expect(c.volume.effectiveWeight).toBeCloseTo(0.35294, 4);
    expect(r.components.reduce((s, x) => s + x.effectiveWeight, 0)).toBeCloseTo(1, 10);
  });
  it('adds up to the score and picks the level', () => {
    // 35.294·.50616 + 29.412·.56318 + 17.647·.75924 + 17.647·.22698 = 17.865 + 16.564 + 13.398 + 4.006 = 51.83
    expect(r.score).toBeCloseTo(51.83, 1);
    expect(r.level).toBe('high');
    expect(r.recentCount).toBe(40);
    expect(r.baselineDailyMean).toBeCloseTo(10, 10);
  });
  it('explains itself with the posts behind it', () => {
    expect(c.negativity.mentionIds.every((id) => Number(id.slice(1)) < 20)).toBe(true);
    expect(c.media.mentionIds).toHaveLength(10);
    expect(r.mentionIds[0]).toMatch(/^r(1?\d)$/); // negatives lead the overall evidence
  });
  it('counts reach when metrics are known', () => {
    const withMetrics = recent.map((m, i) => (i < 5 ? { ...m, metrics: { views: 20_000 } } : m));
    const rr = pressureIndex([...baseline, ...withMetrics], now);
    const reach = rr.components.find((x) => x.id === 'reach')!;
    // raw = (100000 + 1)/(0 + 1) → log2 ≫ 3 → 1 × shrink(5) = 5/15
    expect(reach.score).toBeCloseTo(1 / 3, 6);
    expect(reach.effectiveWeight).toBeCloseTo(0.15, 10);
    expect(reach.mentionIds).toHaveLength(5);
  });
  it('keeps a handful of negative posts on a quiet day low', () => {
    const few = [0, 1, 2].map((i) => makeMention({ sortAt: iso(T - (i + 1) * H), sentiment: sent('negative') }));
    expect(pressureIndex(few, now).level).toBe('low');
    expect(pressureIndex([], now)).toMatchObject({ score: 0, level: 'low', recentCount: 0 });
  });
  it.each([[0, 'low'], [24.9, 'low'], [25, 'moderate'], [50, 'high'], [75, 'critical'], [100, 'critical']] as const)('level of %f is %s', (s, level) => {
    expect(pressureLevel(s)).toBe(level);
  });
});
