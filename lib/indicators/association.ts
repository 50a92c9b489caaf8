import type { Association, Tally, TimeWindow } from '../model/indicator';
import type { Mention } from '../model/mention';
import { ATTRIBUTES, POSITIVE_ATTRIBUTES, type Attribute } from '../model/taxonomy';
import { evidenceWeight, topIds } from './engagement';
import { DEFAULT_EVIDENCE, scopeMentions } from './scope';
import { reliability, wilson } from './stats';
import { tallyMentions } from './tally';

const POSITIVE = new Set<Attribute>(POSITIVE_ATTRIBUTES);

/** Association index per attribute from a tally: share of mentions carrying it, Wilson 95 %. */
export function associationsFromTally(t: Tally): Association[] {
  return ATTRIBUTES.map((attribute) => {
    const count = t.attributes[attribute] ?? 0;
    const ci = wilson(count, t.n);
    return {
      attribute,
      polarity: POSITIVE.has(attribute) ? 'positive' as const : 'negative' as const,
      count,
      share: { value: t.n ? count / t.n : 0, low: ci.low, high: ci.high, n: t.n, reliable: reliability(t.n, (ci.high - ci.low) / 2) },
      mentionIds: [],
    };
  });
}

/**
 * Association index of the city with each brand attribute over a window: the share of its
 * mentions that carry the attribute, with the mentions that carry it as evidence.
 */
export function associations(mentions: readonly Mention[], window: TimeWindow, now: Date, limit = DEFAULT_EVIDENCE): Association[] {
  const scoped = scopeMentions(mentions, window, now);
  const result = associationsFromTally(tallyMentions(scoped));
  const carrying = new Map<Attribute, Mention[]>();
  for (const m of scoped) for (const x of new Set(m.attributes)) {
    const list = carrying.get(x);
    if (list) list.push(m);
    else carrying.set(x, [m]);
  }
  for (const a of result) a.mentionIds = topIds(carrying.get(a.attribute) ?? [], evidenceWeight, limit);
  return result;
}
