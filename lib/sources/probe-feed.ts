import { decodeBytes } from './decode-bytes';
import { discoverFeeds, type DiscoveredFeed } from './feed-discovery';
import { parseSavedSource } from './parse-saved';
import { httpError, type FetchFn } from './poll-source';

/** What an address the user typed turned out to be. */
export type ProbeResult =
  | { kind: 'feed'; url: string; items: number; format: string }
  | { kind: 'page'; url: string; feeds: DiscoveredFeed[] }
  | { kind: 'error'; error: string };

/**
 * Fetches an address the user wants to follow: a readable feed is taken as it is; an HTML page
 * (a site's home page) yields the feeds it announces with `<link rel="alternate">`, for the user
 * to pick; anything else comes back as the reason in plain words. Never throws.
 */
export async function probeFeedUrl(url: string, fetchFn: FetchFn): Promise<ProbeResult> {
  let res;
  try {
    res = await fetchFn(url, { headers: { Accept: 'application/rss+xml, application/atom+xml, application/feed+json, text/html;q=0.8, */*;q=0.5' } });
  } catch (e) {
    return { kind: 'error', error: `could not reach ${new URL(url).host}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (res.status < 200 || res.status >= 300) return { kind: 'error', error: httpError(res.status) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    return { kind: 'error', error: `the download broke off: ${e instanceof Error ? e.message : String(e)}` };
  }
  const finalUrl = res.url || url;
  const contentType = res.headers.get('content-type') ?? undefined;
  const parsed = parseSavedSource(bytes, finalUrl, contentType);
  if (parsed.ok) return { kind: 'feed', url, items: parsed.items.length, format: parsed.format };
  const feeds = discoverFeeds(decodeBytes(bytes, contentType).text, finalUrl);
  if (feeds.length) return { kind: 'page', url: finalUrl, feeds };
  return { kind: 'error', error: `${parsed.error}, and it announces no feed` };
}
