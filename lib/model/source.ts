import { z } from 'zod';
import { SourceFailureSchema } from './source-failure';

const IsoDate = z.iso.datetime({ offset: true });
const HttpUrl = z.url({ protocol: /^https?$/ }).max(4000);
const Host = z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'use a host name such as mastodon.social').max(253);

const Common = {
  /** Stable id chosen when the user adds the source. */
  id: z.string().min(1).max(200),
  /** What the options page shows. */
  label: z.string().max(300).optional(),
  intervalMinutes: z.number().int().min(5).max(7 * 24 * 60).default(30),
  enabled: z.boolean().default(true),
};

/** A source the background polls. Stored in the `sources` table (integrator), validated on read. */
export const SourceSchema = z.discriminatedUnion('kind', [
  z.object({ ...Common, kind: z.literal('feed'), url: HttpUrl, fetchArticles: z.boolean().optional() }),
  z.object({ ...Common, kind: z.literal('google-news'), url: HttpUrl, fetchArticles: z.boolean().optional() }),
  z.object({ ...Common, kind: z.literal('mastodon-tag'), instance: Host, tag: z.string().regex(/^[\p{L}\p{N}_]+$/u).max(100) }),
  z.object({ ...Common, kind: z.literal('mastodon-search'), instance: Host, query: z.string().min(1).max(500) }),
  z.object({ ...Common, kind: z.literal('bluesky-search'), query: z.string().min(1).max(500) }),
  z.object({ ...Common, kind: z.literal('reddit-search'), query: z.string().min(1).max(500) }),
  z.object({ ...Common, kind: z.literal('reddit-new'), subreddit: z.string().regex(/^[A-Za-z0-9_]{2,21}$/) }),
]);
export type Source = z.infer<typeof SourceSchema>;
export type SourceInput = z.input<typeof SourceSchema>;
export type SourceKind = Source['kind'];

/** Counts of the last successful poll. */
export const PollCountsSchema = z.object({
  fetched: z.number().int().nonnegative(),
  new: z.number().int().nonnegative(),
  matched: z.number().int().nonnegative(),
});
export type PollCounts = z.infer<typeof PollCountsSchema>;

/**
 * What the poller remembers about a source between service-worker lives. Everything the
 * schedule needs is here, nothing in memory.
 */
export const SourceStateSchema = z.object({
  sourceId: z.string().min(1).max(200),
  etag: z.string().max(1000).optional(),
  lastModified: z.string().max(200).optional(),
  lastAttemptAt: IsoDate.optional(),
  lastSuccessAt: IsoDate.optional(),
  /** Not before this time; absent means due now. */
  nextAttemptAt: IsoDate.optional(),
  consecutiveFailures: z.number().int().nonnegative().default(0),
  /** Why the last poll failed, as a code the UI words in the user's language. */
  // A code this version does not know (written by a newer one) drops the failure, not the state.
  lastFailure: SourceFailureSchema.optional().catch(undefined),
  /** English sentence stored by versions before failure codes; shown as it is when no lastFailure. */
  lastError: z.string().max(1000).optional(),
  lastCounts: PollCountsSchema.optional(),
  /** Too many failures in a row: not polled again until the user retries. */
  flagged: z.boolean().default(false),
});
export type SourceState = z.infer<typeof SourceStateSchema>;
