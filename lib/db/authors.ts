import type { PulsoDB } from './schema';
import { authorKey } from '../ingest/ingest';
import type { Mention } from '../model/mention';
import type { Stakeholder } from '../model/taxonomy';
import { saveUpdatedMentions } from './update-mentions';

/**
 * Sets the stakeholder group of an author: stored as an override (future mentions get it at
 * ingest) and applied to every stored mention of that author now. Returns the mentions as they
 * were and as they are, so derived data (daily rollups) can follow.
 */
export async function setAuthorGroup(
  db: PulsoDB,
  mention: Pick<Mention, 'platform' | 'author'>,
  group: Stakeholder,
  now: Date,
): Promise<{ key: string; before: Mention[]; after: Mention[] }> {
  const key = authorKey(mention.platform, mention.author);
  if (!key) throw new Error('this mention has no author handle or address to remember');
  return db.transaction('rw', [db.mentions, db.authorOverrides, db.rollups, db.indicatorMeta], async () => {
    await db.authorOverrides.put({ key, group, updatedAt: now.toISOString() });
    const before = await db.mentions
      .where('platform')
      .equals(mention.platform)
      .filter((m) => authorKey(m.platform, m.author) === key)
      .toArray();
    const after = before.map((m) => ({ ...m, stakeholder: group, stakeholderConfidence: 1 }));
    await saveUpdatedMentions(db, before, after);
    return { key, before, after };
  });
}
