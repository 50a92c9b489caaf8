import { z } from 'zod';

/**
 * When a host was last asked for something by the poller, so several sources on one host
 * (two Mastodon searches, reddit search and new posts) stay polite across service-worker lives.
 */
export const HostGateSchema = z.object({
  host: z.string().min(1).max(253),
  lastAt: z.iso.datetime({ offset: true }),
});
export type HostGate = z.infer<typeof HostGateSchema>;
