import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FRAMES, DEFAULT_JARGON, composeDrafts } from '@/lib/drafting';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import {
  deleteDraft, findReplyDraft, latestBatch, listBatches, markStoredDraftSent, readBatch, reviseStoredDraft, saveComposed,
} from '@/lib/db/drafts-store';
import {
  deleteEvidence, putEvidence, readCustomFrames, readEvidence, readJargon, resetFrame, resetJargon, saveFrame, saveJargon,
} from '@/lib/db/drafting-settings-store';
import { EVIDENCE } from '../drafting/evidence-fixture';

const T0 = '2026-11-24T10:00:00+01:00';
let db: PulsoDB;
let idb: IDBFactory;
beforeEach(async () => {
  idb = new IDBFactory();
  db = openPulsoDB({ indexedDB: idb, IDBKeyRange: FakeKeyRange });
  await db.open();
});
afterEach(() => db.close());

function compose(message: string, now = T0) {
  return composeDrafts({ message, groups: ['citizen', 'business', 'media'], evidence: EVIDENCE, channel: 'x', lang: 'es', now });
}

describe('drafts in the database', () => {
  it('restores the latest batch with its edits and the sent link after reopening', async () => {
    await saveComposed(db, compose('Hemos abierto 3 refugios'), 'b1', T0);
    const drafts = await saveComposed(db, compose('Plantamos 200 árboles', '2026-11-24T11:00:00+01:00'), 'b2', '2026-11-24T11:00:00+01:00');
    await reviseStoredDraft(db, drafts[1].id, 'Plantamos 200 árboles en tu barrio.', '2026-11-24T11:05:00+01:00');
    await markStoredDraftSent(db, drafts[1].id, 'https://x.com/bcn/status/9', '2026-11-24T11:06:00+01:00');
    db.close();
    db = openPulsoDB({ indexedDB: idb, IDBKeyRange: FakeKeyRange });
    await db.open();

    expect(await latestBatch(db)).toBe('b2');
    const batch = await readBatch(db, 'b2');
    expect(batch.map((d) => d.group)).toEqual(['citizen', 'business', 'media']);
    const edited = batch.find((d) => d.id === drafts[1].id)!;
    expect(edited.versions.map((v) => v.origin)).toEqual(['template', 'edit']);
    expect(edited.sent?.url).toBe('https://x.com/bcn/status/9');
    expect((await listBatches(db)).map((b) => [b.batch, b.count])).toEqual([['b2', 3], ['b1', 3]]);
  });

  it('finds the draft answering a mention, and forgets a deleted draft', async () => {
    const [d] = compose('Hemos abierto 3 refugios');
    await saveComposed(db, [{ ...d, replyTo: 'x:42' }], 'reply:x:42', T0);
    expect((await findReplyDraft(db, 'x:42'))?.id).toBe(d.id);
    expect(await findReplyDraft(db, 'x:43')).toBeUndefined();
    await deleteDraft(db, d.id);
    expect(await findReplyDraft(db, 'x:42')).toBeUndefined();
  });

  it('refuses a sent link that is not http(s) and leaves the draft unchanged', async () => {
    const [d] = await saveComposed(db, compose('Hemos abierto 3 refugios'), 'b1', T0);
    await expect(markStoredDraftSent(db, d.id, 'javascript:alert(1)', T0)).rejects.toThrow();
    expect((await readBatch(db, 'b1')).find((x) => x.id === d.id)?.sent).toBeUndefined();
  });
});

describe('evidence bank, frames and jargon in the database', () => {
  it('adds, lists newest first, edits and deletes evidence', async () => {
    for (const e of EVIDENCE) await putEvidence(db, e);
    const listed = await readEvidence(db);
    expect(listed).toHaveLength(EVIDENCE.length);
    expect([...listed.map((e) => e.date)]).toEqual([...EVIDENCE.map((e) => e.date)].sort().reverse());
    await putEvidence(db, { ...EVIDENCE[0], number: { ...EVIDENCE[0].number, value: 99 } });
    expect((await readEvidence(db)).find((e) => e.id === EVIDENCE[0].id)?.number.value).toBe(99);
    await deleteEvidence(db, EVIDENCE[0].id);
    expect((await readEvidence(db)).map((e) => e.id)).not.toContain(EVIDENCE[0].id);
    await expect(putEvidence(db, { ...EVIDENCE[1], source: 'not a url' })).rejects.toThrow();
  });

  it('keeps an edited frame until it is reset, and refuses an invalid one', async () => {
    const edited = { ...DEFAULT_FRAMES.business, tone: { ...DEFAULT_FRAMES.business.tone, es: 'Directo.' } };
    await saveFrame(db, edited);
    expect((await readCustomFrames(db)).business?.tone.es).toBe('Directo.');
    await expect(saveFrame(db, { ...edited, cta: { es: [], ca: ['x'], en: ['y'] } })).rejects.toThrow();
    await resetFrame(db, 'business');
    expect(await readCustomFrames(db)).toEqual({});
  });

  it('uses edited jargon for one language and the built-in list for the others', async () => {
    await saveJargon(db, 'ca', [{ term: 'implementar', alternatives: ['posar en marxa'] }]);
    const { list, edited } = await readJargon(db);
    expect(edited).toEqual(['ca']);
    expect(list.ca).toEqual([{ term: 'implementar', alternatives: ['posar en marxa'] }]);
    expect(list.es).toEqual(DEFAULT_JARGON.es);
    await expect(saveJargon(db, 'es', [{ term: 'x', alternatives: [] }])).rejects.toThrow();
    await resetJargon(db, 'ca');
    expect((await readJargon(db)).list.ca).toEqual(DEFAULT_JARGON.ca);
  });
});
