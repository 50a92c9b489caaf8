import { z } from 'zod';

/**
 * Bookkeeping of the daily rollups (table `indicatorMeta`, key `rollups`): the time zone their
 * days are cut in, and whether they are known to be out of step with the mentions (then the
 * next ensureRollups recomputes them). Missing means "never computed" (fresh install or just
 * migrated from a version without rollups).
 */
export const RollupMetaSchema = z.object({
  key: z.literal('rollups'),
  tz: z.string().min(1),
  stale: z.boolean(),
  computedAt: z.iso.datetime({ offset: true }).optional(),
});
export type RollupMeta = z.infer<typeof RollupMetaSchema>;

/** When an alert key last fired (table `alertState`), so the service worker can die between runs. */
export const AlertStateSchema = z.object({
  key: z.string().min(1),
  firedAt: z.iso.datetime({ offset: true }),
});
export type AlertState = z.infer<typeof AlertStateSchema>;
