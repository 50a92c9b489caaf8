import type { FeatureVector } from './features';

/** Number of classes: 0 negative, 1 neutral, 2 positive (the datasets' label order). */
export const CLASSES = 3;

/**
 * Class probabilities of a multinomial logistic regression over hashed features.
 * `weights[bucket * 3 + class]` times `scale` is the weight (scale lets int8 tables serve).
 */
export function predictProba(weights: ArrayLike<number>, scale: number, x: FeatureVector, out: number[]): number[] {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  const { idx, val, n } = x;
  for (let k = 0; k < n; k++) {
    const b = idx[k] * 3;
    const v = val[k];
    s0 += weights[b] * v;
    s1 += weights[b + 1] * v;
    s2 += weights[b + 2] * v;
  }
  s0 *= scale;
  s1 *= scale;
  s2 *= scale;
  const m = Math.max(s0, s1, s2);
  const e0 = Math.exp(s0 - m);
  const e1 = Math.exp(s1 - m);
  const e2 = Math.exp(s2 - m);
  const z = e0 + e1 + e2;
  out[0] = e0 / z;
  out[1] = e1 / z;
  out[2] = e2 / z;
  return out;
}

/** Decodes a base64 int8 weight table (atob exists in service workers and Node ≥ 16). */
export function decodeInt8(base64: string): Int8Array {
  const bin = atob(base64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

/** Encodes an int8 weight table as base64 (the shipped format). */
export function encodeInt8(weights: Int8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < weights.length; i += CHUNK) {
    bin += String.fromCharCode(...Array.from(weights.subarray(i, i + CHUNK), (v) => v & 0xff));
  }
  return btoa(bin);
}

/**
 * Joins the class probabilities of the two views (words, chars) by their geometric mean,
 * renormalised: the average of the two models' log-probabilities, as trained and evaluated.
 */
export function joinViews(a: readonly number[], b: readonly number[], out: number[]): number[] {
  const g0 = Math.sqrt(a[0] * b[0]);
  const g1 = Math.sqrt(a[1] * b[1]);
  const g2 = Math.sqrt(a[2] * b[2]);
  const z = g0 + g1 + g2;
  out[0] = g0 / z;
  out[1] = g1 / z;
  out[2] = g2 / z;
  return out;
}
