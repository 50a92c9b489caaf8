import { mulberry32 } from '../seeded-random';
/**
 * Small statistics toolkit for the indicators: intervals, tests and multiple-testing control.
 * Written here because the few functions needed are short and a general stats library would
 * ship far more than the extension uses.
 */

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** Thresholds below which a figure is shown as "not enough data" rather than as a trend. */
export const RELIABLE_MIN_N = 30;
/** Largest acceptable 95 % half-width for a share (0–1 scale); net sentiment uses twice this. */
export const RELIABLE_MAX_HALF_WIDTH = 0.1;

/** Standard normal cumulative distribution (Chebyshev erfc approximation, |error| < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const tau = t * Math.exp(
    -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
      + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
  );
  // tau = erfc(|z|/√2); Φ(z) = 1 − erfc/2 for z ≥ 0.
  return z >= 0 ? 1 - tau / 2 : tau / 2;
}

/** Two-sided p-value of a standard normal statistic. */
export function twoSidedP(z: number): number {
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
}

/** Wilson score 95 % interval for k successes out of n (n = 0 gives [0, 1]). */
export function wilson(k: number, n: number, z = Z95): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Net sentiment (pos − neg)/n with a 95 % interval from the multinomial variance:
 * Var(p₊ − p₋) = (p₊ + p₋ − (p₊ − p₋)²)/n. One pseudo-mention of each label is added to the
 * variance estimate only (not to the value) so that 3 of 3 positive does not claim zero spread.
 */
export function netSentimentInterval(pos: number, neu: number, neg: number, z = Z95): { value: number; low: number; high: number } {
  const n = pos + neu + neg;
  if (n === 0) return { value: 0, low: -1, high: 1 };
  const value = (pos - neg) / n;
  const m = n + 3;
  const pp = (pos + 1) / m;
  const pn = (neg + 1) / m;
  const variance = (pp + pn - (pp - pn) ** 2) / n;
  const half = z * Math.sqrt(variance);
  return { value, low: Math.max(-1, value - half), high: Math.min(1, value + half) };
}

/** A figure is reliable when it rests on enough mentions and its interval is narrow. */
export function reliability(n: number, halfWidth: number, maxHalfWidth = RELIABLE_MAX_HALF_WIDTH): boolean {
  return n >= RELIABLE_MIN_N && halfWidth <= maxHalfWidth;
}

/** Cohen's h effect size between two proportions (0.2 small, 0.5 medium, 0.8 large). */
export function cohensH(p1: number, p2: number): number {
  return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
}

/** Pooled two-proportion z-test: x1 of n1 against x2 of n2. Returns z and the two-sided p. */
export function twoProportionZ(x1: number, n1: number, x2: number, n2: number): { z: number; p: number } {
  if (n1 === 0 || n2 === 0) return { z: 0, p: 1 };
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: 0, p: 1 };
  const z = (x1 / n1 - x2 / n2) / se;
  return { z, p: twoSidedP(z) };
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xm = x - 1;
  let a = c[0];
  const t = xm + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (xm + i);
  return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(a);
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * Two-sided mid-p from a discrete null distribution given as log-probabilities over its support:
 * 2·min(P(X < x) + ½P(X = x), P(X > x) + ½P(X = x)), capped at 1.
 */
function midP(logPmf: (k: number) => number, lo: number, hi: number, x: number): number {
  let below = 0;
  let above = 0;
  for (let k = lo; k <= hi; k++) {
    const p = Math.exp(logPmf(k));
    if (k < x) below += p;
    else if (k > x) above += p;
  }
  const at = Math.exp(logPmf(x));
  const total = below + above + at;
  return Math.min(1, (2 * Math.min(below + at / 2, above + at / 2)) / total);
}

/**
 * Count comparison between two periods of different length (exposures t1, t2): under equal
 * rates, x1 | x1 + x2 ~ Binomial(x1 + x2, t1/(t1 + t2)). Exact mid-p up to 5 000 events,
 * z on the binomial beyond (where the two agree to three decimals).
 */
export function poissonRateTest(x1: number, t1: number, x2: number, t2: number): { p: number; test: 'poisson-mid-p' | 'poisson-z' } {
  const total = x1 + x2;
  if (total === 0) return { p: 1, test: 'poisson-mid-p' };
  const q = t1 / (t1 + t2);
  if (total <= 5000) {
    const lq = Math.log(q);
    const l1q = Math.log(1 - q);
    const pmf = (k: number) => logChoose(total, k) + k * lq + (total - k) * l1q;
    return { p: midP(pmf, 0, total, x1), test: 'poisson-mid-p' };
  }
  const z = (x1 - total * q) / Math.sqrt(total * q * (1 - q));
  return { p: twoSidedP(z), test: 'poisson-z' };
}

/**
 * Fisher's exact test on a 2×2 table (x1 of n1 vs x2 of n2), two-sided mid-p. Used instead of
 * the z-test when an expected cell count is below 5, where the normal approximation misleads.
 */
export function fisherMidP(x1: number, n1: number, x2: number, n2: number): number {
  const k = x1 + x2;
  const n = n1 + n2;
  if (n1 === 0 || n2 === 0 || k === 0 || k === n) return 1;
  const lo = Math.max(0, k - n2);
  const hi = Math.min(k, n1);
  const denom = logChoose(n, k);
  const pmf = (a: number) => logChoose(n1, a) + logChoose(n2, k - a) - denom;
  return midP(pmf, lo, hi, x1);
}

/** Compares two proportions with the z-test, or Fisher's mid-p when an expected cell is < 5. */
export function compareProportions(x1: number, n1: number, x2: number, n2: number): { p: number; test: 'z-two-proportion' | 'fisher-mid-p' } {
  const k = x1 + x2;
  const n = n1 + n2;
  if (n1 === 0 || n2 === 0) return { p: 1, test: 'z-two-proportion' };
  const minExpected = Math.min(n1, n2) * Math.min(k, n - k) / n;
  if (minExpected < 5) return { p: fisherMidP(x1, n1, x2, n2), test: 'fisher-mid-p' };
  return { p: twoProportionZ(x1, n1, x2, n2).p, test: 'z-two-proportion' };
}

/** Benjamini–Hochberg adjusted p-values (q-values), in the input order. */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const q = new Array<number>(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const [p, i] = order[r];
    running = Math.min(running, (p * m) / (r + 1));
    q[i] = Math.min(1, running);
  }
  return q;
}

/** Seeded PRNG (mulberry32) for reproducible simulations and bootstraps. */
export const seededRandom = mulberry32;

/** Clamps to [0, 1]. */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
