import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PulsoDB } from '@/lib/db/schema';
import { exportBackup } from '@/lib/data-safety/backup-export';
import { importBackup, type ImportDeps } from '@/lib/data-safety/backup-import';
import { ingest } from '@/lib/ingest/ingest';
import { recomputeRollups } from '@/lib/db/rollup-store';
import { correctMentionTags } from '@/lib/db/tag-edits';
import { MAX_LINE_CHARS } from '@/lib/data-safety/ndjson-lines';
import { freshDB, NOW, pipeline, tweet } from './helpers';

const V1 = readFileSync(new URL('../fixtures/data-safety/backup-v1.ndjson', import.meta.url), 'utf8');

async function backupText(db: PulsoDB, storage: Record<string, unknown> = {}, withRaws = true): Promise<string> {
  let out = '';
  for await (const chunk of exportBackup(db, storage, NOW, { withRaws })) out += chunk;
  return out;
}
const streamOf = (data: string | Uint8Array) => () => new Blob([data as BlobPart]).stream();

function depsFor(db: PulsoDB, storage: Record<string, unknown> = {}): ImportDeps {
  return { db, now: NOW, readStorage: async () => ({ ...storage }), writeStorage: async (v) => void Object.assign(storage, v) };
}

/** Every table's rows, as JSON: "the database is unchanged" compares these. */
async function snapshot(db: PulsoDB): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return JSON.stringify(out);
}

let source: PulsoDB;
let target: PulsoDB;
beforeEach(async () => {
  source = await freshDB();
  target = await freshDB();
  await ingest(source, [
    { origin: 'browse', raw: tweet('1', 'Barcelona 😀 <script>alert(1)</script> "quoted", comma\nnew line', { raw: { deep: { a: [1, 2] } } }) },
    { origin: 'poll', raw: tweet('2', 'El metro de Barcelona', { author: { handle: 'other' } }) },
  ], pipeline, NOW, { timeZone: 'Europe/Madrid' });
  await source.authorOverrides.put({ key: 'x:other', group: 'media', updatedAt: NOW.toISOString() });
  await source.annotations.put({ id: 'a1', at: NOW.toISOString(), text: 'Festa Major', createdAt: NOW.toISOString() });
  // A user's tag correction is part of the mention and must survive a backup.
  await correctMentionTags(source, 'x:2', { kind: 'topic', label: 'tourism', on: true }, NOW);
});
afterEach(() => { source.close(); target.close(); });

describe('backup and import', () => {
  it('round-trips every table and setting byte-exact into an empty database', async () => {
    const text = await backupText(source, { settings: { version: 1, uiLang: 'ca', onboarded: true, demoLoaded: false }, otherFeature: { x: 1 } });
    const storage: Record<string, unknown> = {};
    const out = await importBackup(streamOf(text), depsFor(target, storage));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.mode).toBe('restore');
    for (const t of source.tables) expect(await target.table(t.name).toArray()).toEqual(await t.toArray());
    expect((await target.mentions.get('x:2'))!.tagEdits).toMatchObject({ addTopics: ['tourism'] });
    expect(storage).toEqual({ settings: { version: 1, uiLang: 'ca', onboarded: true, demoLoaded: false }, otherFeature: { x: 1 } });
  });

  it('leaves raw payloads out when asked, and says so in the header', async () => {
    const text = await backupText(source, {}, false);
    expect(JSON.parse(text.split('\n')[0]).excluded.tables).toEqual(['queue', 'raws']);
    expect(text).not.toContain('"t":"raws"');
  });

  it('is idempotent: importing the same file twice adds nothing', async () => {
    const text = await backupText(source);
    await importBackup(streamOf(text), depsFor(target));
    const before = await snapshot(target);
    const again = await importBackup(streamOf(text), depsFor(target));
    expect(again.ok && again.result).toMatchObject({ mode: 'merge', added: {}, merged: 0 });
    expect(await snapshot(target)).toBe(before);
  });

  it('merges into a live database: new mentions are added and the daily rollups follow them', async () => {
    await ingest(target, [{ origin: 'browse', raw: tweet('9', 'Barcelona de nit') }], pipeline, NOW);
    await recomputeRollups(target, 'Europe/Madrid', NOW);
    const text = await backupText(source);
    const out = await importBackup(streamOf(text), depsFor(target));
    expect(out.ok && out.result.mode).toBe('merge');
    expect(await target.mentions.count()).toBe(3);
    const rows = await target.rollups.toArray();
    expect(rows.reduce((n, r) => n + r.n, 0)).toBe(3);
  });

  it('migrates a format-1 backup (database schema 1)', async () => {
    const storage: Record<string, unknown> = {};
    const out = await importBackup(streamOf(V1), depsFor(target, storage));
    expect(out.ok).toBe(true);
    expect(await target.mentions.count()).toBe(2);
    expect(await target.authorOverrides.get('x:veina_bcn')).toMatchObject({ group: 'citizen' });
    expect(await target.raws.get('x:101')).toMatchObject({ json: '{"id":101}' });
    expect(storage).toEqual({ settings: { version: 1, uiLang: 'ca', onboarded: true, demoLoaded: false }, legacyNote: 'hola' });
  });

  it('keeps local settings: a key already set here is not overwritten', async () => {
    const storage: Record<string, unknown> = { settings: { version: 1, uiLang: 'es', onboarded: true, demoLoaded: false } };
    const out = await importBackup(streamOf(V1), depsFor(target, storage));
    expect(out.ok && out.result.settingsAdded).toEqual(['legacyNote']);
    expect((storage.settings as { uiLang: string }).uiLang).toBe('es');
  });
});

describe('a corrupted backup is refused and nothing is written', () => {
  const lines = () => V1.trimEnd().split('\n');
  const join = (ls: string[]) => ls.join('\n') + '\n';
  const cases: [string, () => string | Uint8Array, RegExp][] = [
    ['truncated file (cut mid-line)', () => V1.slice(0, Math.floor(V1.length * 0.7)), /line \d+: (this line is not valid JSON|the file ends before)/],
    ['truncated file (cut at a line end)', () => join(lines().slice(0, 4)), /cut short \(truncated\)/],
    ['not JSON at all', () => 'hello, world\n', /line 1: the file is not a Pulso backup/],
    ['JSON but not a backup', () => '{"foo":1}\n{"end":0}\n', /line 1: .*not a Pulso backup header/],
    ['a newer format', () => JSON.stringify({ format: 'pulso-backup', formatVersion: 99, schemaVersion: 1, exportedAt: NOW.toISOString(), withRaws: true, excluded: { tables: [], storageKeys: [] } }) + '\n', /format 99 is newer/],
    ['a newer database version', () => V1.replace('"schema":1', '"schema":999'), /newer Pulso \(database version 999/],
    ['a bad field in record N', () => V1.replace('"score":', '"score":7,"x":'), /line 3: mentions record 1: field "sentiment.score"/],
    ['a duplicate key', () => { const l = lines(); l.splice(4, 0, l[3]); l[l.length - 1] = '{"end":6}'; return join(l); }, /mentions record 3 repeats the key "x:101" of record 2/],
    ['a huge line', () => { const l = lines(); l.splice(2, 0, JSON.stringify({ table: 'mentions', row: { text: 'a'.repeat(MAX_LINE_CHARS + 10) } })); return join(l); }, /line 3 is longer than/],
    ['a nested bomb', () => { const l = lines(); l.splice(2, 0, `{"settings":{"bomb":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`); return join(l); }, /line 3: nested deeper than 32/],
    ['binary garbage', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256), /not UTF-8 text/],
    ['a wrong table name', () => V1.replace('"table":"authorOverrides"', '"table":"authors"'), /line 5: unknown table "authors"/],
    ['UTF-16 encoded', () => { const b = Buffer.from('\uFEFF' + V1, 'utf16le'); return new Uint8Array(b); }, /not UTF-8 text/],
    ['a miscounted end line', () => V1.replace('{"end":5}', '{"end":4}'), /announces 4 data lines but the file has 5/],
    ['data after the end line', () => V1 + '{"table":"mentions","row":{}}\n', /data after the end line/],
    ['a setting that never travels', () => V1.replace('"legacyNote"', '"pseudonymKey"'), /"pseudonymKey" never travels/],
    ['an empty file', () => '', /the file is empty/],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    await ingest(target, [{ origin: 'browse', raw: tweet('keep') }], pipeline, NOW);
    const storage: Record<string, unknown> = { settings: { version: 1, uiLang: 'en', onboarded: true, demoLoaded: false } };
    const before = await snapshot(target);
    const out = await importBackup(streamOf(make()), depsFor(target, storage));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toMatch(message);
    expect(await snapshot(target)).toBe(before);
    expect(Object.keys(storage)).toEqual(['settings']);
  });

  it('accepts a UTF-8 byte-order mark and CRLF line ends (a file saved by an editor)', async () => {
    const out = await importBackup(streamOf('\uFEFF' + V1.replace(/\n/g, '\r\n')), depsFor(target));
    expect(out.ok).toBe(true);
  });
});
