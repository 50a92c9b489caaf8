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
 * key order, re-tagged when their tagger versions are not the pipeline's. Each batch is one
 * transaction (keys, records, re-tag, write), so capture keeps writing between batches and
 * nothing it wrote can be overwritten with older text. 2,000 a batch: about 0.8 s each in
 * Chromium, which a capture may wait for; with 500, an open feed re-read its 100k keys four
 * times as often, and 100k mentions took 295 s to re-tag instead of 98 (51 s and 41 s with no
 * page open).
 */
export async function retagBatch(db: PulsoDB, pipeline: Pipeline, progress: RetagProgress, size = 2000): Promise<RetagProgress> {
  let keys: string[] = [];
  let stale = 0;
  await db.transaction('rw', [db.mentions, db.rollups, db.indicatorMeta], async () => {
    keys = progress.cursor === undefined
      ? await db.mentions.orderBy(':id').limit(size).primaryKeys()
      : await db.mentions.where(':id').above(progress.cursor).limit(size).primaryKeys();
    const current = (await db.mentions.bulkGet(keys)).filter((m): m is NonNullable<typeof m> => !!m && needsRetag(m, pipeline.versions));
    stale = current.length;
    if (current.length) await saveUpdatedMentions(db, current, current.map((m) => retagMention(m, pipeline)));
  });
  const last = keys[keys.length - 1];
  return {
    scanned: progress.scanned + keys.length,
    retagged: progress.retagged + stale,
    total: progress.total,
    cursor: last ?? progress.cursor,
    done: keys.length < size,
  };
}
