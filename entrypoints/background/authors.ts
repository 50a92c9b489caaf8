import { AuthorGroupRequestSchema } from '@/lib/messaging/protocol';
import { setAuthorGroup } from '@/lib/db/authors';
import { getDB } from '@/lib/platform/db';
import { onMessage } from '@/lib/platform/messaging';

/** Author stakeholder overrides, set from the feed. */
export function registerAuthors(): void {
  onMessage('authors/set-group', async ({ data }) => {
    const req = AuthorGroupRequestSchema.parse(data);
    const out = await setAuthorGroup(getDB(), req, req.group, new Date());
    return { updated: out.after.length };
  });
}
