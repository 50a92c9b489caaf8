import { z } from 'zod';

/** The backup format written now (NDJSON: header, storage lines, table lines, footer). */
export const BACKUP_FORMAT_VERSION = 2;
export const BACKUP_FORMAT = 'pulso-backup';

/** Line 1 of a current backup. */
export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  /** The database schema version the records were written with (see lib/db/migrations). */
  schemaVersion: z.number().int().positive(),
  exportedAt: z.iso.datetime({ offset: true }),
  /** Whether raw payloads were included. */
  withRaws: z.boolean(),
  excluded: z.object({ tables: z.array(z.string()), storageKeys: z.array(z.string()) }),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

/** The last line: how many data lines of the file (between header and footer) precede it and how many records per table (detects a cut file). */
export const BackupFooterSchema = z.object({
  end: z.literal(true),
  lines: z.number().int().nonnegative(),
  counts: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export type BackupFooter = z.infer<typeof BackupFooterSchema>;

const TableLineSchema = z.object({ t: z.string().min(1).max(100), r: z.unknown() }).strict();
const StorageLineSchema = z.object({ k: z.string().min(1).max(200), v: z.unknown() }).strict();

/** One data line of the current format, after any format migration. */
export type BackupLine =
  | { kind: 'row'; table: string; row: unknown }
  | { kind: 'storage'; key: string; value: unknown }
  | { kind: 'end'; footer: BackupFooter };

/**
 * Parses one data line of the current format; an error message in words when it is none of
 * the three kinds.
 */
export function parseLine(value: unknown): BackupLine | string {
  const row = TableLineSchema.safeParse(value);
  if (row.success && row.data.r !== undefined) return { kind: 'row', table: row.data.t, row: row.data.r };
  const st = StorageLineSchema.safeParse(value);
  if (st.success) return { kind: 'storage', key: st.data.k, value: st.data.v };
  const end = BackupFooterSchema.safeParse(value);
  if (end.success) return { kind: 'end', footer: end.data };
  return 'it is neither a table record ({"t","r"}), a setting ({"k","v"}) nor the end line';
}

/**
 * One step of the backup-format migration chain: reads the header of format `from` and turns
 * each of its data lines into zero or more lines of format `from + 1`.
 */
export interface FormatMigration {
  from: number;
  header: (value: unknown) => BackupHeader | string;
  line: (value: unknown) => unknown[];
}

const V1HeaderSchema = z.object({
  pulso: z.literal('backup'),
  version: z.literal(1),
  schema: z.number().int().positive(),
  exportedAt: z.iso.datetime({ offset: true }),
});

/**
 * Format 1 (the first Pulso backups): `{"pulso":"backup","version":1,"schema":N}`, rows as
 * `{"table","row"}`, every setting in one `{"settings":{…}}` line, a footer `{"end":lines}`.
 * Format 2 splits settings into one line per key (so one setting cannot make a huge line),
 * shortens row keys, and counts records per table in the footer.
 */
export const FORMAT_MIGRATIONS: FormatMigration[] = [
  {
    from: 1,
    header: (value) => {
      const h = V1HeaderSchema.safeParse(value);
      if (!h.success) return 'the header is not a Pulso backup header';
      return {
        format: BACKUP_FORMAT, formatVersion: 2, schemaVersion: h.data.schema, exportedAt: h.data.exportedAt,
        withRaws: true, excluded: { tables: [], storageKeys: [] },
      };
    },
    line: (value) => {
      const v = value as Record<string, unknown> | null;
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        if ('table' in v && 'row' in v && Object.keys(v).length === 2) return [{ t: v.table, r: v.row }];
        if ('settings' in v && Object.keys(v).length === 1 && v.settings && typeof v.settings === 'object') {
          return Object.entries(v.settings as Record<string, unknown>).map(([k, x]) => ({ k, v: x }));
        }
        // Both formats count the data lines of the file itself (before any split).
        if ('end' in v && typeof v.end === 'number' && Object.keys(v).length === 1) return [{ end: true, lines: v.end }];
      }
      return [value];
    },
  },
];

/** Recognises the header of any known format; returns its version and the header in the current shape, or why not. */
export function readHeader(value: unknown): { version: number; header: BackupHeader } | string {
  const current = BackupHeaderSchema.safeParse(value);
  if (current.success) {
    if (current.data.formatVersion > BACKUP_FORMAT_VERSION) return `the backup format ${current.data.formatVersion} is newer than this Pulso reads (${BACKUP_FORMAT_VERSION}): update Pulso first`;
    return { version: current.data.formatVersion, header: current.data };
  }
  const v = (value ?? {}) as { version?: unknown; formatVersion?: unknown };
  const mig = FORMAT_MIGRATIONS.find((m) => m.from === v.version || m.from === v.formatVersion);
  if (!mig) return 'line 1 is not a Pulso backup header (is this a Pulso backup file?)';
  const header = mig.header(value);
  return typeof header === 'string' ? header : { version: mig.from, header };
}

/** Brings one data line of format `version` to the current format (through every step of the chain). */
export function migrateLine(value: unknown, version: number): unknown[] {
  let lines = [value];
  for (const m of FORMAT_MIGRATIONS) if (m.from >= version) lines = lines.flatMap((l) => m.line(l));
  return lines;
}

/**
 * Record changes between database schema versions, applied to records of older backups before
 * validation: one entry per migration that has an `upgrade()` (the migration-fixture test
 * fails when one is missing). Empty while every migration only adds tables.
 */
export const RECORD_UPGRADES: { version: number; table: string; up: (row: unknown) => unknown }[] = [];

/** Brings a record written at `schemaVersion` to the current schema. */
export function upgradeRecord(table: string, row: unknown, schemaVersion: number): unknown {
  let out = row;
  for (const u of RECORD_UPGRADES) if (u.version > schemaVersion && u.table === table) out = u.up(out);
  return out;
}
