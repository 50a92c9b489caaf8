import { z } from 'zod';

/** chrome.storage.local key of the retention and privacy settings. */
export const DATA_SAFETY_KEY = 'dataSafety';
/** chrome.storage.local key of the per-install pseudonym key (never exported). */
export const PSEUDONYM_KEY_KEY = 'pseudonymKey';
/** chrome.storage.local key of the storage alert the popup, side panel and options show. */
export const STORAGE_ALERT_KEY = 'storageAlert';

/** Retention and privacy settings. 0 days = keep forever. */
export const DataSafetySettingsSchema = z.object({
  /** Drop raw payloads (the platform's JSON) older than this many days. */
  rawDays: z.number().int().min(0).max(3650).default(30),
  /** Drop mentions older than this many days (daily rollups are kept). */
  mentionDays: z.number().int().min(0).max(3650).default(0),
  /** Authors of stored and new mentions are replaced by keyed-hash pseudonyms. */
  pseudonymise: z.boolean().default(false),
  /** Last retention run, for the options page. */
  lastRunAt: z.iso.datetime({ offset: true }).optional(),
});
export type DataSafetySettings = z.infer<typeof DataSafetySettingsSchema>;

/** Something the user must see: storage is full (batches wait in the queue) or near quota. */
export const StorageAlertSchema = z.object({
  kind: z.enum(['quota-exceeded', 'near-quota']),
  at: z.iso.datetime({ offset: true }),
  /** Items waiting in the durable queue (or held in memory when even the queue could not be written). */
  waiting: z.number().int().nonnegative(),
});
export type StorageAlert = z.infer<typeof StorageAlertSchema>;

/** Usage over quota from which the options page warns. */
export const NEAR_QUOTA_RATIO = 0.9;

/** True when usage is at or above NEAR_QUOTA_RATIO of a known quota. */
export function nearQuota(estimate: { usage?: number; quota?: number }): boolean {
  return !!estimate.quota && (estimate.usage ?? 0) / estimate.quota >= NEAR_QUOTA_RATIO;
}
