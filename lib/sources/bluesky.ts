import type { RawPost } from '../model/mention';
import { toIsoDate } from './feed-dates';
import { arr, compact, count, obj, str } from './json-shapes';

/** True for a hydrated Bluesky PostView (`app.bsky.feed.defs#postView`). */
export function isBlueskyPostView(v: unknown): boolean {
  const p = obj(v);
  return !!p && str(p.uri)?.startsWith('at://') === true && !!obj(p.author) && typeof obj(p.record)?.text === 'string';
}

/** The PostViews in a Bluesky response: searchPosts/getPosts, a feed, or a thread (post, parents, replies). */
export function blueskyPostViews(json: unknown): unknown[] | undefined {
  const o = obj(json);
  if (!o) return undefined;
  if (Array.isArray(o.posts)) return o.posts.filter(isBlueskyPostView);
  if (Array.isArray(o.feed) && o.feed.every((f) => obj(f)?.post !== undefined)) {
    return o.feed.map((f) => obj(f)?.post).filter(isBlueskyPostView);
  }
  if (obj(o.thread)) {
    const out: unknown[] = [];
    const walk = (node: unknown, depth: number) => {
      const n = obj(node);
      if (!n || depth > 50) return;
      if (isBlueskyPostView(n.post)) out.push(n.post);
      walk(n.parent, depth + 1);
      for (const r of arr(n.replies)) walk(r, depth + 1);
    };
    walk(o.thread, 0);
    return out;
  }
  return undefined;
}

/** One PostView as a RawPost: at-uri as nativeId, the bsky.app permalink as url. */
export function blueskyPostToRawPost(view: unknown): RawPost | undefined {
  const p = obj(view);
  if (!p || !isBlueskyPostView(p)) return undefined;
  const uri = str(p.uri) ?? '';
  const m = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/.exec(uri);
  if (!m) return undefined;
  const author = obj(p.author) ?? {};
  const record = obj(p.record) ?? {};
  const who = str(author.handle) && author.handle !== 'handle.invalid' ? str(author.handle) : str(author.did) ?? m[1];
  const post: RawPost = {
    platform: 'bluesky',
    nativeId: uri,
    url: `https://bsky.app/profile/${who}/post/${m[2]}`,
    text: str(record.text) ?? '',
  };
  const a = compact({
    handle: str(author.handle),
    name: str(author.displayName) || undefined,
    url: `https://bsky.app/profile/${who}`,
  });
  if (a) post.author = a;
  const publishedAt = toIsoDate(record.createdAt) ?? toIsoDate(p.indexedAt);
  if (publishedAt) post.publishedAt = publishedAt;
  const lang = str(arr(record.langs)[0]);
  if (lang) post.lang = lang.toLowerCase().split('-')[0];
  const metrics = compact({
    likes: count(p.likeCount),
    reposts: count(p.repostCount),
    replies: count(p.replyCount),
    quotes: count(p.quoteCount),
  });
  if (metrics) post.metrics = metrics;
  return post;
}

/** All posts of a Bluesky response as RawPosts; undefined when the JSON is not one. */
export function blueskyToRawPosts(json: unknown): RawPost[] | undefined {
  const views = blueskyPostViews(json);
  if (!views) return undefined;
  const seen = new Set<string>();
  const out: RawPost[] = [];
  for (const v of views) {
    const post = blueskyPostToRawPost(v);
    if (post && !seen.has(post.nativeId ?? post.url)) {
      seen.add(post.nativeId ?? post.url);
      out.push(post);
    }
  }
  return out;
}
