import type { Source, SourceState } from '../model/source';

/** Public AppView: serves searchPosts without an account. */
export const BLUESKY_APPVIEW = 'https://public.api.bsky.app';

/** The URL a source is polled at. Reddit asks for `raw_json=1` so its text comes unescaped. */
export function sourceUrl(source: Source): string {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  switch (source.kind) {
    case 'feed':
    case 'google-news':
      return source.url;
    case 'mastodon-tag':
      return `https://${source.instance}/api/v1/timelines/tag/${encodeURIComponent(source.tag)}?${q({ limit: '40' })}`;
    case 'mastodon-search':
      return `https://${source.instance}/api/v2/search?${q({ q: source.query, type: 'statuses', limit: '40' })}`;
    case 'bluesky-search':
      return `${BLUESKY_APPVIEW}/xrpc/app.bsky.feed.searchPosts?${q({ q: source.query, sort: 'latest', limit: '50' })}`;
    case 'reddit-search':
      return `https://www.reddit.com/search.json?${q({ q: source.query, sort: 'new', limit: '100', raw_json: '1' })}`;
    case 'reddit-new':
      return `https://www.reddit.com/r/${source.subreddit}/new.json?${q({ limit: '100', raw_json: '1' })}`;
  }
}

/** The request for one poll: a conditional GET when the last answer carried an ETag or Last-Modified. */
export function buildRequest(source: Source, state: SourceState | undefined): { url: string; headers: Record<string, string> } {
  const feed = source.kind === 'feed' || source.kind === 'google-news';
  const headers: Record<string, string> = {
    Accept: feed
      ? 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'
      : 'application/json',
  };
  if (state?.etag) headers['If-None-Match'] = state.etag;
  if (state?.lastModified) headers['If-Modified-Since'] = state.lastModified;
  return { url: sourceUrl(source), headers };
}

/** The host permission to request when the user adds the source, e.g. `https://mastodon.social/*`. */
export function hostPermissionFor(source: Source): string {
  const u = new URL(sourceUrl(source));
  return `${u.protocol}//${u.hostname}/*`;
}
