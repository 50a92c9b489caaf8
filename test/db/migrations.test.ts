import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '@/lib/db/migrations';
import { openPulsoDB } from '@/lib/db/schema';

describe('schema versions', () => {
  it('are numbered in order without gaps or repeats', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
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
    expect(db.tables.map((t) => t.name).sort()).toEqual(['authorOverrides', 'mentions', 'raws']);
    db.close();
  });
});
