import type { Table } from 'dexie';
import type { PulsoDB } from '../db/schema';
import { SCHEMA_VERSION } from '../db/migrations';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFooter, type BackupHeader } from './backup-format';
import { EXCLUDED_STORAGE_KEYS, EXCLUDED_TABLES } from './table-schemas';

/** Records read per page: bounded memory whatever the database size. */
export const EXPORT_PAGE = 2000;

export interface ExportOptions {
  /** Include the raw payloads (table `raws`); they are most of a backup's size. */
  withRaws: boolean;
}

/** The tables a backup holds, discovered from the open database (so tables added later travel too). */
export function backupTables(db: PulsoDB, options: ExportOptions): Table[] {
  return db.tables
    .filter((t) => !EXCLUDED_TABLES.includes(t.name) && (options.withRaws || t.name !== 'raws'))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Pages through a table in primary-key order: never more than EXPORT_PAGE records in memory. */
export async function* pagesOf(table: Table): AsyncGenerator<unknown[]> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`table ${table.name} has a compound key; backups need simple keys`);
  let last: unknown;
  for (;;) {
    const coll = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = await coll.limit(EXPORT_PAGE).toArray();
    if (!rows.length) return;
    yield rows;
    last = (rows[rows.length - 1] as Record<string, unknown>)[keyPath];
    if (rows.length < EXPORT_PAGE) return;
  }
}

/**
 * A full backup as NDJSON chunks (each a few thousand lines): header, one line per
 * chrome.storage.local key, one line per record of every table, then a footer with the counts.
 * Consume it into Blob parts: the database is never held in memory as a whole.
 */
export async function* exportBackup(db: PulsoDB, storage: Record<string, unknown>, now: Date, options: ExportOptions): AsyncGenerator<string> {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    withRaws: options.withRaws,
    excluded: { tables: [...EXCLUDED_TABLES, ...(options.withRaws ? [] : ['raws'])], storageKeys: [...EXCLUDED_STORAGE_KEYS] },
  };
  yield JSON.stringify(header) + '\n';
  let lines = 0;
  const settings: string[] = [];
  for (const key of Object.keys(storage).sort()) {
    if (EXCLUDED_STORAGE_KEYS.includes(key) || storage[key] === undefined) continue;
    settings.push(JSON.stringify({ k: key, v: storage[key] }));
    lines++;
  }
  if (settings.length) yield settings.join('\n') + '\n';
  const counts: Record<string, number> = {};
  for (const table of backupTables(db, options)) {
    counts[table.name] = 0;
    for await (const rows of pagesOf(table)) {
      counts[table.name] += rows.length;
      lines += rows.length;
      yield rows.map((r) => JSON.stringify({ t: table.name, r })).join('\n') + '\n';
    }
  }
  const footer: BackupFooter = { end: true, lines, counts };
  yield JSON.stringify(footer) + '\n';
}
