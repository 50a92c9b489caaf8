import type { RawPost } from '../model/mention';
import { toIsoDate } from './feed-dates';
import { htmlToText } from './html-to-text';
import { arr, compact, count, obj, str } from './json-shapes';

/** True for a Mastodon Status entity. */
export function isMastodonStatus(v: unknown): boolean {
  const s = obj(v);
  return !!s && typeof s.uri === 'string' && typeof s.content === 'string' && !!obj(s.account) && typeof s.created_at === 'string';
}

/** The statuses in a Mastodon response: a timeline array, a v2 search, a thread context or one status. */
export function mastodonStatuses(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json.length === 0 || json.some(isMastodonStatus) ? json.filter(isMastodonStatus) : undefined;
  const o = obj(json);
  if (!o) return undefined;
  if (isMastodonStatus(o)) return [o];
  if (Array.isArray(o.statuses) && Array.isArray(o.accounts)) return o.statuses.filter(isMastodonStatus);
  if (Array.isArray(o.ancestors) && Array.isArray(o.descendants)) return [...o.ancestors, ...o.descendants].filter(isMastodonStatus);
  return undefined;
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One status as a RawPost: a boost is read as the post it boosts; `nativeId` is the federated
 * `uri` (the same on every instance); the HTML content becomes plain text, the content warning
 * leading it.
 */
export function mastodonStatusToRawPost(status: unknown): RawPost | undefined {
  let s = obj(status);
  if (s && obj(s.reblog)) s = obj(s.reblog);
  if (!s || !isMastodonStatus(s)) return undefined;
  const account = obj(s.account) ?? {};
  const uri = str(s.uri) ?? '';
  const url = str(s.url) ?? uri;
  if (!/^https?:\/\//.test(url)) return undefined;
  const body = htmlToText(str(s.content) ?? '');
  const warning = str(s.spoiler_text)?.trim();
  const text = [warning, body].filter(Boolean).join('\n\n');
  const acct = str(account.acct);
  const handle = acct && !acct.includes('@') ? `${acct}@${hostOf(str(account.url)) ?? ''}`.replace(/@$/, '') : acct;
  const post: RawPost = { platform: 'mastodon', nativeId: uri.slice(0, 500), url, text };
  const author = compact({
    handle,
    name: str(account.display_name) || undefined,
    url: str(account.url),
    bio: str(account.note) ? htmlToText(str(account.note) ?? '').slice(0, 2000) : undefined,
    verified: undefined,
  });
  if (author) post.author = author;
  const publishedAt = toIsoDate(s.created_at);
  if (publishedAt) post.publishedAt = publishedAt;
  const lang = str(s.language);
  if (lang) post.lang = lang.toLowerCase();
  const metrics = compact({
    likes: count(s.favourites_count),
    reposts: count(s.reblogs_count),
    replies: count(s.replies_count),
    quotes: count(s.quotes_count),
    followers: count(account.followers_count),
  });
  if (metrics) post.metrics = metrics;
  return post;
}

/** All statuses of a Mastodon response as RawPosts; undefined when the JSON is not a Mastodon response. */
export function mastodonToRawPosts(json: unknown): RawPost[] | undefined {
  const statuses = mastodonStatuses(json);
  if (!statuses) return undefined;
  const seen = new Set<string>();
  const out: RawPost[] = [];
  for (const s of arr(statuses)) {
    const post = mastodonStatusToRawPost(s);
    if (post && !seen.has(post.nativeId ?? post.url)) {
      seen.add(post.nativeId ?? post.url);
      out.push(post);
    }
  }
  return out;
}
