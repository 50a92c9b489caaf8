import { z } from 'zod';

/** The options page asks the background to run retention now (same pass as the daily alarm). */
export const RetentionRunSchema = z.object({}).strict();

/** What a retention run did, for the options page to say. */
export const RetentionReportSchema = z.object({
  rawsDropped: z.number().int().nonnegative(),
  mentionsDropped: z.number().int().nonnegative(),
  pseudonymised: z.number().int().nonnegative(),
});
export type RetentionReportMessage = z.infer<typeof RetentionReportSchema>;

/** Result of draining the durable queue on request: what is still waiting, and why. */
export const DrainReportSchema = z.object({ left: z.number().int().nonnegative(), error: z.string().optional() });
export type DrainReport = z.infer<typeof DrainReportSchema>;
