import type { Draft, DraftVersion } from '../model/draft';
import { STAKEHOLDERS } from '../model/taxonomy';
import { markDraftSent, reviseDraft } from '../studio/draft-revision';
import { StoredDraftSchema, type StoredDraft } from './drafting-records';
import type { PulsoDB } from './schema';

function valid(rows: unknown[]): StoredDraft[] {
  return rows.flatMap((r) => {
    const p = StoredDraftSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** Stores freshly composed drafts as one batch (drafts composed together from one message). */
export async function saveComposed(db: PulsoDB, drafts: Draft[], batch: string, now: string): Promise<StoredDraft[]> {
  const rows = drafts.map((d) => StoredDraftSchema.parse({ ...d, updatedAt: now, batch }));
  await db.drafts.bulkPut(rows);
  return rows;
}

/** The drafts of one batch, in the taxonomy's group order (the order the compose form lists them). */
export async function readBatch(db: PulsoDB, batch: string): Promise<StoredDraft[]> {
  const rows = valid(await db.drafts.where('batch').equals(batch).toArray());
  return rows.sort((a, b) => STAKEHOLDERS.indexOf(a.group) - STAKEHOLDERS.indexOf(b.group) || a.id.localeCompare(b.id));
}

/** One line per batch, most recently changed first, for the "saved drafts" picker. */
export async function listBatches(db: PulsoDB, limit = 50): Promise<Array<{ batch: string; message: string; updatedAt: string; count: number; replyTo?: string }>> {
  const out = new Map<string, { batch: string; message: string; updatedAt: string; count: number; replyTo?: string }>();
  for (const d of valid(await db.drafts.orderBy('updatedAt').reverse().toArray())) {
    const seen = out.get(d.batch);
    if (seen) seen.count += 1;
    else out.set(d.batch, { batch: d.batch, message: d.message, updatedAt: d.updatedAt, count: 1, ...(d.replyTo ? { replyTo: d.replyTo } : {}) });
  }
  return [...out.values()].slice(0, limit);
}

/** The most recently changed batch, the one the studio reopens after a reload. */
export async function latestBatch(db: PulsoDB): Promise<string | undefined> {
  const last = await db.drafts.orderBy('updatedAt').last();
  return last ? StoredDraftSchema.safeParse(last).data?.batch : undefined;
}

/** The draft already answering a mention, if any. */
export async function findReplyDraft(db: PulsoDB, mentionId: string): Promise<StoredDraft | undefined> {
  return valid(await db.drafts.where('replyTo').equals(mentionId).toArray())[0];
}

async function update(db: PulsoDB, id: string, change: (d: StoredDraft) => StoredDraft): Promise<StoredDraft | undefined> {
  return db.transaction('rw', db.drafts, async () => {
    const row = StoredDraftSchema.safeParse(await db.drafts.get(id));
    if (!row.success) return undefined;
    const next = change(row.data);
    if (next !== row.data) await db.drafts.put(next);
    return next;
  });
}

/** Saves a new text for a draft as a version (see reviseDraft for when versions fold). */
export function reviseStoredDraft(
  db: PulsoDB, id: string, text: string, now: string, origin: DraftVersion['origin'] = 'edit', coalesce?: boolean,
): Promise<StoredDraft | undefined> {
  return update(db, id, (d) => reviseDraft(d, text, now, origin, coalesce));
}

/** Marks a draft as published at `url` (http(s) only; throws otherwise). */
export function markStoredDraftSent(db: PulsoDB, id: string, url: string, now: string): Promise<StoredDraft | undefined> {
  return update(db, id, (d) => markDraftSent(d, url, now));
}

/** Deletes one draft and its versions. */
export async function deleteDraft(db: PulsoDB, id: string): Promise<void> {
  await db.drafts.delete(id);
}
