import { openPulsoDB, type PulsoDB } from '../db/schema';

let shared: PulsoDB | undefined;

/** The extension's database, opened once per context with the real IndexedDB. */
export function getDB(): PulsoDB {
  shared ??= openPulsoDB({ indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange });
  return shared;
}
