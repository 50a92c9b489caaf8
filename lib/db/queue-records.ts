import { z } from 'zod';
import { OriginSchema } from '../model/taxonomy';
import { RawPostSchema } from '../model/mention';

/** One item waiting for ingest, as JSON (times as ISO strings so the row survives structured clone and export alike). */
export const QueuedItemSchema = z.object({
  origin: OriginSchema,
  raw: RawPostSchema,
  langHint: z.string().max(50).optional(),
  demo: z.boolean().optional(),
  capturedAt: z.iso.datetime({ offset: true }).optional(),
});
export type QueuedItem = z.infer<typeof QueuedItemSchema>;

/**
 * A batch written by the background before it is processed (table `queue`, DB v6). The row is
 * deleted in the same transaction that writes its mentions, so a killed worker loses nothing
 * and stores nothing twice.
 */
export const QueueEntrySchema = z.object({
  /** Auto-incremented: batches are processed in arrival order. */
  seq: z.number().int().positive().optional(),
  enqueuedAt: z.iso.datetime({ offset: true }),
  items: z.array(QueuedItemSchema),
  /** Times a drain failed on this entry (quota, a bug): shown to the user, never dropped. */
  attempts: z.number().int().nonnegative().default(0),
  lastError: z.string().max(500).optional(),
});
export type QueueEntry = z.infer<typeof QueueEntrySchema>;
