import { describe, expect, it } from 'vitest';
import { engagementOf, reachOf, topIds } from '../../lib/indicators/engagement';
import { seededRandom } from '../../lib/indicators/stats';

describe('engagement and reach', () => {
  it.each([
    [undefined, null, null],
    [{}, null, null],
    [{ followers: 900 }, null, 900],
    [{ likes: 3, replies: 2 }, 5, 5],
    [{ likes: 0 }, 0, 0], // a reported zero is zero, not unknown
    [{ likes: 10, reposts: 5, quotes: 1, views: 4000, followers: 100 }, 16, 4000],
  ])('metrics %j → engagement %s, reach %s', (metrics, engagement, reach) => {
    expect(engagementOf({ metrics })).toBe(engagement);
    expect(reachOf({ metrics })).toBe(reach);
  });
});

describe('topIds', () => {
  it('equals a full sort (weight desc, newest first on ties) on random data', () => {
    const rand = seededRandom(11);
    for (let run = 0; run < 50; run++) {
      const items = Array.from({ length: 1 + Math.floor(rand() * 200) }, (_, i) => ({
        id: `i${i}`, sortAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(rand() * 30))).toISOString(), w: Math.floor(rand() * 10),
      }));
      const limit = Math.floor(rand() * 30);
      const expected = [...items]
        .sort((a, b) => b.w - a.w || (a.sortAt < b.sortAt ? 1 : a.sortAt > b.sortAt ? -1 : 0))
        .slice(0, limit);
      const got = topIds(items, (x) => x.w, limit);
      // Same weights and dates position by position (ids may differ only among exact ties).
      const at = new Map(items.map((x) => [x.id, x]));
      expect(got.map((id) => [at.get(id)!.w, at.get(id)!.sortAt])).toEqual(expected.map((x) => [x.w, x.sortAt]));
      expect(new Set(got).size).toBe(got.length);
    }
  });
});
