import { browser } from 'wxt/browser';
import type { PulsoDB } from '@/lib/db/schema';
import type { IngestItem, IngestOutcome } from '@/lib/ingest/ingest';
import type { Pipeline } from '@/lib/tagging/pipeline';
import { drainQueue, enqueue, isQuotaError, queuedIngest, queueStatus, type QueueOptions } from '@/lib/data-safety/ingest-queue';
import { runRetention } from '@/lib/data-safety/retention';
import { nearQuota } from '@/lib/data-safety/settings';
import { RetentionRunSchema, type DrainReport } from '@/lib/messaging/data-safety';
import { getDB } from '@/lib/platform/db';
import { onMessage } from '@/lib/platform/messaging';
import { activePseudonymKey, readDataSafety, readStorageAlert, writeDataSafety, writeStorageAlert } from '@/lib/platform/data-safety';
import { readProfile } from '@/lib/platform/storage';
import { currentPipeline } from './current-pipeline';

const ALARM = 'pulso-data-safety';
const RETENTION_EVERY_MS = 24 * 3_600_000;

// Drains in this worker life run one at a time; the queue itself lives in IndexedDB.
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = chain.then(job, job);
  chain = run.catch(() => undefined);
  return run;
}

// Batches that could not even be written to the queue (storage full): kept for this worker life
// and retried on every drain. The user is told (storage alert) so nothing vanishes unseen.
const held: { items: IngestItem[]; now: Date }[] = [];
// Outcomes of batches whose caller is still waiting, when another drain processed them first.
const awaiting = new Set<number>();
const handedOver = new Map<number, IngestOutcome>();
function handOver(outcomes: Map<number, IngestOutcome>): void {
  for (const [seq, o] of outcomes) if (awaiting.has(seq)) handedOver.set(seq, o);
}

async function alertQuota(): Promise<void> {
  const status = await queueStatus(getDB()).catch(() => ({ items: 0 }));
  const waiting = status.items + held.reduce((n, h) => n + h.items.length, 0);
  await writeStorageAlert({ kind: 'quota-exceeded', at: new Date().toISOString(), waiting }).catch(() => undefined);
}

/**
 * The durable ingest for captures and polls: same signature as `ingest`. The batch is written to
 * the queue first, then processed; a quota failure keeps it (queue, or memory if even that
 * failed) and raises the storage alert.
 */
export async function ingestQueued(db: PulsoDB, items: IngestItem[], pipeline: Pipeline, now: Date, options: QueueOptions = {}): Promise<IngestOutcome> {
  const pseudonymKey = await activePseudonymKey();
  let seq: number;
  try {
    seq = await enqueue(db, items, now, pseudonymKey);
  } catch (err) {
    if (isQuotaError(err)) {
      held.push({ items, now });
      await alertQuota();
    }
    throw err;
  }
  awaiting.add(seq);
  try {
    const out = await serial(() => drainQueue(db, pipeline, now, options, seq));
    handOver(out.outcomes);
    const mine = handedOver.get(seq);
    if (mine) return mine;
    if (out.error) {
      if (isQuotaError(out.error)) await alertQuota();
      throw out.error;
    }
    throw new Error('the capture was queued but not processed; it will be stored on the next drain');
  } finally {
    awaiting.delete(seq);
    handedOver.delete(seq);
  }
}

/** Processes whatever is left in the queue (start-up, alarm, on request); clears the alert when all is stored. */
export async function drainNow(): Promise<DrainReport> {
  return serial(async () => {
    const db = getDB();
    const [pipeline, { profile }] = await Promise.all([currentPipeline(), readProfile()]);
    const pseudonymKey = await activePseudonymKey();
    while (held.length) {
      const h = held[0];
      try {
        await queuedIngest(db, h.items, pipeline, h.now, { timeZone: profile.timezone, pseudonymKey });
        held.shift();
      } catch (err) {
        if (isQuotaError(err)) await alertQuota();
        return { left: held.length + (await queueStatus(db)).items, error: String((err as Error).message ?? err) };
      }
    }
    const out = await drainQueue(db, pipeline, new Date(), { timeZone: profile.timezone });
    handOver(out.outcomes);
    if (out.error) {
      if (isQuotaError(out.error)) await alertQuota();
      return { left: out.left, error: String((out.error as Error).message ?? out.error) };
    }
    // Everything is stored: replace a "full" alert by "almost full" when that is still true, else clear it.
    const est = await navigator.storage.estimate().catch(() => ({}));
    const alert = await readStorageAlert();
    if (nearQuota(est)) {
      if (alert?.kind !== 'near-quota') await writeStorageAlert({ kind: 'near-quota', at: new Date().toISOString(), waiting: 0 });
    } else if (alert) await writeStorageAlert(undefined);
    return { left: out.left };
  });
}

/** Runs retention with the stored settings and remembers when. */
export async function retentionNow() {
  const settings = await readDataSafety();
  const { profile } = await readProfile();
  const report = await serial(async () => runRetention(getDB(), settings, new Date(), { timeZone: profile.timezone, pseudonymKey: await activePseudonymKey() }));
  await writeDataSafety({ lastRunAt: new Date().toISOString() });
  if ((await readStorageAlert())?.kind === 'quota-exceeded') void drainNow();
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
