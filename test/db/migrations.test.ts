import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '@/lib/db/migrations';
import { openPulsoDB } from '@/lib/db/schema';

describe('schema versions', () => {
  it('are numbered from 1 in strictly increasing order', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1]);
    expect(SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('never index mention bodies or raw payloads', () => {
    for (const m of MIGRATIONS) {
      const mentions = m.stores.mentions ?? '';
      expect(mentions).not.toMatch(/\btext\b|\btitle\b|\braw\b/);
      expect(m.stores.raws ?? 'id').not.toMatch(/json/);
    }
  });

  it('opens a fresh database at the latest version with the declared tables', async () => {
    const db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const declared = new Set(MIGRATIONS.flatMap((m) => Object.entries(m.stores).filter(([, v]) => v !== null).map(([k]) => k)));
    expect(db.tables.map((t) => t.name).sort()).toEqual([...declared].sort());
    db.close();
  });
});
