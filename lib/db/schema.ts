import Dexie, { type EntityTable } from 'dexie';
import type { Mention } from '../model/mention';
import type { AuthorOverride, RawPayload } from './records';
import { MIGRATIONS } from './migrations';
import type { Source, SourceState } from '../model/source';
import type { HostGate } from './sources-records';
import type { ParserHealth } from './parser-health-records';
import type { JargonRow, StoredDraft } from './drafting-records';
import type { Frame } from '../model/draft';
import type { Evidence } from '../model/evidence';
import type { Annotation, DayRollup, InboxItemState } from '../model/indicator';
import type { AlertState, RollupMeta } from './indicator-records';
import type { QueueEntry } from './queue-records';

export const DB_NAME = 'pulso';

/** The Pulso database. Every schema version is a numbered migration in ./migrations. */
export type PulsoDB = Dexie & {
  mentions: EntityTable<Mention, 'id'>;
  authorOverrides: EntityTable<AuthorOverride, 'key'>;
  raws: EntityTable<RawPayload, 'id'>;
  sources: EntityTable<Source, 'id'>;
  sourceStates: EntityTable<SourceState, 'sourceId'>;
  hostGates: EntityTable<HostGate, 'host'>;
  parserHealth: EntityTable<ParserHealth, 'platform'>;
  drafts: EntityTable<StoredDraft, 'id'>;
  evidence: EntityTable<Evidence, 'id'>;
  frames: EntityTable<Frame, 'id'>;
  jargon: EntityTable<JargonRow, 'lang'>;
  rollups: EntityTable<DayRollup, 'day'>;
  indicatorMeta: EntityTable<RollupMeta, 'key'>;
  inboxStates: EntityTable<InboxItemState, 'mentionId'>;
  annotations: EntityTable<Annotation, 'id'>;
  alertState: EntityTable<AlertState, 'key'>;
  queue: EntityTable<QueueEntry, 'seq'>;
};

/**
 * Opens (declares) the database. `indexedDB`/`IDBKeyRange` are parameters so lib/ stays free of
 * browser globals: the extension passes the real ones, tests pass fake-indexeddb's.
 */
export function openPulsoDB(deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }, name = DB_NAME): PulsoDB {
  const db = new Dexie(name, deps) as PulsoDB;
  for (const m of MIGRATIONS) {
    const v = db.version(m.version).stores(m.stores);
    if (m.upgrade) v.upgrade(m.upgrade);
  }
  return db;
}
