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
  {
    // 3: per-platform parser health for browse capture (counters, last success, last browsed).
    version: 3,
    stores: { parserHealth: 'platform' },
  },
  {
    // 4: indicators: daily rollups (one row per local day), rollup bookkeeping, inbox states
    // (answered/dismissed/note per mention), chart annotations, when each alert last fired.
    version: 4,
    stores: { rollups: 'day', indicatorMeta: 'key', inboxStates: 'mentionId', annotations: 'id, at', alertState: 'key' },
  },
  {
    // 5: drafting studio: drafts (by last change, the mention a reply answers, compose batch), the evidence bank,
    // user-edited stakeholder frames (id = group) and jargon lists (one row per language).
    version: 5,
    stores: { drafts: 'id, updatedAt, replyTo, batch', evidence: 'id, date', frames: 'id', jargon: 'lang' },
  },
  {
    // 6: data safety: the durable ingest queue (batches written before processing, deleted with their mentions).
    version: 6,
    stores: { queue: '++seq, enqueuedAt' },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
