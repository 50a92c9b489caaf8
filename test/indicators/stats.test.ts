import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg, cohensH, compareProportions, fisherMidP, netSentimentInterval, normalCdf,
  poissonRateTest, seededRandom, twoProportionZ, wilson,
} from '../../lib/indicators/stats';

describe('normalCdf', () => {
  it.each([
    [0, 0.5], [1.959964, 0.975], [-1.959964, 0.025], [1, 0.841345], [-3, 0.0013499],
  ])('Φ(%f) ≈ %f', (z, p) => expect(normalCdf(z)).toBeCloseTo(p, 5));
});

describe('wilson', () => {
  it('matches the textbook interval for 3 of 10', () => {
    // p=0.3, z²=3.8415; centre=(0.3+0.19207)/1.38415=0.35550;
    // half=1.96·sqrt(0.021+0.0096037)/1.38415=0.24773 → [0.1078, 0.6032]
    const { low, high } = wilson(3, 10);
    expect(low).toBeCloseTo(0.1078, 3);
    expect(high).toBeCloseTo(0.6032, 3);
  });
  it('gives the whole range with no data and stays inside [0,1] at the edges', () => {
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
    expect(wilson(0, 5).low).toBe(0);
    expect(wilson(5, 5).high).toBe(1);
  });
});

describe('netSentimentInterval', () => {
  it('centres on (pos−neg)/n with the multinomial variance (pseudo-counts only in the variance)', () => {
    // pos 60, neu 20, neg 20 → value 0.4. pseudo: pp=61/103, pn=21/103;
    // var=(0.59223+0.20388−0.38835²)/100=0.0064530; half=1.96·0.080331=0.15745
    const r = netSentimentInterval(60, 20, 20);
    expect(r.value).toBeCloseTo(0.4, 10);
    expect(r.high - r.value).toBeCloseTo(0.15745, 4);
  });
  it('does not claim certainty from three positive posts', () => {
    const r = netSentimentInterval(3, 0, 0);
    expect(r.value).toBe(1);
    expect(r.low).toBeLessThan(0.5);
  });
});

describe('tests', () => {
  it('two-proportion z matches a hand computation', () => {
    // 30/100 vs 20/100: pooled .25, se=sqrt(.25·.75·.02)=.061237, z=1.63299, p=.10247
    const r = twoProportionZ(30, 100, 20, 100);
    expect(r.z).toBeCloseTo(1.63299, 4);
    expect(r.p).toBeCloseTo(0.10247, 4);
  });
  it('uses Fisher for sparse tables', () => {
    expect(compareProportions(3, 20, 1, 200).test).toBe('fisher-mid-p');
    expect(compareProportions(30, 100, 20, 100).test).toBe('z-two-proportion');
  });
  it('Fisher mid-p on a small table', () => {
    // n1=n2=3, k=3, x1=3: hypergeometric pmf a=0..3 = 1/20, 9/20, 9/20, 1/20.
    // upper = 0 + ½·1/20 = .025; lower = 19/20 + .025 → mid-p = 2·.025 = .05
    expect(fisherMidP(3, 3, 0, 3)).toBeCloseTo(0.05, 10);
  });
  it('Poisson rate test with exposures', () => {
    // 10 events in 1 day vs 10 in 10 days: x1|20 ~ Bin(20, 1/11). Mean 1.82: 10 is far out.
    expect(poissonRateTest(10, 1, 10, 10).p).toBeLessThan(1e-4);
    // equal rates: 7 in 7 days vs 90 in 90 days → p large
    expect(poissonRateTest(7, 7, 90, 90).p).toBeGreaterThan(0.5);
    // symmetric case: 5 vs 5 with equal exposure: P(X<5)+½P(5) = ½ → p = 1
    expect(poissonRateTest(5, 1, 5, 1).p).toBeCloseTo(1, 10);
  });
  it("Cohen's h", () => {
    // 2·asin(√.5) − 2·asin(√.25) = 1.570796 − 1.047198 = 0.523599
    expect(cohensH(0.5, 0.25)).toBeCloseTo(0.523599, 5);
  });
  it('Benjamini–Hochberg adjusts in input order', () => {
    // sorted .01,.02,.03,.5 → ×4/rank: .04,.04,.04,.5 (monotone from the top)
    expect(benjaminiHochberg([0.03, 0.5, 0.01, 0.02])).toEqual([0.04, 0.5, 0.04, 0.04].map((x) => expect.closeTo(x, 10)));
  });
  it('seeded random is reproducible and uniform-ish', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });
});
