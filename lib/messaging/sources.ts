import { z } from 'zod';
import { SourceFailureSchema } from '../model/source-failure';

/** The options page asks the background to poll one source now (its "Check now" and "Retry" buttons). */
export const CheckNowSchema = z.object({ id: z.string().min(1).max(200) });
export type CheckNow = z.infer<typeof CheckNowSchema>;

/** What a check did, for the options page to say. The full state is in the store for the status line. */
export const CheckNowResultSchema = z.object({
  outcome: z.enum(['updated', 'not-modified', 'failed', 'host-busy', 'missing']),
  failure: SourceFailureSchema.optional(),
});
export type CheckNowResult = z.infer<typeof CheckNowResultSchema>;
