import { z } from 'zod';
import type { PulsoDB } from './schema';
import type { Mention } from '../model/mention';
import { AttributeSchema, OriginSchema, PlatformSchema, SentimentLabelSchema, TopicSchema } from '../model/taxonomy';
import { foldText } from '../tagging/text-fold';

/** What the side panel feed filters on. Empty arrays mean "any". */
export const FeedFilterSchema = z.object({
  origins: z.array(OriginSchema).default([]),
  platforms: z.array(PlatformSchema).default([]),
  sentiments: z.array(SentimentLabelSchema).default([]),
  /** Mentions carrying any of these topics / brand attributes (read from the bodies: not indexed). */
  topics: z.array(TopicSchema).default([]),
  attributes: z.array(AttributeSchema).default([]),
  /** Inclusive ISO bounds on `sortAt`. */
  from: z.string().optional(),
  to: z.string().optional(),
  search: z.string().max(500).default(''),
});
export type FeedFilter = z.infer<typeof FeedFilterSchema>;

const CHUNK = 2000;

/**
 * Ids of the mentions a feed shows, newest first. Only keys are read for the index filters;
 * mention bodies are read only for a text search or a topic / attribute filter, in chunks, so
 * 100k mentions stay cheap.
 */
export async function queryFeedIds(db: PulsoDB, filter: FeedFilter): Promise<string[]> {
  const from = filter.from ?? '';
  const to = filter.to ?? '\uffff';
  // Ordered by sortAt desc, keys only.
  let ids = (await db.mentions.where('sortAt').between(from, to, true, true).reverse().primaryKeys()) as string[];
  const sets: Array<Set<string>> = [];
  if (filter.origins.length) sets.push(new Set((await db.mentions.where('origin').anyOf(filter.origins).primaryKeys()) as string[]));
  if (filter.platforms.length) sets.push(new Set((await db.mentions.where('platform').anyOf(filter.platforms).primaryKeys()) as string[]));
  if (filter.sentiments.length) sets.push(new Set((await db.mentions.where('sentiment.label').anyOf(filter.sentiments).primaryKeys()) as string[]));
  if (sets.length) ids = ids.filter((id) => sets.every((s) => s.has(id)));
  const needle = foldText(filter.search.trim());
  const { topics, attributes } = filter;
  if (!needle && !topics.length && !attributes.length) return ids;
  const hits: string[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.mentions.bulkGet(ids.slice(i, i + CHUNK));
    for (const m of rows) {
      if (!m) continue;
      if (topics.length && !topics.some((t) => m.topics.includes(t))) continue;
      if (attributes.length && !attributes.some((a) => m.attributes.includes(a))) continue;
      if (needle && !matchesSearch(m, needle)) continue;
      hits.push(m.id);
    }
  }
  return hits;
}

/** Full-text test on a folded needle: text, title, author and matched terms, accent-insensitive. */
export function matchesSearch(m: Mention, foldedNeedle: string): boolean {
  const hay = foldText([m.text, m.title ?? '', m.author.name ?? '', m.author.handle ?? '', m.matched.join(' ')].join('\n'));
  return foldedNeedle.split(/\s+/).every((w) => hay.includes(w));
}

/** Mentions captured since a given instant (the popup's "today" passes local midnight). */
export function countCapturedSince(db: PulsoDB, sinceIso: string): Promise<number> {
  return db.mentions.where('capturedAt').aboveOrEqual(sinceIso).count();
}
