import type { PulsoDB } from './schema';
import type { Mention } from '../model/mention';

/**
 * Writes changed versions of stored mentions (re-tagged, regrouped). The one place where
 * stored mentions change after ingest, so everything derived from them can follow here.
 * Call inside a transaction that includes `db.mentions`, or on its own.
 */
export async function saveUpdatedMentions(db: PulsoDB, before: Mention[], after: Mention[]): Promise<void> {
  if (before.length !== after.length) throw new Error('saveUpdatedMentions: before and after differ in length');
  await db.mentions.bulkPut(after);
}
