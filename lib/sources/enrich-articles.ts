import type { RawPost } from '../model/mention';
import { decodeBytes } from './decode-bytes';
import { needsArticleFetch } from './needs-article';
import type { FetchFn } from './poll-source';

/** What fetching article pages needs from outside; the service worker passes the real ones. */
export type EnrichDeps = {
  fetchFn: FetchFn;
  /** The article in an HTML page, or undefined when none is readable. */
  readArticle: (html: string, url: string) => Pick<RawPost, 'text'> & Partial<RawPost> | undefined;
  /** Which items are already stored: their articles were fetched on an earlier poll. */
  known: (items: RawPost[]) => Promise<boolean[]>;
  /** Whether the user granted access to the article's host. */
  allowed: (url: string) => Promise<boolean>;
  /** Pause between two article requests, to stay polite with the news site. */
  wait: (ms: number) => Promise<void>;
};

export type EnrichResult = { items: RawPost[]; fetched: number; failed: number; noAccess: number };

/**
 * For a feed whose user opted in: replaces the teaser of new summary-only items with the text
 * of the article page, so matching and sentiment see the article. At most `max` pages per poll,
 * one at a time; the feed's title, link and date are kept; any failure keeps the teaser.
 */
export async function enrichArticles(items: RawPost[], deps: EnrichDeps, max = 10, spacingMs = 1000): Promise<EnrichResult> {
  const known = await deps.known(items);
  const out = [...items];
  let fetched = 0;
  let failed = 0;
  let noAccess = 0;
  let tried = 0;
  for (let i = 0; i < items.length && tried < max; i++) {
    const item = items[i];
    if (known[i] || !needsArticleFetch(item)) continue;
    if (!(await deps.allowed(item.url))) {
      noAccess++;
      continue;
    }
    if (tried > 0) await deps.wait(spacingMs);
    tried++;
    try {
      const res = await deps.fetchFn(item.url, { headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' } });
      if (res.status < 200 || res.status >= 300) {
        failed++;
        continue;
      }
      const html = decodeBytes(new Uint8Array(await res.arrayBuffer()), res.headers.get('content-type') ?? undefined).text;
      const article = deps.readArticle(html, res.url || item.url);
      if (!article || article.text.trim().length <= item.text.trim().length) {
        failed++;
        continue;
      }
      out[i] = {
        ...item,
        text: article.text,
        ...(item.author || !article.author ? {} : { author: article.author }),
        ...(item.lang || !article.lang ? {} : { lang: article.lang }),
        ...(item.publishedAt || !article.publishedAt ? {} : { publishedAt: article.publishedAt }),
      };
      fetched++;
    } catch {
      failed++;
    }
  }
  return { items: out, fetched, failed, noAccess };
}

/**
 * The host-permission pattern to ask for when the user turns article fetching on: the feed's
 * site with its subdomains (`feeds.example.com` → `https://*.example.com/*`), since articles
 * usually live on the site's main host rather than the feed's. Two-letter country domains under a
 * short generic label (`co.uk`, `com.es`) keep one more label.
 */
export function articleHostPattern(feedUrl: string): string {
  const u = new URL(feedUrl);
  const labels = u.hostname.split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1])) return `${u.protocol}//${u.hostname}/*`;
  const tld = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  const keep = tld.length === 2 && /^(co|com|net|org|gov|gob|edu|ac|or|ne|go)$/.test(second) ? 3 : 2;
  return `${u.protocol}//*.${labels.slice(-keep).join('.')}/*`;
}
