import { failureDetail, type SourceFailure } from '../model/source-failure';
import { decodeBytes } from './decode-bytes';
import { discoverFeeds, type DiscoveredFeed } from './feed-discovery';
import { parseSavedSource } from './parse-saved';
import { unreachable, type FetchFn } from './poll-source';

/** What an address the user typed turned out to be. */
export type ProbeResult =
  | { kind: 'feed'; url: string; items: number; format: string }
  | { kind: 'page'; url: string; feeds: DiscoveredFeed[] }
  | { kind: 'error'; failure: SourceFailure };

/**
 * Fetches an address the user wants to follow: a readable feed is taken as it is; an HTML page
 * (a site's home page) yields the feeds it announces with `<link rel="alternate">`, for the user
 * to pick; anything else comes back as the reason's failure code. Never throws.
 */
export async function probeFeedUrl(url: string, fetchFn: FetchFn): Promise<ProbeResult> {
  let res;
  try {
    res = await fetchFn(url, { headers: { Accept: 'application/rss+xml, application/atom+xml, application/feed+json, text/html;q=0.8, */*;q=0.5' } });
  } catch (e) {
    return { kind: 'error', failure: unreachable(url, e) };
  }
  if (res.status < 200 || res.status >= 300) return { kind: 'error', failure: { code: 'http', status: res.status } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    return { kind: 'error', failure: { code: 'download-broken', detail: failureDetail(e) } };
  }
  const finalUrl = res.url || url;
  const contentType = res.headers.get('content-type') ?? undefined;
  const parsed = parseSavedSource(bytes, finalUrl, contentType);
  if (parsed.ok) return { kind: 'feed', url, items: parsed.items.length, format: parsed.format };
  const feeds = discoverFeeds(decodeBytes(bytes, contentType).text, finalUrl);
  if (feeds.length) return { kind: 'page', url: finalUrl, feeds };
  // A web page was the one thing that could have led to a feed: say it led nowhere.
  return { kind: 'error', failure: parsed.failure.code === 'html-page' ? { code: 'page-without-feeds' } : parsed.failure };
}
