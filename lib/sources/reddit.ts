import type { RawPost } from '../model/mention';
import { toIsoDate } from './feed-dates';
import { htmlToText, tidy } from './html-to-text';
import { arr, compact, count, obj, str } from './json-shapes';

const LEGACY_ESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Undoes the HTML escaping reddit's JSON applies without `raw_json=1`, in one pass so `&amp;lt;` stays `&lt;`. */
export function unescapeRedditJson(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => LEGACY_ESCAPES[e]);
}

/** Things (`t3` posts, `t1` comments) in a reddit response: a Listing, an array of Listings, or one Thing. */
export function redditThings(json: unknown): Array<Record<string, unknown>> | undefined {
  // `/api/morechildren` wraps its things as {json: {data: {things}}}.
  const more = arr(obj(obj(obj(json)?.json)?.data)?.things);
  const listings = Array.isArray(json) ? json : more.length ? more : [json];
  if (!listings.length || !listings.every((l) => obj(l)?.kind === 'Listing' || obj(l)?.kind === 't3' || obj(l)?.kind === 't1')) return undefined;
  const out: Array<Record<string, unknown>> = [];
  const walk = (thing: unknown, depth: number) => {
    const t = obj(thing);
    if (!t || depth > 100) return;
    if (t.kind === 'Listing') {
      for (const c of arr(obj(t.data)?.children)) walk(c, depth + 1);
      return;
    }
    const data = obj(t.data);
    if (!data || (t.kind !== 't3' && t.kind !== 't1')) return;
    out.push({ ...data, kind: t.kind });
    if (t.kind === 't1') walk(data.replies, depth + 1);
  };
  for (const l of listings) walk(l, 0);
  return out;
}

/**
 * Whether a listing's text is HTML-escaped (public endpoints without `raw_json=1`): escaped
 * listings carry `selftext_html`/`body_html` as `&lt;div…`, raw ones as `<div…`.
 */
export function redditIsEscaped(things: Array<Record<string, unknown>>): boolean {
  for (const t of things) {
    const html = str(t.selftext_html) ?? str(t.body_html);
    if (html) return html.trimStart().startsWith('&lt;');
  }
  // No HTML fields to tell by: escaped listings never hold a bare `<`, `>` or `&` in titles.
  const titles = things.map((t) => str(t.title) ?? str(t.body) ?? '');
  return titles.some((s) => /&(amp|lt|gt);/.test(s)) && !titles.some((s) => /[<>]|&(?!(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);)/i.test(s));
}

const GONE = new Set(['[deleted]', '[removed]']);

/** One post or comment as a RawPost, text unescaped exactly once; undefined for deleted ones. */
export function redditThingToRawPost(t: Record<string, unknown>, escaped: boolean): RawPost | undefined {
  const un = (s: string | undefined) => (s === undefined ? undefined : escaped ? unescapeRedditJson(s) : s);
  const name = str(t.name) ?? (str(t.id) ? `${t.kind}_${t.id}` : undefined);
  // Older comment listings carry no permalink: the short form through the parent post works for every comment.
  const linkId = str(t.link_id)?.replace(/^t3_/, '');
  const permalink = str(t.permalink) ?? (t.kind === 't1' && linkId && str(t.id) ? `/comments/${linkId}/_/${str(t.id)}/` : undefined);
  if (!permalink || !name) return undefined;
  const html = un(str(t.selftext_html) ?? str(t.body_html));
  const markdown = un(str(t.selftext) ?? str(t.body)) ?? '';
  if (GONE.has(markdown.trim()) && (t.kind === 't1' || GONE.has(str(t.author) ?? ''))) return undefined;
  // Markdown source may hold character references (`&#x200B;` for an empty paragraph): decode those only.
  const body = html ? htmlToText(html) : tidy(markdown.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, n: string) => safeChar(n)));
  const title = un(str(t.title))?.trim();
  const url = new URL(permalink.replace(/\?.*$/, ''), 'https://www.reddit.com').href;
  const post: RawPost = { platform: 'reddit', nativeId: name, url, text: body || title || '' };
  if (title) post.title = title;
  const author = str(t.author);
  if (author && !GONE.has(author)) post.author = { handle: author, url: `https://www.reddit.com/user/${author}` };
  const publishedAt = toIsoDate(t.created_utc);
  if (publishedAt) post.publishedAt = publishedAt;
  const metrics = compact({ likes: count(t.score), replies: count(t.num_comments), reposts: count(t.num_crossposts) });
  if (metrics) post.metrics = metrics;
  return post;
}

function safeChar(ref: string): string {
  const cp = ref[0].toLowerCase() === 'x' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
}

/** All posts and comments of a reddit response as RawPosts; undefined when the JSON is not one. */
export function redditToRawPosts(json: unknown, escaped?: boolean): RawPost[] | undefined {
  const things = redditThings(json);
  if (!things) return undefined;
  const isEscaped = escaped ?? redditIsEscaped(things);
  const seen = new Set<string>();
  const out: RawPost[] = [];
  for (const t of things) {
    const post = redditThingToRawPost(t, isEscaped);
    if (post && !seen.has(post.nativeId ?? post.url)) {
      seen.add(post.nativeId ?? post.url);
      out.push(post);
    }
  }
  return out;
}
