import { MAX_TEXT_CHARS, MentionSchema, type Mention, type RawPost } from '../model/mention';
import type { Origin } from '../model/taxonomy';
import type { TagResult } from '../tagging/pipeline';

/** Parses a date the way platforms write them; undefined when it is not a real instant. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString();
}

/** Cuts text to the stored maximum without splitting a surrogate pair. */
export function capText(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_TEXT_CHARS) return { text, truncated: false };
  let end = MAX_TEXT_CHARS;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), truncated: true };
}

/** Builds the stored mention from a raw post, its id and its tags. Validated by the schema. */
export function toMention(raw: RawPost, id: string, origin: Origin, tags: TagResult, now: Date): Mention {
  const { text, truncated } = capText(raw.text);
  const capturedAt = now.toISOString();
  const publishedAt = toIsoDate(raw.publishedAt);
  const mention: Mention = {
    id,
    origin,
    platform: raw.platform,
    url: raw.url,
    text,
    title: raw.title?.slice(0, 1000) || undefined,
    author: raw.author ?? {},
    publishedAt,
    capturedAt,
    lastSeenAt: capturedAt,
    lang: tags.lang,
    sentiment: tags.sentiment,
    topics: tags.topics,
    attributes: tags.attributes,
    stakeholder: tags.stakeholder,
    stakeholderConfidence: tags.stakeholderConfidence,
    matched: tags.matched,
    unmatched: tags.isMatch ? undefined : true,
    metrics: raw.metrics,
    taggers: tags.taggers,
    truncated: truncated || undefined,
    sortAt: publishedAt && publishedAt <= capturedAt ? publishedAt : capturedAt,
  };
  for (const k of Object.keys(mention) as Array<keyof Mention>) if (mention[k] === undefined) delete mention[k];
  return MentionSchema.parse(mention);
}

/**
 * Merges a mention seen again into the stored one: the first sighting keeps its origin, time
 * and tags; metrics and `lastSeenAt` move forward; matched terms are united.
 */
export function mergeSeenAgain(stored: Mention, seen: Mention): Mention {
  const merged: Mention = {
    ...stored,
    lastSeenAt: seen.capturedAt > (stored.lastSeenAt ?? '') ? seen.capturedAt : stored.lastSeenAt,
    matched: [...new Set([...stored.matched, ...seen.matched])],
  };
  if (seen.metrics) merged.metrics = { ...stored.metrics, ...seen.metrics };
  if (stored.unmatched && !seen.unmatched) delete merged.unmatched;
  if (!stored.title && seen.title) merged.title = seen.title;
  if (!stored.publishedAt && seen.publishedAt) merged.publishedAt = seen.publishedAt;
  return merged;
}
