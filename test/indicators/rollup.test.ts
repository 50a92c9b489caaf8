import { describe, expect, it } from 'vitest';
import { applyDayDelta, applyDelta, computeRollups, rollupDelta, rollupUpdate } from '../../lib/indicators/rollup';
import { seededRandom } from '../../lib/indicators/stats';
import { ATTRIBUTES, LANGS, PLATFORMS, STAKEHOLDERS, TOPICS } from '../../lib/model/taxonomy';
import type { Mention } from '../../lib/model/mention';
import type { Rollups } from '../../lib/model/indicator';
import { makeMention, sent } from './make-mention';

const TZ = 'Europe/Madrid';

function randomMention(rand: () => number, i: number): Mention {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  // Spread over both 2026 DST changes so day boundaries move under the test.
  const start = Date.parse('2026-03-27T00:00:00Z');
  const t = start + Math.floor(rand() * 220 * 86_400_000);
  const hasMetrics = rand() < 0.5;
  return makeMention({
    id: `r${i}`,
    sortAt: new Date(t).toISOString(),
    platform: pick(PLATFORMS),
    lang: pick(LANGS),
    sentiment: sent(pick(['positive', 'neutral', 'negative'] as const)),
    topics: rand() < 0.6 ? [pick(TOPICS), pick(TOPICS)] : [],
    attributes: rand() < 0.5 ? [pick(ATTRIBUTES)] : rand() < 0.3 ? [pick(ATTRIBUTES), pick(ATTRIBUTES)] : [],
    stakeholder: rand() < 0.7 ? pick(STAKEHOLDERS) : undefined,
    metrics: hasMetrics ? { likes: Math.floor(rand() * 50), reposts: Math.floor(rand() * 5) } : undefined,
  });
}

describe('daily rollups', () => {
  it('one mention adds one to its local day, DST-correct', () => {
    // 00:30 local on the autumn change day = 22:30Z the day before.
    const m = makeMention({ sortAt: '2026-10-24T22:30:00Z', sentiment: sent('negative'), attributes: ['dirty', 'dirty'], topics: ['cleanliness'], metrics: { likes: 4, replies: 1 } });
    const [d] = rollupDelta(m, 1, TZ);
    expect(d.day).toBe('2026-10-25');
    const r = applyDelta({}, d)['2026-10-25'];
    // s=−1, a=−1 → 3·(−1)+2·(−1) = −5; squared 25. Duplicate attribute counts once.
    expect(r).toMatchObject({ n: 1, neg: 1, negAttr: 1, posAttr: 0, pScore5: -5, pScore5Sq: 25, attributes: { dirty: 1 }, topics: { cleanliness: 1 }, engagement: 5, engagementKnown: 1 });
  });

  it('removing the last mention of a day deletes the day', () => {
    const m = makeMention({ sortAt: '2026-03-28T23:30:00Z' });
    const r = applyDelta(applyDelta({}, rollupDelta(m, 1, TZ)), rollupDelta(m, -1, TZ));
    expect(r).toEqual({});
  });

  it('refuses to go negative (rollups drifted from mentions)', () => {
    const m = makeMention({ sortAt: '2026-03-28T23:30:00Z' });
    expect(() => applyDayDelta(undefined, rollupDelta(m, -1, TZ)[0])).toThrow(RangeError);
  });

  it('incremental inserts, deletes and edits equal a full recomputation (seeded property test)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rand = seededRandom(seed);
      const live = new Map<string, Mention>();
      let rollups: Rollups = {};
      for (let step = 0; step < 600; step++) {
        const roll = rand();
        if (roll < 0.6 || live.size === 0) {
          const m = randomMention(rand, seed * 10_000 + step);
          live.set(m.id, m);
          rollups = applyDelta(rollups, rollupDelta(m, 1, TZ));
        } else if (roll < 0.85) {
          const ids = [...live.keys()];
          const id = ids[Math.floor(rand() * ids.length)];
          rollups = applyDelta(rollups, rollupDelta(live.get(id)!, -1, TZ));
          live.delete(id);
        } else {
          // Re-tag or re-date an existing mention.
          const ids = [...live.keys()];
          const id = ids[Math.floor(rand() * ids.length)];
          const after = { ...randomMention(rand, 0), id };
          rollups = applyDelta(rollups, rollupUpdate(live.get(id)!, after, TZ));
          live.set(id, after);
        }
      }
      expect(rollups).toEqual(computeRollups([...live.values()], TZ));
    }
  });
});
