import type { PulsoDB } from '../db/schema';
import { MAX_RAW_CHARS, type AuthorOverride, type RawPayload } from '../db/records';
import { RawPostSchema, type Mention, type RawPost } from '../model/mention';
import type { Origin, Platform } from '../model/taxonomy';
import { mentionId } from '../capture/mention-id';
import type { Pipeline } from '../tagging/pipeline';
import { mergeSeenAgain, toMention } from './to-mention';
import { ensureRollups, followMentionChanges } from '../db/rollup-store';

export interface IngestItem {
  origin: Origin;
  raw: RawPost;
  /** Language the source declares, a hint for detection. */
  langHint?: string;
  /** Mark the stored mention as generated demo data. */
  demo?: boolean;
  /** When it was captured, if not now (demo data and imports carry their own time). */
  capturedAt?: Date;
}

export interface IngestOutcome {
  received: number;
  /** New mentions written. */
  stored: number;
  /** Mentions seen again (metrics, lastSeenAt updated). */
  updated: number;
  /** Items that did not match the profile (not stored) or were invalid. */
  dropped: number;
  invalid: number;
  ids: string[];
}

/** Key under which an author's stakeholder override is kept. */
export function authorKey(platform: Platform, author: { handle?: string; url?: string } | undefined): string | undefined {
  if (author?.handle) return `${platform}:${author.handle.replace(/^@/, '').toLowerCase()}`;
  if (author?.url) return `${platform}:${author.url}`;
  return undefined;
}

/**
 * Tags raw items and decides what is kept: items matching the profile, and manual captures
 * even when nothing matched (marked `unmatched`). Everything else is dropped here, before it
 * reaches storage: other people's posts that are not about the city are not ours to keep.
 */
export function prepareMentions(
  items: IngestItem[],
  pipeline: Pipeline,
  now: Date,
  overrides: Map<string, AuthorOverride>,
): { mentions: Mention[]; raws: RawPayload[]; dropped: number; invalid: number } {
  const byId = new Map<string, Mention>();
  const raws: RawPayload[] = [];
  let dropped = 0;
  let invalid = 0;
  for (const item of items) {
    const parsed = RawPostSchema.safeParse(item.raw);
    if (!parsed.success) {
      invalid++;
      continue;
    }
    const raw = parsed.data;
    // Other people's posts that are not about the city are dropped before any tagging.
    if (item.origin !== 'manual' && !pipeline.matches(raw)) {
      dropped++;
      continue;
    }
    const tags = pipeline.tag({
      text: raw.text,
      title: raw.title,
      langHint: item.langHint ?? raw.lang,
      author: raw.author,
      url: raw.url,
      platform: raw.platform,
    });
    if (!tags.isMatch && item.origin !== 'manual') {
      dropped++;
      continue;
    }
    const key = authorKey(raw.platform, raw.author);
    const override = key ? overrides.get(key) : undefined;
    if (override) {
      tags.stakeholder = override.group;
      tags.stakeholderConfidence = 1;
    }
    const id = mentionId(raw);
    let mention: Mention;
    try {
      mention = toMention(raw, id, item.origin, tags, item.capturedAt ?? now);
    } catch {
      invalid++;
      continue;
    }
    if (item.demo) mention.demo = true;
    const before = byId.get(id);
    byId.set(id, before ? mergeSeenAgain(before, mention) : mention);
    if (raw.raw !== undefined) {
      const json = safeJson(raw.raw);
      if (json && json.length <= MAX_RAW_CHARS) raws.push({ id, json, capturedAt: mention.capturedAt });
    }
  }
  return { mentions: [...byId.values()], raws, dropped, invalid };
}

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Loads the author overrides that apply to a batch of raw items. */
export async function overridesFor(db: PulsoDB, items: IngestItem[]): Promise<Map<string, AuthorOverride>> {
  const keys = [...new Set(items.map((i) => authorKey(i.raw.platform, i.raw.author)).filter((k): k is string => !!k))];
  const found = keys.length ? await db.authorOverrides.bulkGet(keys) : [];
  return new Map(found.filter((o): o is AuthorOverride => !!o).map((o) => [o.key, o]));
}

export interface IngestOptions {
  /** The profile's time zone: daily rollups are cut in it (default: the zone they were built in). */
  timeZone?: string;
}

/**
 * The single write path for captures, polls and demo data: tag → keep matching → dedupe against
 * the store → write in one transaction. The same post seen again updates the stored one. The
 * daily rollups follow in the same transaction (insert: add; seen again: remove old, add new);
 * when they cannot (never built, drifted, other zone) they are recomputed right after, if the
 * zone is known, else on the next ensureRollups.
 */
export async function ingest(db: PulsoDB, items: IngestItem[], pipeline: Pipeline, now: Date, options: IngestOptions = {}): Promise<IngestOutcome> {
  const overrides = await overridesFor(db, items);
  const { mentions, raws, dropped, invalid } = prepareMentions(items, pipeline, now, overrides);
  let stored = 0;
  let updated = 0;
  let rollupsFollowed = true;
  if (mentions.length) {
    await db.transaction('rw', [db.mentions, db.raws, db.rollups, db.indicatorMeta], async () => {
      const existing = await db.mentions.bulkGet(mentions.map((m) => m.id));
      const changes: { before: Mention | null; after: Mention }[] = [];
      const rows = mentions.map((m, i) => {
        const old = existing[i];
        if (old) {
          updated++;
          const merged = mergeSeenAgain(old, m);
          changes.push({ before: old, after: merged });
          return merged;
        }
        stored++;
        changes.push({ before: null, after: m });
        return m;
      });
      await db.mentions.bulkPut(rows);
      if (raws.length) await db.raws.bulkPut(raws);
      rollupsFollowed = await followMentionChanges(db, changes, options.timeZone);
    });
  }
  if (!rollupsFollowed && options.timeZone) await ensureRollups(db, options.timeZone, now);
  return { received: items.length, stored, updated, dropped, invalid, ids: mentions.map((m) => m.id) };
}
