import { BREAKDOWN_DIMENSIONS, type BreakdownDimension, type Tally, type TimeWindow, type VolumeResult } from '../model/indicator';
import type { Mention } from '../model/mention';
import { evidenceWeight, topIds } from './engagement';
import { DEFAULT_EVIDENCE, scopeMentions } from './scope';
import { tallyMentions } from './tally';

const TALLY_FIELD = {
  origin: 'origins', platform: 'platforms', lang: 'langs', topic: 'topics', attribute: 'attributes', stakeholder: 'stakeholders',
} as const satisfies Record<BreakdownDimension, keyof Tally>;

/** The keys a mention has in one dimension (a mention can carry several topics/attributes). */
export function keysOf(m: Mention, dim: BreakdownDimension): string[] {
  switch (dim) {
    case 'origin': return [m.origin];
    case 'platform': return [m.platform];
    case 'lang': return [m.lang];
    case 'topic': return [...new Set(m.topics)];
    case 'attribute': return [...new Set(m.attributes)];
    case 'stakeholder': return m.stakeholder ? [m.stakeholder] : [];
  }
}

/**
 * Volume from a tally: total and buckets per dimension, biggest first. Shares are over all
 * mentions, so topic/attribute shares need not sum to 1 (a mention can carry several).
 */
export function volumeFromTally(t: Tally): VolumeResult {
  const by = {} as VolumeResult['by'];
  for (const dim of BREAKDOWN_DIMENSIONS) {
    const counts = t[TALLY_FIELD[dim]] as Record<string, number>;
    by[dim] = Object.entries(counts)
      .map(([key, count]) => ({ key, count, share: t.n ? count / t.n : 0, mentionIds: [] as string[] }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  }
  return { total: t.n, by, mentionIds: [] };
}

/** Volume of the mentions in a window by origin, platform, language, topic, attribute and stakeholder. */
export function volume(mentions: readonly Mention[], window: TimeWindow, now: Date, limit = DEFAULT_EVIDENCE): VolumeResult {
  const scoped = scopeMentions(mentions, window, now);
  const result = volumeFromTally(tallyMentions(scoped));
  // Weigh each mention once, then pick evidence per bucket from the weighed list.
  const weighed = scoped.map((m) => ({ id: m.id, sortAt: m.sortAt, w: evidenceWeight(m), m }));
  const byWeight = (x: { w: number }) => x.w;
  for (const dim of BREAKDOWN_DIMENSIONS) {
    const groups = new Map<string, typeof weighed>();
    for (const x of weighed) for (const k of keysOf(x.m, dim)) {
      const g = groups.get(k);
      if (g) g.push(x);
      else groups.set(k, [x]);
    }
    for (const bucket of result.by[dim]) bucket.mentionIds = topIds(groups.get(bucket.key) ?? [], byWeight, limit);
  }
  result.mentionIds = topIds(weighed, byWeight, limit);
  return result;
}
