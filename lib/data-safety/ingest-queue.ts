import type { PulsoDB } from '../db/schema';
import { QueueEntrySchema, type QueueEntry, type QueuedItem } from '../db/queue-records';
import { ingest, type IngestItem, type IngestOptions, type IngestOutcome } from '../ingest/ingest';
import type { Pipeline } from '../tagging/pipeline';
import { pseudonymiseAuthor } from './pseudonym';
import { repairDeep } from './well-formed';
import { jsonDepth } from './ndjson-lines';

/** Deepest raw payload kept with a capture (platform JSON is a few dozen levels at most). */
export const MAX_RAW_DEPTH = 64;

/** Options of a queued ingest: those of ingest, plus the pseudonym key when pseudonymising is on. */
export interface QueueOptions extends IngestOptions {
  pseudonymKey?: string;
}

/** True for the error IndexedDB raises when the origin's storage quota is exhausted (Dexie wraps it). */
export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: string; inner?: { name?: string } } | undefined;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** Turns ingest items into queue rows: JSON-safe, lone surrogates repaired (U+FFFD), authors pseudonymised when asked. */
export function toQueuedItems(items: readonly IngestItem[], pseudonymKey?: string): { items: QueuedItem[]; repaired: number } {
  let repaired = 0;
  const out = items.map((item) => {
    // A raw payload nested absurdly deep (hostile or broken) is not kept: walking or storing it
    // could exhaust the stack. The post itself still goes through.
    const safe = item.raw.raw !== undefined && jsonDepth(item.raw.raw, MAX_RAW_DEPTH) > MAX_RAW_DEPTH ? { ...item.raw, raw: undefined } : item.raw;
    const fixed = repairDeep(safe);
    repaired += fixed.repaired;
    const raw = { ...fixed.value };
    if (pseudonymKey) {
      if (raw.author) raw.author = pseudonymiseAuthor(pseudonymKey, raw.platform, raw.author);
      // The platform's JSON names the author too: it is not kept when pseudonymising.
      delete raw.raw;
    }
    const q: QueuedItem = { origin: item.origin, raw };
    if (item.langHint !== undefined) q.langHint = item.langHint.slice(0, 50);
    if (item.demo) q.demo = true;
    if (item.capturedAt) q.capturedAt = item.capturedAt.toISOString();
    return q;
  });
  return { items: out, repaired };
}

function toIngestItems(items: readonly QueuedItem[]): IngestItem[] {
  return items.map((q) => ({ ...q, capturedAt: q.capturedAt ? new Date(q.capturedAt) : undefined }));
}

/** Writes a batch to the durable queue (one small transaction) before anything else happens to it; returns its seq. */
export async function enqueue(db: PulsoDB, items: readonly IngestItem[], now: Date, pseudonymKey?: string): Promise<number> {
  const entry: QueueEntry = { enqueuedAt: now.toISOString(), items: toQueuedItems(items, pseudonymKey).items, attempts: 0 };
  return (await db.queue.add(entry)) as number;
}

export interface DrainResult {
  /** Outcome per processed queue entry. */
  outcomes: Map<number, IngestOutcome>;
  /** Entries still waiting (a failure stopped the drain). */
  left: number;
  /** The error that stopped the drain, if any (the entry stays queued). */
  error?: unknown;
}

/**
 * Processes queued batches in arrival order, each in ONE transaction with its mention writes:
 * the entry is deleted only if its mentions are written, so a worker killed mid-batch leaves the
 * entry for the next drain and never stores it twice. Stops at the first failure (quota): the
 * entry stays, with its attempt count and error, and nothing is dropped. `upTo` stops after that seq.
 */
export async function drainQueue(db: PulsoDB, pipeline: Pipeline, now: Date, options: IngestOptions = {}, upTo?: number): Promise<DrainResult> {
  const outcomes = new Map<number, IngestOutcome>();
  for (;;) {
    const next = await db.queue.orderBy('seq').first();
    if (!next?.seq || (upTo !== undefined && next.seq > upTo)) break;
    const seq = next.seq;
    const parsed = QueueEntrySchema.safeParse(next);
    try {
      if (!parsed.success) throw new Error(`queue entry ${seq} is unreadable: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      const items = toIngestItems(parsed.data.items);
      // Every table, so whatever ingest touches (now or after a future change) is inside this transaction.
      const outcome = await db.transaction('rw', db.tables, async () => {
        if (!(await db.queue.get(seq))) return undefined; // another drain took it
        const out = await ingest(db, items, pipeline, now, options);
        await db.queue.delete(seq);
        return out;
      });
      if (outcome) outcomes.set(seq, outcome);
    } catch (error) {
      await db.queue
        .update(seq, { attempts: (next.attempts ?? 0) + 1, lastError: String((error as Error)?.message ?? error).slice(0, 500) })
        .catch(() => undefined);
      return { outcomes, left: await db.queue.count(), error };
    }
  }
  return { outcomes, left: await db.queue.count() };
}

/**
 * The durable ingest: enqueue, then drain up to this batch and return its outcome. Same
 * signature as `ingest`, so call sites switch by name. Throws when the batch could not be
 * stored (it stays queued and is retried by the next drain).
 */
export async function queuedIngest(db: PulsoDB, items: IngestItem[], pipeline: Pipeline, now: Date, options: QueueOptions = {}): Promise<IngestOutcome> {
  const { pseudonymKey, ...ingestOptions } = options;
  const seq = await enqueue(db, items, now, pseudonymKey);
  const result = await drainQueue(db, pipeline, now, ingestOptions, seq);
  const out = result.outcomes.get(seq);
  if (out) return out;
  if (result.error) throw result.error;
  // A concurrent drain processed it: the mentions are stored, the per-batch counts are with that drain.
  return { received: items.length, stored: 0, updated: 0, dropped: 0, invalid: 0, ids: [] };
}

/** Pending queue work for the warning banner: entries, items, and the last error. */
export async function queueStatus(db: PulsoDB): Promise<{ entries: number; items: number; lastError?: string }> {
  let items = 0;
  let lastError: string | undefined;
  await db.queue.each((e) => {
    items += e.items.length;
    if (e.lastError) lastError = e.lastError;
  });
  return { entries: await db.queue.count(), items, lastError };
}
