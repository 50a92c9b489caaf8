import { parseFeed } from 'feedsmith';
import type { RawPost } from '../model/mention';
import { feedItemsToRawPosts } from './feed-items';

/** The result of reading one source: items and what went wrong along the way, or why nothing could be read. */
export type SourceParse =
  | { ok: true; items: RawPost[]; format: string; title?: string; warnings: string[] }
  | { ok: false; error: string };

const FEED_ROOTS = /^(rss|feed|rdf:rdf|rdf|channel)$/i;

/** Name of the first element of an XML/HTML document, skipping declarations, PIs and comments. */
export function rootElement(text: string): string | undefined {
  const m = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w.:-]*)/i.exec(text);
  return m?.[1];
}

/** A feed element embedded in another document (an Atom feed inside an XHTML page, say). */
function embeddedFeed(text: string): string | undefined {
  const m = /<((?:[\w-]+:)?(?:feed|rss|RDF))[\s>][\s\S]*?<\/\1>/.exec(text);
  return m?.[0];
}

function localName(name: string): string {
  return name.replace(/^[\w-]+:/, '').toLowerCase();
}

/**
 * Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom or a JSON Feed (as text or object) into news
 * RawPosts. Never throws: a document that is not a feed comes back as a plain-words error.
 */
export function parseFeedDocument(doc: string | object, feedUrl: string): SourceParse {
  const warnings: string[] = [];
  let input: string | object = doc;
  if (typeof doc === 'string') {
    const root = rootElement(doc);
    if (!root) {
      return { ok: false, error: doc.trim() ? 'not a feed: the document is not XML' : 'not a feed: the document is empty' };
    }
    if (!FEED_ROOTS.test(root)) {
      const inner = embeddedFeed(doc);
      if (!inner) {
        return {
          ok: false,
          error: /^(html|head|body)$/i.test(root) || /^\s*<!DOCTYPE\s+html/i.test(doc) ? 'not a feed: the server returned an HTML page' : `not a feed: the document is <${root}>, not RSS, RDF or Atom`,
        };
      }
      warnings.push(`the feed was wrapped in a <${root}> document: read the feed inside it`);
      input = inner;
    } else if (!new RegExp(`</(?:[\\w-]+:)?${localName(root)}\\s*>\\s*$`, 'i').test(doc.trimEnd())) {
      warnings.push('feed is truncated');
    }
  }
  let parsed;
  try {
    parsed = parseFeed(input);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `not a feed: ${why.toLowerCase().replace(/\.$/, '')}` };
  }
  let result;
  try {
    result = feedItemsToRawPosts(parsed, feedUrl);
  } catch (e) {
    return { ok: false, error: `could not read the feed's items: ${e instanceof Error ? e.message : String(e)}` };
  }
  const { items, title, skipped } = result;
  const truncated = warnings.indexOf('feed is truncated');
  if (truncated >= 0) warnings[truncated] = `feed is truncated: recovered ${plural(items.length, 'item')}`;
  if (skipped.noLink) warnings.push(`skipped ${plural(skipped.noLink, 'item')} without a link`);
  if (skipped.garbage) warnings.push(`skipped ${plural(skipped.garbage, 'item')} with undecodable characters (U+FFFD)`);
  return { ok: true, items, format: parsed.format, ...(title ? { title } : {}), warnings };
}

/** `1 item`, `3 items`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
