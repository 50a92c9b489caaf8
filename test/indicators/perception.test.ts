import { describe, expect, it } from 'vitest';
import { associations } from '../../lib/indicators/association';
import { perception } from '../../lib/indicators/perception';
import { volume } from '../../lib/indicators/volume';
import { resolveWindow } from '../../lib/indicators/window';
import type { Attribute } from '../../lib/model/taxonomy';
import { makeMention, sent } from './make-mention';

const now = new Date('2026-05-10T12:00:00Z');
const at = '2026-05-09T10:00:00Z';
const w = resolveWindow('7d', now);

// 10 mentions: 5 positive (2 with `safe`), 3 neutral (1 `dirty`), 2 negative (`dirty`; `dirty`+`safe`).
const rows: [string, 'positive' | 'neutral' | 'negative', Attribute[], number | undefined][] = [
  ['p1', 'positive', ['safe'], 100],
  ['p2', 'positive', ['safe'], 1],
  ['p3', 'positive', [], undefined],
  ['p4', 'positive', [], undefined],
  ['p5', 'positive', [], undefined],
  ['u1', 'neutral', ['dirty'], undefined],
  ['u2', 'neutral', [], undefined],
  ['u3', 'neutral', [], undefined],
  ['n1', 'negative', ['dirty'], 5],
  ['n2', 'negative', ['dirty', 'safe'], 50],
];
const mentions = [
  ...rows.map(([id, label, attributes, likes]) => makeMention({
    id, sortAt: at, sentiment: sent(label), attributes,
    platform: id.startsWith('p') ? 'news' : 'x', stakeholder: id === 'n2' ? 'media' : undefined,
    metrics: likes === undefined ? undefined : { likes },
  })),
  // Outside the window: must not count.
  makeMention({ id: 'old', sortAt: '2026-04-01T00:00:00Z', sentiment: sent('negative'), attributes: ['violent'] }),
  makeMention({ id: 'future', sortAt: '2026-05-11T00:00:00Z', sentiment: sent('negative') }),
];

describe('perception', () => {
  const r = perception(mentions, w, now);
  it('net sentiment = (5 − 2)/10 = 0.3, flagged unreliable at n = 10', () => {
    expect([r.n, r.pos, r.neu, r.neg]).toEqual([10, 5, 3, 2]);
    expect(r.netSentiment.value).toBeCloseTo(0.3, 10);
    expect(r.netSentiment.low).toBeLessThan(0.3);
    expect(r.netSentiment.high).toBeGreaterThan(0.3);
    expect(r.netSentiment.reliable).toBe(false);
  });
  it('perception index = 50·(1 + mean x) = 59', () => {
    // x = 0.6·s + 0.4·a: p1,p2 = 1.0; p3..p5 = 0.6; u1 = −0.4; u2,u3 = 0; n1 = −1.0; n2 (both attrs, a = 0) = −0.6
    // Σ = 2 + 1.8 − 0.4 − 1 − 0.6 = 1.8 → mean 0.18 → 59
    expect(r.perceptionIndex.value).toBeCloseTo(59, 10);
    expect(r.perceptionIndex.low).toBeLessThan(59);
    expect(r.perceptionIndex.reliable).toBe(false);
  });
  it('names the posts behind it, strongest first', () => {
    expect(r.positiveIds[0]).toBe('p1'); // |1.0| · (1 + ln 101)
    // n1: |−1.0|·(1 + ln 6) = 2.79; n2: |−0.6|·(1 + ln 51) = 2.96 → the viral one leads
    expect(r.negativeIds).toEqual(['n2', 'n1']);
  });
  it('becomes reliable with enough agreeing data', () => {
    const many = Array.from({ length: 400 }, (_, i) => makeMention({ sortAt: at, sentiment: sent(i % 10 < 6 ? 'positive' : 'neutral') }));
    const big = perception(many, w, now);
    expect(big.netSentiment.value).toBeCloseTo(0.6, 10);
    expect(big.netSentiment.reliable).toBe(true);
    expect(big.perceptionIndex.reliable).toBe(true);
  });
});

describe('associations', () => {
  const a = associations(mentions, w, now);
  const by = Object.fromEntries(a.map((x) => [x.attribute, x]));
  it('share of mentions carrying each attribute, with Wilson bounds', () => {
    // safe: p1, p2, n2 = 3/10; dirty: u1, n1, n2 = 3/10; Wilson(3,10) = [0.1078, 0.6032]
    expect(by.safe.share.value).toBeCloseTo(0.3, 10);
    expect(by.dirty.count).toBe(3);
    expect(by.dirty.share.low).toBeCloseTo(0.1078, 3);
    expect(by.dirty.share.high).toBeCloseTo(0.6032, 3);
    expect(by.violent.count).toBe(0); // the old mention is outside the window
    expect(by.safe.polarity).toBe('positive');
    expect(by.dirty.polarity).toBe('negative');
    expect(new Set(by.safe.mentionIds)).toEqual(new Set(['p1', 'p2', 'n2']));
    expect(by.safe.mentionIds[0]).toBe('p1');
  });
  it('covers all 15 attributes', () => expect(a).toHaveLength(15));
});

describe('volume', () => {
  const v = volume(mentions, w, now);
  it('totals and breaks down by dimension, biggest first', () => {
    expect(v.total).toBe(10);
    expect(v.by.platform.map((b) => [b.key, b.count])).toEqual([['news', 5], ['x', 5]]);
    expect(v.by.attribute.map((b) => [b.key, b.count])).toEqual([['dirty', 3], ['safe', 3]]);
    expect(v.by.stakeholder).toEqual([{ key: 'media', count: 1, share: 0.1, mentionIds: ['n2'] }]);
    expect(v.by.lang[0]).toMatchObject({ key: 'es', count: 10, share: 1 });
    expect(v.mentionIds[0]).toBe('p1');
  });
});
