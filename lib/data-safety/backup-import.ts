import type { PulsoDB } from '../db/schema';
import { SCHEMA_VERSION } from '../db/migrations';
import type { AuthorOverride } from '../db/records';
import { followMentionChanges, ensureRollups } from '../db/rollup-store';
import type { Mention } from '../model/mention';
import { mergeSeenAgain } from '../ingest/to-mention';
import { migrateLine, parseLine, readHeader, upgradeRecord, type BackupHeader } from './backup-format';
import { FileFormatError, jsonDepth, ndjsonLines } from './ndjson-lines';
import { pseudonymiseAuthor, pseudonymiseAuthorKey } from './pseudonym';
import { EXCLUDED_STORAGE_KEYS, STORAGE_SCHEMAS, TABLE_SCHEMAS } from './table-schemas';
import { repairDeep } from './well-formed';

/** Deepest JSON nesting accepted in one line (real records are a handful of levels deep). */
export const MAX_DEPTH = 32;
/** Records written per transaction. */
export const IMPORT_BATCH = 1000;

/** Why an import was refused, with the line and, for a record, the table and field. */
export class ImportError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

export type ImportProgress = { phase: 'checking' | 'writing'; bytes: number };

type Checked = { kind: 'row'; table: string; key: string | number; row: Record<string, unknown> } | { kind: 'storage'; key: string; value: unknown };

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const i = issues[0];
  const field = i.path.map(String).join('.') || '(the record itself)';
  return `field "${field}": ${i.message}`;
}

/**
 * Reads a backup file line by line and yields every record validated (zod schema of its table,
 * or an object carrying its primary key for a table without one), migrated from older formats
 * and repaired (lone surrogates → U+FFFD). Throws ImportError at the first problem. `keyPaths`
 * are the local tables' primary keys (a table unknown here is refused).
 */
export async function* readBackup(
  stream: ReadableStream<Uint8Array>,
  keyPaths: ReadonlyMap<string, string>,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<Checked | { kind: 'header'; header: BackupHeader }> {
  let version = 0;
  let schemaVersion = 0;
  let dataLines = 0;
  let ended = 0;
  const counts: Record<string, number> = {};
  let lineNo = 0;
  try {
    for await (const [n, text] of ndjsonLines(stream, onBytes)) {
      lineNo = n;
      if (!text.trim()) continue;
      if (ended) throw new ImportError(n, 'there is data after the end line');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        if (e instanceof RangeError) throw new ImportError(n, `nested deeper than ${MAX_DEPTH} levels`);
        throw new ImportError(n, version ? 'this line is not valid JSON (the file may be cut or edited)' : 'the file is not a Pulso backup (line 1 is not JSON)');
      }
      if (jsonDepth(value, MAX_DEPTH) > MAX_DEPTH) throw new ImportError(n, `nested deeper than ${MAX_DEPTH} levels`);
      if (!version) {
        const h = readHeader(value);
        if (typeof h === 'string') throw new ImportError(n, h);
        if (h.header.schemaVersion > SCHEMA_VERSION) throw new ImportError(n, `the backup comes from a newer Pulso (database version ${h.header.schemaVersion}, this one has ${SCHEMA_VERSION}): update Pulso first`);
        version = h.version;
        schemaVersion = h.header.schemaVersion;
        yield { kind: 'header', header: h.header };
        continue;
      }
      const migrated = migrateLine(value, version);
      const isEnd = migrated.length === 1 && (migrated[0] as { end?: unknown })?.end !== undefined;
      if (!isEnd) dataLines++;
      for (const m of migrated) {
        const line = parseLine(m);
        if (typeof line === 'string') throw new ImportError(n, line);
        if (line.kind === 'end') {
          if (line.footer.lines !== dataLines) throw new ImportError(n, `the end line announces ${line.footer.lines} data lines but the file has ${dataLines}`);
          for (const [t, c] of Object.entries(line.footer.counts ?? {})) {
            if ((counts[t] ?? 0) !== c) throw new ImportError(n, `the end line announces ${c} records of ${t} but the file has ${counts[t] ?? 0}`);
          }
          ended = n;
          continue;
        }
        if (line.kind === 'storage') {
          if (EXCLUDED_STORAGE_KEYS.includes(line.key)) throw new ImportError(n, `the setting "${line.key}" never travels in a backup`);
          const schema = STORAGE_SCHEMAS[line.key];
          const fixed = repairDeep(line.value).value;
          if (schema) {
            const p = schema.safeParse(fixed);
            if (!p.success) throw new ImportError(n, `setting "${line.key}": ${describeIssues(p.error.issues)}`);
            yield { kind: 'storage', key: line.key, value: p.data };
          } else {
            yield { kind: 'storage', key: line.key, value: fixed };
          }
          continue;
        }
        const keyPath = keyPaths.get(line.table);
        if (!keyPath) throw new ImportError(n, `unknown table "${line.table}"`);
        counts[line.table] = (counts[line.table] ?? 0) + 1;
        const where = `${line.table} record ${counts[line.table]}`;
        const fixed = repairDeep(upgradeRecord(line.table, line.row, schemaVersion)).value;
        let row: Record<string, unknown>;
        const schema = TABLE_SCHEMAS[line.table];
        if (schema) {
          const p = schema.safeParse(fixed);
          if (!p.success) throw new ImportError(n, `${where}: ${describeIssues(p.error.issues)}`);
          row = p.data as Record<string, unknown>;
        } else {
          if (!fixed || typeof fixed !== 'object' || Array.isArray(fixed)) throw new ImportError(n, `${where}: a record must be an object`);
          row = fixed as Record<string, unknown>;
        }
        const key = row[keyPath];
        if (typeof key !== 'string' && typeof key !== 'number') throw new ImportError(n, `${where}: field "${keyPath}" (its key) is missing`);
        yield { kind: 'row', table: line.table, key, row };
      }
    }
  } catch (e) {
    if (e instanceof FileFormatError) throw new ImportError(lineNo + 1, e.message);
    throw e;
  }
  if (!version) throw new ImportError(1, 'the file is empty');
  if (!ended) throw new ImportError(lineNo, 'the file ends before its end line: it was cut short (truncated)');
}

/** The primary key path of every local table. */
export function localKeyPaths(db: PulsoDB): Map<string, string> {
  return new Map(db.tables.filter((t) => typeof t.schema.primKey.keyPath === 'string').map((t) => [t.name, t.schema.primKey.keyPath as string]));
}

export interface BackupSummary {
  header: BackupHeader;
  records: Record<string, number>;
  storageKeys: string[];
}

/**
 * First pass: reads the whole file and checks every record, writing nothing. Refuses a
 * duplicate key within a table. Returns what the file holds, or the first problem in words.
 */
export async function checkBackup(stream: ReadableStream<Uint8Array>, db: PulsoDB, onBytes?: (bytes: number) => void): Promise<{ ok: true; summary: BackupSummary } | { ok: false; error: string }> {
  const seen = new Map<string, Map<string | number, number>>();
  const records: Record<string, number> = {};
  const storageKeys: string[] = [];
  let header: BackupHeader | undefined;
  let line = 0;
  try {
    for await (const item of readBackup(stream, localKeyPaths(db), onBytes)) {
      line++;
      if (item.kind === 'header') header = item.header;
      else if (item.kind === 'storage') {
        if (storageKeys.includes(item.key)) throw new ImportError(line, `the setting "${item.key}" appears twice`);
        storageKeys.push(item.key);
      } else {
        let keys = seen.get(item.table);
        if (!keys) seen.set(item.table, (keys = new Map()));
        const first = keys.get(item.key);
        records[item.table] = (records[item.table] ?? 0) + 1;
        if (first !== undefined) throw new Error(`${item.table} record ${records[item.table]} repeats the key "${String(item.key)}" of record ${first}`);
        keys.set(item.key, records[item.table]);
      }
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  return { ok: true, summary: { header: header!, records, storageKeys } };
}

export interface ImportDeps {
  db: PulsoDB;
  /** chrome.storage.local values now, and a writer (only keys absent here are written: local settings win). */
  readStorage: () => Promise<Record<string, unknown>>;
  writeStorage: (values: Record<string, unknown>) => Promise<void>;
  now: Date;
  /** When pseudonymising is on: imported authors are pseudonymised and raw payloads not imported. */
  pseudonymKey?: string;
  /** The profile's zone, to repair the daily rollups if they could not follow. */
  timeZone?: string;
}

export interface ImportResult {
  /** 'restore': the database had no mentions, daily rollups come from the backup; 'merge': they follow the merged mentions. */
  mode: 'restore' | 'merge';
  added: Record<string, number>;
  /** Mentions already here that the backup changed (seen-again merge). */
  merged: number;
  /** Records already here and left as they were (local wins; same mention twice). */
  unchanged: number;
  settingsAdded: string[];
}

/**
 * Imports a backup: the file is read twice (`open` gives a new stream each time). Pass one checks
 * every record and writes nothing if anything is wrong; pass two writes in batches. Idempotent:
 * records are matched by primary key (mentions merged like a post seen again, anything else kept
 * as it is here), so importing the same file twice adds nothing.
 */
export async function importBackup(
  open: () => ReadableStream<Uint8Array>,
  deps: ImportDeps,
  onProgress?: (p: ImportProgress) => void,
): Promise<{ ok: true; result: ImportResult; summary: BackupSummary } | { ok: false; error: string }> {
  const { db } = deps;
  const check = await checkBackup(open(), db, (bytes) => onProgress?.({ phase: 'checking', bytes }));
  if (!check.ok) return check;
  const restore = (await db.mentions.count()) === 0 && (await db.rollups.count()) === 0;
  const result: ImportResult = { mode: restore ? 'restore' : 'merge', added: {}, merged: 0, unchanged: 0, settingsAdded: [] };
  const pending = new Map<string, Record<string, unknown>[]>();
  const storage: Record<string, unknown> = {};
  let rollupsFollowed = true;

  const flush = async (table: string) => {
    const rows = pending.get(table);
    if (!rows?.length) return;
    pending.set(table, []);
    if (table === 'mentions') {
      rollupsFollowed = (await writeMentions(db, rows as Mention[], restore, result, deps.pseudonymKey)) && rollupsFollowed;
      return;
    }
    if (!restore && (table === 'rollups' || table === 'indicatorMeta')) {
      // Merging into a live database: its rollups follow the merged mentions instead.
      result.unchanged += rows.length;
      return;
    }
    if (deps.pseudonymKey && table === 'raws') return;
    const t = db.table(table);
    const keyPath = t.schema.primKey.keyPath as string;
    let put = rows;
    if (deps.pseudonymKey && table === 'authorOverrides') {
      put = (rows as AuthorOverride[]).map((o) => ({ ...o, key: pseudonymiseAuthorKey(deps.pseudonymKey!, o.key) }));
    }
    await db.transaction('rw', t, async () => {
      const have = await t.bulkGet(put.map((r) => r[keyPath] as string));
      const fresh = put.filter((_, i) => !have[i]);
      if (fresh.length) await t.bulkAdd(fresh);
      result.added[table] = (result.added[table] ?? 0) + fresh.length;
      result.unchanged += put.length - fresh.length;
    });
  };

  for await (const item of readBackup(open(), localKeyPaths(db), (bytes) => onProgress?.({ phase: 'writing', bytes }))) {
    if (item.kind === 'storage') storage[item.key] = item.value;
    else if (item.kind === 'row') {
      let rows = pending.get(item.table);
      if (!rows) pending.set(item.table, (rows = []));
      rows.push(item.row);
      if (rows.length >= IMPORT_BATCH) await flush(item.table);
    }
  }
  for (const table of pending.keys()) await flush(table);
  const local = await deps.readStorage();
  const absent = Object.fromEntries(Object.entries(storage).filter(([k]) => local[k] === undefined));
  if (Object.keys(absent).length) await deps.writeStorage(absent);
  result.settingsAdded = Object.keys(absent).sort();
  if (!rollupsFollowed && deps.timeZone) await ensureRollups(db, deps.timeZone, deps.now);
  return { ok: true, result, summary: check.summary };
}

/** Writes a batch of backup mentions: new ones added, known ones merged; rollups follow unless restoring. */
async function writeMentions(db: PulsoDB, rows: Mention[], restore: boolean, result: ImportResult, pseudonymKey?: string): Promise<boolean> {
  const mentions = pseudonymKey ? rows.map((m) => ({ ...m, author: pseudonymiseAuthor(pseudonymKey, m.platform, m.author) })) : rows;
  return db.transaction('rw', [db.mentions, db.rollups, db.indicatorMeta], async () => {
    const existing = await db.mentions.bulkGet(mentions.map((m) => m.id));
    const changes: { before: Mention | null; after: Mention }[] = [];
    mentions.forEach((m, i) => {
      const old = existing[i];
      if (!old) {
        changes.push({ before: null, after: m });
        result.added.mentions = (result.added.mentions ?? 0) + 1;
        return;
      }
      const merged = mergeSeenAgain(old, m);
      if (JSON.stringify(merged) === JSON.stringify(old)) result.unchanged++;
      else {
        changes.push({ before: old, after: merged });
        result.merged++;
      }
    });
    if (changes.length) await db.mentions.bulkPut(changes.map((c) => c.after));
    return restore || !changes.length ? true : followMentionChanges(db, changes);
  });
}
