import type { PulsoDB } from '../db/schema';
import type { IngestItem, IngestOptions, IngestOutcome } from '../ingest/ingest';
import type { Pipeline } from '../tagging/pipeline';
import { drainQueue, enqueue, isQuotaError, queuedIngest, queueStatus } from './ingest-queue';
import { nearQuota, type StorageAlert } from './settings';

/** What the durable ingest needs from the browser (given by the background; fakes in tests). */
export interface DurableIngestDeps {
  db: PulsoDB;
  /** The pseudonym key when pseudonymising is on. */
  pseudonymKey: () => Promise<string | undefined>;
  readAlert: () => Promise<StorageAlert | undefined>;
  writeAlert: (alert: StorageAlert | undefined) => Promise<void>;
  estimate: () => Promise<{ usage?: number; quota?: number }>;
  clock: () => Date;
}

/**
 * The background's write path for captures and polls, over the durable queue: one drain at a
 * time in this worker life; batches that cannot even be queued (storage full) are held in memory
 * and retried on every drain; whenever storage is full the user is told (storage alert with the
 * number of items waiting), and the alert is lifted once everything is stored.
 */
export function createDurableIngest(deps: DurableIngestDeps) {
  const { db } = deps;
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job, job);
    chain = run.catch(() => undefined);
    return run;
  };
  const held: { items: IngestItem[]; now: Date; options: IngestOptions }[] = [];
  const awaiting = new Set<number>();
  const handedOver = new Map<number, IngestOutcome>();
  const handOver = (outcomes: Map<number, IngestOutcome>) => {
    for (const [seq, o] of outcomes) if (awaiting.has(seq)) handedOver.set(seq, o);
  };

  const waiting = async () => (await queueStatus(db).catch(() => ({ items: 0 }))).items + held.reduce((n, h) => n + h.items.length, 0);
  const alertFull = async () => {
    await deps.writeAlert({ kind: 'quota-exceeded', at: deps.clock().toISOString(), waiting: await waiting() }).catch(() => undefined);
  };

  /** Same signature as `ingest`: queue first, then process up to this batch. Throws (after raising the alert) when storage is full. */
  async function ingest(_db: PulsoDB, items: IngestItem[], pipeline: Pipeline, now: Date, options: IngestOptions = {}): Promise<IngestOutcome> {
    const pseudonymKey = await deps.pseudonymKey();
    let seq: number;
    try {
      seq = await enqueue(db, items, now, pseudonymKey);
    } catch (err) {
      if (isQuotaError(err)) {
        held.push({ items, now, options });
        await alertFull();
      }
      throw err;
    }
    awaiting.add(seq);
    try {
      const out = await serial(() => drainQueue(db, pipeline, now, options, seq));
      handOver(out.outcomes);
      const mine = handedOver.get(seq);
      if (mine) return mine;
      if (out.error && isQuotaError(out.error)) await alertFull();
      throw out.error ?? new Error('the capture was queued but not processed; it will be stored on the next drain');
    } finally {
      awaiting.delete(seq);
      handedOver.delete(seq);
    }
  }

  /** Stores what is held and queued (start-up, alarm, on request); returns what still waits and why. */
  function drain(pipeline: Pipeline, options: IngestOptions = {}): Promise<{ left: number; error?: string }> {
    return serial(async () => {
      const pseudonymKey = await deps.pseudonymKey();
      while (held.length) {
        const h = held[0];
        try {
          await queuedIngest(db, h.items, pipeline, h.now, { ...h.options, pseudonymKey });
          held.shift();
        } catch (err) {
          if (isQuotaError(err)) await alertFull();
          return { left: await waiting(), error: String((err as Error)?.message ?? err) };
        }
      }
      const out = await drainQueue(db, pipeline, deps.clock(), options);
      handOver(out.outcomes);
      if (out.error) {
        if (isQuotaError(out.error)) await alertFull();
        return { left: await waiting(), error: String((out.error as Error)?.message ?? out.error) };
      }
      // Everything is stored: "full" becomes "almost full" while that is still true, else the alert goes.
      const est = await deps.estimate().catch(() => ({}));
      const alert = await deps.readAlert();
      if (nearQuota(est)) {
        if (alert?.kind !== 'near-quota') await deps.writeAlert({ kind: 'near-quota', at: deps.clock().toISOString(), waiting: 0 });
      } else if (alert) await deps.writeAlert(undefined);
      return { left: 0 };
    });
  }

  return { ingest, drain, serial, held: () => held.length };
}
