import type { PulsoDB } from '../db/schema';
import type { Mention } from '../model/mention';
import { csvCell } from '../indicators/report-csv';
import { pagesOf } from './backup-export';

/** Columns of the mentions CSV, in order. List cells (topics, attributes, matched terms) are joined with "; ". */
export const MENTION_CSV_COLUMNS = [
  'id', 'platform', 'origin', 'url', 'published_at', 'captured_at', 'lang', 'sentiment', 'sentiment_score',
  'topics', 'attributes', 'stakeholder', 'matched', 'author_handle', 'author_name', 'likes', 'reposts', 'replies',
  'views', 'title', 'text', 'truncated', 'demo',
] as const;

/** One mention as a CSV row (RFC 4180 cells; text beginning like a formula is neutralised). */
export function mentionCsvRow(m: Mention): string {
  const cells: (string | number | undefined)[] = [
    m.id, m.platform, m.origin, m.url, m.publishedAt, m.capturedAt, m.lang, m.sentiment.label, m.sentiment.score,
    m.topics.join('; '), m.attributes.join('; '), m.stakeholder, m.matched.join('; '), m.author.handle, m.author.name,
    m.metrics?.likes, m.metrics?.reposts, m.metrics?.replies, m.metrics?.views, m.title, m.text,
    m.truncated ? 'true' : undefined, m.demo ? 'true' : undefined,
  ];
  return cells.map(csvCell).join(',');
}

/** Every mention with its tags as CSV chunks (header first, CRLF line ends, in id order, paged). */
export async function* exportMentionsCsv(db: PulsoDB): AsyncGenerator<string> {
  yield MENTION_CSV_COLUMNS.join(',') + '\r\n';
  for await (const rows of pagesOf(db.mentions)) yield (rows as Mention[]).map(mentionCsvRow).join('\r\n') + '\r\n';
}

/** Every mention as NDJSON (one stored mention per line, as MentionSchema describes it), paged. */
export async function* exportMentionsNdjson(db: PulsoDB): AsyncGenerator<string> {
  for await (const rows of pagesOf(db.mentions)) yield rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
