import { parseHTML } from 'linkedom/worker';
import { extractFromDocument } from '../capture/extract';
import type { RawPost } from '../model/mention';

/**
 * Reads a news article page (HTML text) with the capture's news adapter. The service worker has
 * no DOMParser, so the page is parsed with linkedom's worker build, which needs no DOM globals.
 * Undefined when the page holds no readable article.
 */
export function readArticle(html: string, url: string): RawPost | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const { document } = parseHTML(html);
  const r = extractFromDocument(document as unknown as Document, url, { newsDomains: [host] });
  return r.posts.find((p) => p.platform === 'news' && p.text.trim().length > 0);
}
