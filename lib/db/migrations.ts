import type { Transaction } from 'dexie';

/** One schema version. Keep every version that has an upgrade (Dexie needs the chain). */
export interface Migration {
  version: number;
  /** Dexie store declarations: index only what is queried, never bodies. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const MIGRATIONS: Migration[] = [
  {
    // 1: mentions with the indexes the feed filters on; overrides; raw payloads apart from mentions.
    version: 1,
    stores: {
      mentions: 'id, sortAt, capturedAt, platform, origin, lang, sentiment.label',
      authorOverrides: 'key',
      raws: 'id, capturedAt',
    },
  },
  {
    // 2: listening sources (validated with SourceSchema on read), their poll state, per-host politeness.
    version: 2,
    stores: { sources: 'id', sourceStates: 'sourceId', hostGates: 'host' },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
