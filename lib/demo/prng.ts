import { mulberry32 } from '../seeded-random';

/** A seeded random source: every draw the demo makes goes through one, so a seed fixes the data. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, proportionally to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** Pareto-distributed value ≥ 0 with the given scale: most draws small, a few very large. */
  heavy(scale: number, alpha?: number): number;
}


/** Creates a deterministic random source for a seed (any finite number; fractions are folded in). */
export function createRng(seed: number): Rng {
  const next = mulberry32(Math.floor(seed) ^ Math.floor((seed % 1) * 0x7fffffff));
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(weights) {
      // for…in instead of Object.entries: this runs several times per generated post.
      let total = 0;
      let last = '';
      for (const k in weights) {
        const w = weights[k as keyof typeof weights] as number;
        if (w > 0) total += w;
        last = k;
      }
      let r = next() * total;
      for (const k in weights) {
        const w = weights[k as keyof typeof weights] as number;
        if (w > 0 && (r -= w) < 0) return k as never;
      }
      return last as never;
    },
    heavy(scale, alpha = 1.4) {
      // 1 - next() is in (0, 1], so the power never divides by zero.
      return scale * (Math.pow(1 - next(), -1 / alpha) - 1);
    },
  };
  return rng;
}
