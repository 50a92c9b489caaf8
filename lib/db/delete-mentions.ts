import type { PulsoDB } from './schema';
import { followMentionChanges } from './rollup-store';
import type { Mention } from '../model/mention';

/**
 * Deletes mentions (and their raw payloads) with the daily rollups following in the same
 * transaction. Returns how many existed, and whether the rollups need ensureRollups after.
 */
export async function deleteMentions(db: PulsoDB, ids: readonly string[]): Promise<{ removed: number; rollupsFollowed: boolean }> {
  if (!ids.length) return { removed: 0, rollupsFollowed: true };
  return db.transaction('rw', [db.mentions, db.raws, db.rollups, db.indicatorMeta], async () => {
    const found = (await db.mentions.bulkGet([...ids])).filter((m): m is Mention => !!m);
    await db.mentions.bulkDelete([...ids]);
    await db.raws.bulkDelete([...ids]);
    const rollupsFollowed = await followMentionChanges(db, found.map((m) => ({ before: m, after: null })));
    return { removed: found.length, rollupsFollowed };
  });
}
