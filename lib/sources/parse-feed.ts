import { parseFeed } from 'feedsmith';
import type { RawPost } from '../model/mention';
import { failureDetail, type SourceFailure } from '../model/source-failure';
import { feedItemsToRawPosts } from './feed-items';

/** The result of reading one source: items and what went wrong along the way, or why nothing could be read. */
export type SourceParse =
  | { ok: true; items: RawPost[]; format: string; title?: string; warnings: string[] }
  | { ok: false; failure: SourceFailure };

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
 * RawPosts. Never throws: a document that is not a feed comes back as a failure code.
 */
export function parseFeedDocument(doc: string | object, feedUrl: string): SourceParse {
  const warnings: string[] = [];
  let input: string | object = doc;
  if (typeof doc === 'string') {
    const root = rootElement(doc);
    if (!root) {
      return { ok: false, failure: { code: doc.trim() ? 'not-xml' : 'blank' } };
    }
    if (!FEED_ROOTS.test(root)) {
      const inner = embeddedFeed(doc);
      if (!inner) {
        const html = /^(html|head|body)$/i.test(root) || /^\s*<!DOCTYPE\s+html/i.test(doc);
        return { ok: false, failure: html ? { code: 'html-page' } : { code: 'wrong-root', root: root.slice(0, 200) } };
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
    return { ok: false, failure: { code: 'unparsable', detail: failureDetail(e) } };
  }
  let result;
  try {
    result = feedItemsToRawPosts(parsed, feedUrl);
  } catch (e) {
    return { ok: false, failure: { code: 'bad-items', detail: failureDetail(e) } };
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
