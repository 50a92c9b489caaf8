import { z } from 'zod';
import { DraftSchema } from '../model/draft';
import { DraftLangSchema } from '../model/evidence';
import { JargonEntrySchema } from '../drafting/jargon';

/**
 * A draft as stored in table `drafts`: the library's Draft plus when it last changed and the
 * compose batch it belongs to (drafts composed together from one message share a batch).
 */
export const StoredDraftSchema = DraftSchema.extend({
  updatedAt: z.iso.datetime({ offset: true }),
  batch: z.string().min(1).max(300),
});
export type StoredDraft = z.infer<typeof StoredDraftSchema>;

/** The user's jargon entries for one language (table `jargon`); a missing row means the built-in list. */
export const JargonRowSchema = z.object({
  lang: DraftLangSchema,
  entries: z.array(JargonEntrySchema),
});
export type JargonRow = z.infer<typeof JargonRowSchema>;
