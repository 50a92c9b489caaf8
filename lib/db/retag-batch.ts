import type { PulsoDB } from './schema';
import type { Pipeline } from '../tagging/pipeline';
import { needsRetag, retagMention } from '../tagging/retag';
import { saveUpdatedMentions } from './update-mentions';

export interface RetagProgress {
  /** Mentions looked at so far in this pass. */
  scanned: number;
  /** Mentions re-tagged so far in this pass. */
  retagged: number;
  /** Mentions in the database when the pass started. */
  total: number;
  /** Primary key to resume after (the service worker may die between batches). */
  cursor?: string;
  done: boolean;
}

/**
 * One batch of the background re-tagging pass: the next `size` mentions after the cursor, in
 * key order, re-tagged when their tagger versions are not the pipeline's. Each batch is its own
 * short transaction, so capture keeps writing between batches.
 */
export async function retagBatch(db: PulsoDB, pipeline: Pipeline, progress: RetagProgress, size = 500): Promise<RetagProgress> {
  const batch = progress.cursor === undefined
    ? await db.mentions.orderBy('id').limit(size).toArray()
    : await db.mentions.where('id').above(progress.cursor).limit(size).toArray();
  const stale = batch.filter((m) => needsRetag(m, pipeline.versions));
  if (stale.length) {
    await db.transaction('rw', [db.mentions, db.rollups, db.indicatorMeta], async () => {
      // Re-read inside the transaction: a capture may have updated one of them meanwhile.
      const current = (await db.mentions.bulkGet(stale.map((m) => m.id))).filter((m): m is NonNullable<typeof m> => !!m && needsRetag(m, pipeline.versions));
      await saveUpdatedMentions(db, current, current.map((m) => retagMention(m, pipeline)));
    });
  }
  const last = batch[batch.length - 1];
  return {
    scanned: progress.scanned + batch.length,
    retagged: progress.retagged + stale.length,
    total: progress.total,
    cursor: last ? last.id : progress.cursor,
    done: batch.length < size,
  };
}
