import { AuthorGroupRequestSchema, CorrectTagsRequestSchema } from '@/lib/messaging/protocol';
import { setAuthorGroup } from '@/lib/db/authors';
import { correctMentionTags } from '@/lib/db/tag-edits';
import { getDB } from '@/lib/platform/db';
import { onMessage } from '@/lib/platform/messaging';

/** What the user corrects from the feed: an author's stakeholder group, a mention's tags. */
export function registerAuthors(): void {
  onMessage('authors/set-group', async ({ data }) => {
    const req = AuthorGroupRequestSchema.parse(data);
    const out = await setAuthorGroup(getDB(), req, req.group, new Date());
    return { updated: out.after.length };
  });
  onMessage('mentions/correct-tags', async ({ data }) => {
    const req = CorrectTagsRequestSchema.parse(data);
    await correctMentionTags(getDB(), req.id, req.edit, new Date());
    return { ok: true as const };
  });
}
