import type { PulsoDB } from './schema';
import type { Mention } from '../model/mention';
import { followMentionChanges } from './rollup-store';

/**
 * Writes changed versions of stored mentions (re-tagged, regrouped). The one place where
 * stored mentions change after ingest, so everything derived from them can follow here.
 * Call inside a transaction that includes `db.mentions`, `db.rollups` and `db.indicatorMeta`
 * (the daily rollups follow every change), or on its own.
 */
export async function saveUpdatedMentions(db: PulsoDB, before: Mention[], after: Mention[]): Promise<void> {
  if (before.length !== after.length) throw new Error('saveUpdatedMentions: before and after differ in length');
  await db.mentions.bulkPut(after);
  await followMentionChanges(db, before.map((b, i) => ({ before: b, after: after[i] })));
}
