import type { PulsoDB } from './schema';
import type { Mention } from '../model/mention';
import { editMentionTags, resetMentionTags, type TagEdit } from '../tagging/tag-edits';
import { saveUpdatedMentions } from './update-mentions';

/**
 * Corrects one tag of a stored mention (or, with `edit` undefined, undoes every correction),
 * in one transaction with the daily rollups, so indicators count the corrected tags. Returns the
 * mention as it now is; throws when no mention has that id.
 */
export async function correctMentionTags(db: PulsoDB, id: string, edit: TagEdit | undefined, now: Date): Promise<Mention> {
  return db.transaction('rw', [db.mentions, db.rollups, db.indicatorMeta], async () => {
    const before = await db.mentions.get(id);
    if (!before) throw new Error(`no stored mention has the id ${id}`);
    const after = edit ? editMentionTags(before, edit, now) : resetMentionTags(before);
    await saveUpdatedMentions(db, [before], [after]);
    return after;
  });
}
