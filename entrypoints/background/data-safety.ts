import { browser } from 'wxt/browser';
import { createDurableIngest } from '@/lib/data-safety/durable-ingest';
import { runRetention } from '@/lib/data-safety/retention';
import { RetentionRunSchema, type DrainReport } from '@/lib/messaging/data-safety';
import { getDB } from '@/lib/platform/db';
import { onMessage } from '@/lib/platform/messaging';
import { activePseudonymKey, readDataSafety, readStorageAlert, writeDataSafety, writeStorageAlert } from '@/lib/platform/data-safety';
import { readProfile } from '@/lib/platform/storage';
import { currentPipeline } from './current-pipeline';

const ALARM = 'pulso-data-safety';
const RETENTION_EVERY_MS = 24 * 3_600_000;

// Created on first use (inside the worker), one per worker life.
let instance: ReturnType<typeof createDurableIngest> | undefined;
function durable() {
  instance ??= createDurableIngest({
    db: getDB(),
    pseudonymKey: activePseudonymKey,
    readAlert: readStorageAlert,
    writeAlert: writeStorageAlert,
    estimate: () => navigator.storage.estimate(),
    clock: () => new Date(),
  });
  return instance;
}

/** The durable ingest for captures and polls (same signature as `ingest`): queued first, then processed. */
export const ingestQueued: ReturnType<typeof createDurableIngest>['ingest'] = (...args) => durable().ingest(...args);

/** Processes whatever is left in the queue (start-up, alarm, on request). */
export async function drainNow(): Promise<DrainReport> {
  const [pipeline, { profile }] = await Promise.all([currentPipeline(), readProfile()]);
  return durable().drain(pipeline, { timeZone: profile.timezone });
}

/** Runs retention with the stored settings and remembers when. */
export async function retentionNow() {
  const settings = await readDataSafety();
  const { profile } = await readProfile();
  const pseudonymKey = await activePseudonymKey();
  const report = await durable().serial(() => runRetention(getDB(), settings, new Date(), { timeZone: profile.timezone, pseudonymKey }));
  await writeDataSafety({ lastRunAt: new Date().toISOString() });
  // Space may have been freed: store what waits.
  void drainNow();
  return report;
}

async function onAlarm(): Promise<void> {
  await drainNow();
  const { lastRunAt } = await readDataSafety();
  if (!lastRunAt || Date.now() - Date.parse(lastRunAt) >= RETENTION_EVERY_MS) await retentionNow();
}

/** Drains the durable queue at start-up and on an alarm (which also runs retention daily); answers the options page. */
export function registerDataSafety(): void {
  onMessage('data/retention-run', async ({ data }) => {
    RetentionRunSchema.parse(data ?? {});
    return retentionNow();
  });
  onMessage('data/drain', () => drainNow());
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === ALARM) void onAlarm().catch((e: unknown) => console.warn('Pulso: data-safety run failed', e));
  });
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 1 });
  });
  // Whatever a killed worker left in the queue is stored now.
  void drainNow().catch((e: unknown) => console.warn('Pulso: queue drain failed', e));
}
