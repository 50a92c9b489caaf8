import { RawPostSchema, type RawPost } from '../model/mention';
import { failureDetail, type SourceFailure } from '../model/source-failure';
import { blueskyToRawPosts } from './bluesky';
import { countReplacement, decodeBytes } from './decode-bytes';
import { mastodonToRawPosts } from './mastodon';
import { parseFeedDocument, plural, type SourceParse } from './parse-feed';
import { redditToRawPosts } from './reddit';
import { repairMojibake } from './repair-mojibake';
import { obj, str } from './json-shapes';

/** What parsing one saved file or polled response gave: items and warnings, or why it failed. */
export type SavedSourceResult =
  | { ok: true; items: RawPost[]; format: string; warnings: string[] }
  | { ok: false; failure: SourceFailure };

/**
 * The one entry point for saved files and for the poller: decodes the bytes (BOM, charset,
 * declaration), sniffs the content (not the file name), and reads RSS/RDF/Atom/JSON Feed or a
 * Mastodon, Bluesky or reddit API response into RawPosts. Never throws.
 */
export function parseSavedSource(bytes: Uint8Array, url: string, contentType?: string): SavedSourceResult {
  try {
    return parse(bytes, url, contentType);
  } catch (e) {
    return { ok: false, failure: { code: 'unreadable', detail: failureDetail(e) } };
  }
}

function parse(bytes: Uint8Array, url: string, contentType?: string): SavedSourceResult {
  if (bytes.length === 0) return { ok: false, failure: { code: 'empty' } };
  const decoded = decodeBytes(bytes, contentType);
  const warnings = [...decoded.warnings];
  const trimmed = decoded.text.trimStart();

  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return { ok: false, failure: { code: 'broken-json' } };
    }
    return finish(parseJson(json, url), warnings);
  }
  const repair = repairMojibake(decoded.text);
  if (repair.repaired > 0) warnings.push(`repaired ${plural(repair.repaired, 'double-encoded character')} (UTF-8 read as Latin-1)`);
  return finish(parseFeedDocument(repair.text, url), warnings);
}

function parseJson(json: unknown, url: string): SourceParse {
  const o = obj(json);
  if (o && str(o.version)?.includes('jsonfeed.org')) {
    // JSON Feed text is often exported from the same CMSs that double-encode XML feeds.
    const fixed = JSON.parse(repairMojibake(JSON.stringify(json)).text) as object;
    return parseFeedDocument(fixed, url);
  }
  const apiError = str(o?.error) ?? str(o?.message);
  const readers: Array<[string, (j: unknown) => RawPost[] | undefined]> = [
    ['mastodon', mastodonToRawPosts],
    ['bluesky', blueskyToRawPosts],
    ['reddit', (j) => redditToRawPosts(j)],
  ];
  for (const [format, read] of readers) {
    const items = read(json);
    if (items) return { ok: true, items, format, warnings: [] };
  }
  if (apiError && o && Object.keys(o).length <= 3) return { ok: false, failure: { code: 'api-error', detail: apiError.slice(0, 500) } };
  return { ok: false, failure: { code: 'unknown-json' } };
}

/** Validates every item at the boundary and reports what had to be dropped. */
function finish(result: SourceParse, warnings: string[]): SavedSourceResult {
  if (!result.ok) return result;
  const items: RawPost[] = [];
  let invalid = 0;
  let garbage = 0;
  for (const item of result.items) {
    const parsed = RawPostSchema.safeParse(item);
    if (!parsed.success) invalid++;
    else if (countReplacement(`${item.title ?? ''}${item.text}`) > 0) garbage++;
    else items.push(parsed.data);
  }
  const all = [...warnings, ...result.warnings];
  if (invalid) all.push(`skipped ${plural(invalid, 'item')} that did not fit the post format`);
  if (garbage) all.push(`skipped ${plural(garbage, 'item')} with undecodable characters (U+FFFD)`);
  return { ok: true, items, format: result.format, warnings: all };
}
