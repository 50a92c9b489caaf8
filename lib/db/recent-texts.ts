import { joinTitle } from '../tagging/pipeline';
import type { PulsoDB } from './schema';

/** How many of the newest stored posts the profile check reads (a few seconds at most). */
export const RECENT_TEXTS = 5000;

/**
 * The texts matching reads (title and text) of the `limit` newest stored mentions, newest first:
 * what the profile editor checks its names against.
 */
export async function recentMentionTexts(db: PulsoDB, limit = RECENT_TEXTS): Promise<string[]> {
  const rows = await db.mentions.orderBy('sortAt').reverse().limit(limit).toArray();
  return rows.map((m) => joinTitle(m));
}
