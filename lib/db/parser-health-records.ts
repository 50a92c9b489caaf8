import { z } from 'zod';
import { PlatformSchema } from '../model/taxonomy';

/**
 * Per-platform capture counters for the parser-health view (DB v3, table `parserHealth`).
 * Counts accumulate since the record was created; `viewsSinceParsed` resets when a batch parses.
 */
export const ParserHealthSchema = z.object({
  platform: PlatformSchema,
  /** Items the adapters looked at (parsed + skipped). */
  seen: z.number().int().nonnegative(),
  parsed: z.number().int().nonnegative(),
  /** Parsed posts that matched the city profile (stored or updated). */
  matched: z.number().int().nonnegative(),
  /** Items of unknown shape (or failing validation). */
  skipped: z.number().int().nonnegative(),
  pageViews: z.number().int().nonnegative(),
  /** Page views of this platform since a capture last parsed at least one post. */
  viewsSinceParsed: z.number().int().nonnegative(),
  lastSuccessAt: z.iso.datetime({ offset: true }).optional(),
  lastBrowsedAt: z.iso.datetime({ offset: true }).optional(),
  /** Skip reasons with counts, capped to the most recent distinct reasons. */
  reasons: z.record(z.string().max(200), z.number().int().nonnegative()),
});
export type ParserHealth = z.infer<typeof ParserHealthSchema>;
