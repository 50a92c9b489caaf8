import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MIGRATIONS } from '@/lib/db/migrations';
import { openPulsoDB } from '@/lib/db/schema';
import { QueueEntrySchema } from '@/lib/db/queue-records';
import { RECORD_UPGRADES } from '@/lib/data-safety/backup-format';
import { TABLE_SCHEMAS } from '@/lib/data-safety/table-schemas';

const DIR = new URL('../fixtures/data-safety/', import.meta.url);
const FixtureSchema = z.object({
  version: z.number().int().positive(),
  /** The version's own store declarations, as they were when the fixture was made. */
  stores: z.record(z.string(), z.string().nullable()),
  /** Records of that version's tables, written with that version's schema. */
  records: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  /** Records as they must read after upgrading to the latest version, when a later migration transforms them. */
  upgraded: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))).optional(),
});
type Fixture = z.infer<typeof FixtureSchema>;

function fixture(version: number): Fixture | undefined {
  const file = new URL(`schema-v${version}.json`, DIR);
  try {
    return FixtureSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

const SCHEMAS: Record<string, z.ZodType> = { ...TABLE_SCHEMAS, queue: QueueEntrySchema };

describe('migrations on fixture databases', () => {
  it('every schema version has a fixture with its store declarations and records for each of its tables', () => {
    for (const m of MIGRATIONS) {
      const f = fixture(m.version);
      expect(f, `test/fixtures/data-safety/schema-v${m.version}.json is missing: write the fixture for the new migration`).toBeDefined();
      expect(f!.stores, `schema-v${m.version}.json declares other stores than migration ${m.version}`).toEqual(m.stores);
      for (const [table, decl] of Object.entries(m.stores)) {
        if (decl !== null) expect(f!.records[table]?.length ?? 0, `schema-v${m.version}.json has no records for ${table}`).toBeGreaterThan(0);
      }
    }
    const files = readdirSync(DIR).filter((n) => /^schema-v\d+\.json$/.test(n));
    expect(files).toHaveLength(MIGRATIONS.length);
  });

  it('every migration that transforms records has a backup record upgrade for old backups', () => {
    for (const m of MIGRATIONS.filter((x) => x.upgrade)) {
      expect(RECORD_UPGRADES.some((u) => u.version === m.version), `migration ${m.version} has an upgrade() but no RECORD_UPGRADES entry`).toBe(true);
    }
  });

  it.each(MIGRATIONS.map((m) => m.version))('a database at version %i upgrades to the latest with every record intact', async (version) => {
    const idb = new IDBFactory();
    // The old database: only the migrations up to that version, filled with the fixtures up to it.
    const old = new Dexie('pulso', { indexedDB: idb, IDBKeyRange: FakeKeyRange });
    const upTo = MIGRATIONS.filter((m) => m.version <= version);
    for (const m of upTo) {
      const v = old.version(m.version).stores(m.stores);
      if (m.upgrade) v.upgrade(m.upgrade);
    }
    await old.open();
    const fixtures = upTo.map((m) => fixture(m.version)!);
    for (const f of fixtures) for (const [table, rows] of Object.entries(f.records)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = openPulsoDB({ indexedDB: idb, IDBKeyRange: FakeKeyRange });
    await db.open();
    expect(db.verno).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    for (const f of fixtures) {
      for (const [table, rows] of Object.entries(f.records)) {
        const expected = f.upgraded?.[table] ?? rows;
        const got = await db.table(table).toArray();
        expect(got, `${table} after upgrading from v${version}`).toEqual(expected);
        for (const r of got) expect(SCHEMAS[table].safeParse(r).success, `${table} record valid under today's schema`).toBe(true);
      }
    }
    db.close();
  });
});
