import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/demo/prng';

describe('createRng', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const draw = (seed: number) => { const r = createRng(seed); return Array.from({ length: 5 }, () => r.next()); };
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
  });

  it('keeps every draw in range', () => {
    const r = createRng(1);
    for (let i = 0; i < 5000; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      const n = r.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
      expect(r.heavy(10)).toBeGreaterThanOrEqual(0);
    }
  });

  it('follows the weights of a table and never picks a zero weight', () => {
    const r = createRng(9);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) counts[r.weighted({ a: 3, b: 1, c: 0 })]++;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.6);
    expect(counts.a / counts.b).toBeLessThan(3.4);
  });

  it('has a heavy tail: the maximum dwarfs the median', () => {
    const r = createRng(3);
    const xs = Array.from({ length: 10_000 }, () => r.heavy(10)).sort((a, b) => a - b);
    expect(xs[xs.length - 1]).toBeGreaterThan(100 * xs[5000]);
  });
});
