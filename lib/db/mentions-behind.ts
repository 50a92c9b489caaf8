import type { PulsoDB } from './schema';
import type { Mention } from '../model/mention';
import type { MentionSelector } from '../model/mention-selector';

/** True when a mention satisfies the selector's condition (time range checked by the caller). */
export function selects(where: MentionSelector['where'], m: Mention): boolean {
  switch (where.kind) {
    case 'all': return true;
    case 'attribute': return m.attributes.includes(where.key);
    case 'topic': return m.topics.includes(where.key);
    case 'stakeholder': return m.stakeholder === where.key;
    case 'platform': return m.platform === where.key;
    case 'sentiment': return m.sentiment.label === where.key;
    case 'ids': return where.ids.includes(m.id);
  }
}

/**
 * The mentions behind a number, newest first, at most `limit`: walks the sortAt index backwards
 * from `to` and stops once enough match, so a drawer opens fast even over a year of mentions.
 * An id list keeps its own order (most relevant first).
 */
export async function mentionsBehind(db: PulsoDB, selector: MentionSelector, limit = 100): Promise<Mention[]> {
  const { from, to, where } = selector;
  if (where.kind === 'ids') {
    const got = await db.mentions.bulkGet(where.ids.slice(0, limit));
    return got.filter((m): m is Mention => !!m);
  }
  return db.mentions.where('sortAt').between(from, to, true, false).reverse()
    .filter((m) => selects(where, m)).limit(limit).toArray();
}

/** The mentions of [from, to) through the sortAt index (explanations, peers, inbox). */
export async function mentionsInRange(db: PulsoDB, from: string, to: string): Promise<Mention[]> {
  return db.mentions.where('sortAt').between(from, to, true, false).toArray();
}
