import type { RawPost } from '../../model/mention';
import type { Adapter, CaptureContext } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { asArr, asObj, compact, count, dig, str, toIso, walkObjects, type Obj } from '../values';

const POST_COLLECTION = '/app.bsky.feed.post/';

/**
 * Puts each link facet's full URI back where the text shows a shortened one. Facet offsets
 * are UTF-8 byte offsets, so the replacement is done on bytes.
 */
export function expandFacetLinks(text: string, facets: unknown): string {
  const links: { start: number; end: number; uri: string }[] = [];
  for (const f of asArr(facets)) {
    const start = dig(f, 'index', 'byteStart');
    const end = dig(f, 'index', 'byteEnd');
    const link = asArr(dig(f, 'features')).map((x) => asObj(x)).find((x) => x?.$type === 'app.bsky.richtext.facet#link');
    const uri = str(link?.uri);
    if (typeof start === 'number' && typeof end === 'number' && uri && start >= 0 && end > start) links.push({ start, end, uri });
  }
  if (!links.length) return text;
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  let bytes = enc.encode(text);
  for (const l of links.sort((a, b) => b.start - a.start)) {
    if (l.end > bytes.length) continue;
    const shown = dec.decode(bytes.slice(l.start, l.end));
    // Only a visibly shortened link is replaced; a link on ordinary words keeps the words.
    const bare = l.uri.replace(/^https?:\/\//, '');
    const trimmed = shown.replace(/(\.\.\.|…)$/, '');
    if (!trimmed || !(bare.startsWith(trimmed) || l.uri.startsWith(trimmed))) continue;
    const rep = enc.encode(l.uri);
    const next = new Uint8Array(bytes.length - (l.end - l.start) + rep.length);
    next.set(bytes.slice(0, l.start), 0);
    next.set(rep, l.start);
    next.set(bytes.slice(l.end), l.start + rep.length);
    bytes = next;
  }
  return dec.decode(bytes);
}

/** Web permalink of a post at-uri (`at://did/app.bsky.feed.post/rkey`), by handle when known. */
export function blueskyPermalink(atUri: string, handle?: string): string | null {
  const m = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/.exec(atUri);
  return m ? `https://bsky.app/profile/${handle ?? m[1]}/post/${m[2]}` : null;
}

/** A PostView, a quoted viewRecord or a raw getRecord answer as a post. */
export function postViewToPost(view: Obj): RawPost | null {
  const uri = str(view.uri);
  const record = asObj(view.record) ?? asObj(view.value);
  if (!uri || !uri.includes(POST_COLLECTION) || !record || typeof record.text !== 'string') return null;
  const author = asObj(view.author) ?? {};
  const handle = str(author.handle);
  const url = blueskyPermalink(uri, handle);
  if (!url) return null;
  return {
    platform: 'bluesky',
    nativeId: uri,
    url,
    text: expandFacetLinks(record.text, record.facets),
    author: compact({
      handle: handle ?? uri.split('/')[2],
      name: str(author.displayName),
      url: `https://bsky.app/profile/${handle ?? uri.split('/')[2]}`,
      bio: str(author.description),
      verified: dig(author, 'verification', 'verifiedStatus') === 'valid' ? true : undefined,
    }),
    publishedAt: toIso(record.createdAt) ?? toIso(view.indexedAt),
    lang: str(asArr(record.langs)[0]),
    metrics: compact({
      likes: count(view.likeCount),
      reposts: count(view.repostCount),
      replies: count(view.replyCount),
      quotes: count(view.quoteCount),
      followers: count(author.followersCount),
    }),
    raw: view,
  };
}

function collectPosts(payload: unknown, ctx: CaptureContext): RawPost[] {
  const out: RawPost[] = [];
  walkObjects(payload, (o) => {
    if (o.notFound === true || o.blocked === true) {
      ctx.skip('deleted or blocked post');
      return true;
    }
    if (typeof o.uri === 'string' && o.uri.includes(POST_COLLECTION) && (asObj(o.record) || asObj(o.value))) {
      const post = postViewToPost(o);
      if (post) out.push(post);
      else if (asObj(o.record)?.$type === 'app.bsky.feed.post' || asObj(o.value)?.$type === 'app.bsky.feed.post') ctx.skip('post view without text');
    }
    // A raw post record holds blob refs, not posts; the hydrated `embed` view holds any quote.
    return Object.values(o).filter((v) => asObj(v)?.$type !== 'app.bsky.feed.post');
  }, 'last-first');
  return out;
}

/** Bluesky: AppView XRPC JSON (`app.bsky.feed.*`) the web app fetches. */
export const blueskyAdapter: Adapter = {
  id: 'bluesky',
  verified: true,
  detect: (url) => /(^|\.)bsky\.(app|social)$/.test(url.hostname) || url.pathname.startsWith('/xrpc/app.bsky.') || url.pathname.startsWith('/xrpc/com.atproto.repo.getRecord'),
  fromJson: (payload, _url, ctx = NO_CONTEXT) => collectPosts(payload, ctx),
  apiPaths: [/\/xrpc\/app\.bsky\.feed\.(searchPosts|getTimeline|getAuthorFeed|getFeed|getListFeed|getPostThread|getPosts|getQuotes|getActorLikes)(\?|$)/],
};
