import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { openPulsoDB } from '../../lib/db/schema';
import { exportBackup } from '../../lib/data-safety/backup-export';
import { importBackup } from '../../lib/data-safety/backup-import';
import type { Mention } from '../../lib/model/mention';
import { syntheticMentions } from './store';

const N = 100_000;

/**
 * Full backup and import of 100k tagged mentions (Node, fake-indexeddb: the same library code
 * the options page runs; Chromium's IndexedDB is faster). Export streams into Blob parts;
 * import checks the whole file, then writes.
 */
export async function benchBackup(): Promise<Record<string, number>> {
  const base = syntheticMentions(10_000);
  const mentions: Mention[] = [];
  for (let k = 0; mentions.length < N; k++) for (const m of base) if (mentions.length < N) mentions.push({ ...m, id: `${m.id}~${k}` });
  const source = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  for (let i = 0; i < mentions.length; i += 5000) await source.mentions.bulkPut(mentions.slice(i, i + 5000));

  let t = performance.now();
  const parts: Blob[] = [];
  for await (const chunk of exportBackup(source, { settings: { version: 1 } }, new Date(), { withRaws: true })) parts.push(new Blob([chunk]));
  const file = new Blob(parts);
  const exportMs = performance.now() - t;

  const target = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  t = performance.now();
  const out = await importBackup(() => file.stream(), { db: target, now: new Date(), readStorage: async () => ({}), writeStorage: async () => undefined });
  const importMs = performance.now() - t;
  if (!out.ok || (await target.mentions.count()) !== N) throw new Error(`import failed: ${out.ok ? 'count' : out.error}`);
  source.close();
  target.close();
  return { 'backup.exportMs.100k': Math.round(exportMs), 'backup.importMs.100k': Math.round(importMs), 'backup.fileMB.100k': Math.round(file.size / 1e5) / 10 };
}
