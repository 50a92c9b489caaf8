import type { Estimate, PerceptionResult, TimeWindow } from '../model/indicator';
import type { Mention } from '../model/mention';
import { evidenceWeight, topIds } from './engagement';
import { DEFAULT_EVIDENCE, scopeMentions } from './scope';
import { netSentimentInterval, reliability, RELIABLE_MAX_HALF_WIDTH, Z95 } from './stats';
import { perceptionSigns, tallyMentions } from './tally';
import type { Tally } from '../model/indicator';

/** Net sentiment (pos − neg)/n of a tally with its 95 % interval; reliable at n ≥ 30 and ±0.2. */
export function netSentimentOf(t: Tally): Estimate {
  const { value, low, high } = netSentimentInterval(t.pos, t.neu, t.neg);
  // Net sentiment spans [−1, 1], twice a share's range, so its reliability bound is doubled.
  return { value, low, high, n: t.n, reliable: reliability(t.n, (high - low) / 2, 2 * RELIABLE_MAX_HALF_WIDTH) };
}

/**
 * Brand perception index, 0–100, 50 = neutral. Each mention scores x = 0.6·s + 0.4·a, where
 * s is its sentiment (+1 positive, 0 neutral, −1 negative) and a its brand association
 * (+1 if it carries only positive attributes, −1 only negative ones, 0 none or both). The
 * index is 50·(1 + mean x): 100 when every mention is positive and carries a positive
 * attribute, 0 when every one is negative with a negative attribute. The 95 % interval uses
 * the sample variance of x (one pseudo-mention at each extreme keeps tiny samples honest);
 * reliable at n ≥ 30 and a half-width ≤ 10 points.
 */
export function perceptionIndexOf(t: Tally): Estimate {
  if (t.n === 0) return { value: 50, low: 0, high: 100, n: 0, reliable: false };
  const sum = t.pScore5 / 5;
  const sumSq = t.pScore5Sq / 25;
  const mean = sum / t.n;
  const m2 = t.n + 2;
  const variance = Math.max(0, (sumSq + 2) / m2 - (sum / m2) ** 2) / t.n;
  const half = 50 * Z95 * Math.sqrt(variance);
  const value = 50 * (1 + mean);
  return {
    value,
    low: Math.max(0, value - half),
    high: Math.min(100, value + half),
    n: t.n,
    reliable: reliability(t.n, half / 100, RELIABLE_MAX_HALF_WIDTH),
  };
}

/** Net sentiment and perception index from a tally (rollup path: no mention ids). */
export function perceptionFromTally(t: Tally): PerceptionResult {
  return {
    n: t.n, pos: t.pos, neu: t.neu, neg: t.neg,
    netSentiment: netSentimentOf(t), perceptionIndex: perceptionIndexOf(t),
    positiveIds: [], negativeIds: [],
  };
}

/**
 * Net sentiment and perception index of the mentions in a window, with the most engaging
 * positive and negative mentions as evidence.
 */
export function perception(mentions: readonly Mention[], window: TimeWindow, now: Date, limit = DEFAULT_EVIDENCE): PerceptionResult {
  const scoped = scopeMentions(mentions, window, now);
  return perceptionOfMentions(scoped, limit);
}

/** perception() over mentions already scoped to a window. */
export function perceptionOfMentions(scoped: readonly Mention[], limit = DEFAULT_EVIDENCE): PerceptionResult {
  const result = perceptionFromTally(tallyMentions(scoped));
  // Strongest contributors first: a negative post with a negative attribute outranks a plain one.
  const pos: { id: string; sortAt: string; w: number }[] = [];
  const neg: { id: string; sortAt: string; w: number }[] = [];
  for (const m of scoped) {
    const { s, a } = perceptionSigns(m);
    if (s === 0) continue;
    (s > 0 ? pos : neg).push({ id: m.id, sortAt: m.sortAt, w: Math.abs(0.6 * s + 0.4 * a) * (1 + evidenceWeight(m)) });
  }
  result.positiveIds = topIds(pos, (x) => x.w, limit);
  result.negativeIds = topIds(neg, (x) => x.w, limit);
  return result;
}
