import { SourceSchema, SourceStateSchema, type Source, type SourceState } from '../model/source';
import { retrySource } from '../sources/poll-policy';
import { rescheduleForInterval } from '../sources/reschedule';
import type { PulsoDB } from './schema';
import { HostGateSchema } from './sources-records';

/** Every stored source that still fits the schema (a row written by an older version is skipped, not fatal). */
export async function readSources(db: PulsoDB): Promise<Source[]> {
  const rows = await db.sources.toArray();
  return rows.flatMap((r) => {
    const p = SourceSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** The poll state of every source, by source id. */
export async function readSourceStates(db: PulsoDB): Promise<Record<string, SourceState>> {
  const rows = await db.sourceStates.toArray();
  const out: Record<string, SourceState> = {};
  for (const r of rows) {
    const p = SourceStateSchema.safeParse(r);
    if (p.success) out[p.data.sourceId] = p.data;
  }
  return out;
}

/** Host → time of the last request, for the per-host gate. */
export async function readHostStates(db: PulsoDB): Promise<Record<string, string>> {
  const rows = await db.hostGates.toArray();
  const out: Record<string, string> = {};
  for (const r of rows) {
    const p = HostGateSchema.safeParse(r);
    if (p.success) out[p.data.host] = p.data.lastAt;
  }
  return out;
}

/** Adds or replaces a source (validated). */
export async function putSource(db: PulsoDB, source: Source): Promise<void> {
  await db.sources.put(SourceSchema.parse(source));
}

/** Saves a source's new interval and moves its next regular poll to match. */
export async function setSourceInterval(db: PulsoDB, source: Source, intervalMinutes: number): Promise<void> {
  const next = SourceSchema.parse({ ...source, intervalMinutes });
  await db.transaction('rw', db.sources, db.sourceStates, async () => {
    await db.sources.put(next);
    const row = SourceStateSchema.safeParse(await db.sourceStates.get(source.id));
    if (row.success) await db.sourceStates.put(rescheduleForInterval(row.data, intervalMinutes));
  });
}

/** Removes a source and what the poller remembered about it; its stored mentions stay. */
export async function deleteSource(db: PulsoDB, id: string): Promise<void> {
  await db.transaction('rw', db.sources, db.sourceStates, async () => {
    await db.sources.delete(id);
    await db.sourceStates.delete(id);
  });
}

/** Clears a source's failures and flag so it is due at once. */
export async function retryStoredSource(db: PulsoDB, id: string): Promise<void> {
  await db.transaction('rw', db.sourceStates, async () => {
    const row = SourceStateSchema.safeParse(await db.sourceStates.get(id));
    if (row.success) await db.sourceStates.put(retrySource(row.data));
  });
}

/**
 * Persists one source's poll state and the host gate. A state whose source was removed while it
 * was being polled is dropped, so a removal is never undone by a poll in flight.
 */
export async function savePollState(db: PulsoDB, state: SourceState, hostStates: Record<string, string>): Promise<void> {
  const next = SourceStateSchema.parse(state);
  await db.transaction('rw', db.sources, db.sourceStates, db.hostGates, async () => {
    if (await db.sources.get(next.sourceId)) await db.sourceStates.put(next);
    await db.hostGates.bulkPut(Object.entries(hostStates).map(([host, lastAt]) => ({ host, lastAt })));
  });
}
