import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import type { RawPost } from '@/lib/model/mention';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';

export const pipeline = createPipeline(BARCELONA_PROFILE);
export const NOW = new Date('2026-11-24T10:00:00Z');

/** A fresh database in its own fake IndexedDB. */
export async function freshDB(): Promise<PulsoDB> {
  const db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await db.open();
  return db;
}

/** A post about Barcelona (matches the demo profile). */
export function tweet(id: string, text = `El metro de Barcelona avui ${id}`, extra: Partial<RawPost> = {}): RawPost {
  return { platform: 'x', nativeId: id, url: `https://x.com/u/status/${id}`, text, author: { handle: 'veina_bcn', name: 'Veïna', url: 'https://x.com/veina_bcn', bio: 'BCN' }, publishedAt: '2026-11-23T08:00:00Z', ...extra };
}
