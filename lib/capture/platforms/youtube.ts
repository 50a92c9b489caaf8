import type { RawPost } from '../../model/mention';
import type { Adapter, CaptureContext } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { assignedJson } from '../embedded-json';
import { domText } from '../text';
import { asArr, asObj, cap, compact, count, dig, displayCount, str, toIso, walkObjects, type Obj } from '../values';

/** youtube.com DOM selectors for comments (fallback when no JSON was captured). */
export const YOUTUBE_SELECTORS = {
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  commentText: '#content-text',
  commentAuthor: '#author-text',
  commentLink: '#published-time-text a[href*="lc="], .published-time-text a[href*="lc="]',
  commentLikes: '#vote-count-middle',
} as const;

function runsText(v: unknown): string | undefined {
  const simple = dig(v, 'simpleText');
  if (typeof simple === 'string') return simple;
  const runs = asArr(dig(v, 'runs'));
  return runs.length ? runs.map((r) => (typeof dig(r, 'text') === 'string' ? (dig(r, 'text') as string) : '')).join('') : undefined;
}

function videoIdFrom(...urls: (string | undefined)[]): string | undefined {
  for (const u of urls) {
    if (!u) continue;
    try {
      const url = new URL(u);
      const v = url.searchParams.get('v') ?? /^\/(?:shorts|live)\/([\w-]{11})/.exec(url.pathname)?.[1];
      if (v && /^[\w-]{11}$/.test(v)) return v;
    } catch {
      // Not a URL: try the next one.
    }
  }
  return undefined;
}

function payloadVideoId(payload: unknown): string | undefined {
  let id: string | undefined;
  walkObjects(payload, (o) => {
    if (id) return true;
    const v = str(dig(o, 'currentVideoEndpoint', 'watchEndpoint', 'videoId')) ?? str(dig(o, 'videoDetails', 'videoId'));
    if (v) id = v;
  });
  return id;
}

function commentUrl(videoId: string, commentId: string): string {
  return `https://www.youtube.com/watch?v=${videoId}&lc=${commentId}`;
}

/** A 2024+ `commentEntityPayload` (text, author, toolbar counts) as a post. */
function entityToPost(p: Obj, videoId: string): RawPost | null {
  const props = asObj(p.properties);
  const id = str(props?.commentId);
  const text = dig(props, 'content', 'content');
  if (!id || typeof text !== 'string') return null;
  const author = asObj(p.author) ?? {};
  const handle = str(author.displayName);
  const channel = str(author.channelId);
  return {
    platform: 'youtube',
    nativeId: id,
    url: commentUrl(videoId, id),
    text,
    author: compact({
      handle,
      name: handle,
      url: channel ? `https://www.youtube.com/channel/${channel}` : undefined,
      verified: author.isVerified === true ? true : undefined,
    }),
    metrics: compact({
      likes: displayCount(str(dig(p, 'toolbar', 'likeCountNotliked'))),
      replies: displayCount(str(dig(p, 'toolbar', 'replyCount'))),
    }),
    raw: p,
  };
}

/** A pre-2024 `commentRenderer` as a post. */
function rendererToPost(r: Obj, videoId: string): RawPost | null {
  const id = str(r.commentId);
  const text = runsText(r.contentText);
  if (!id || text === undefined) return null;
  const name = runsText(r.authorText);
  const base = str(dig(r, 'authorEndpoint', 'browseEndpoint', 'canonicalBaseUrl'));
  return {
    platform: 'youtube',
    nativeId: id,
    url: commentUrl(videoId, id),
    text,
    author: compact({ handle: name, name, url: base ? `https://www.youtube.com${base}` : undefined }),
    metrics: compact({ likes: displayCount(runsText(r.voteCount)), replies: count(r.replyCount) }),
    raw: r,
  };
}

/** The video itself, from `ytInitialPlayerResponse` / a `/youtubei/v1/player` answer. */
function videoToPost(player: Obj): RawPost | null {
  const details = asObj(player.videoDetails);
  const id = str(details?.videoId);
  if (!details || !id) return null;
  const micro = asObj(dig(player, 'microformat', 'playerMicroformatRenderer')) ?? {};
  const channel = str(details.channelId);
  return {
    platform: 'youtube',
    nativeId: id,
    url: `https://www.youtube.com/watch?v=${id}`,
    title: str(details.title),
    text: typeof details.shortDescription === 'string' ? details.shortDescription : '',
    author: compact({
      handle: str(micro.ownerProfileUrl)?.split('/').pop(),
      name: str(details.author),
      url: str(micro.ownerProfileUrl) ?? (channel ? `https://www.youtube.com/channel/${channel}` : undefined),
    }),
    publishedAt: toIso(micro.publishDate) ?? toIso(micro.uploadDate),
    metrics: compact({ views: count(details.viewCount) }),
    raw: { videoDetails: details, microformat: micro },
  };
}

function collect(payload: unknown, videoId: string | undefined, ctx: CaptureContext): RawPost[] {
  const out: RawPost[] = [];
  walkObjects(payload, (o) => {
    if (asObj(o.videoDetails) && o.videoDetails !== undefined && dig(o, 'videoDetails', 'videoId')) {
      const post = videoToPost(o);
      if (post) out.push(post);
    }
    const entity = asObj(o.commentEntityPayload);
    const renderer = asObj(o.commentRenderer);
    if (!entity && !renderer) return;
    if (!videoId) {
      ctx.skip('comment without a known video');
      return true;
    }
    const post = entity ? entityToPost(entity, videoId) : rendererToPost(renderer as Obj, videoId);
    if (post) out.push(post);
    else ctx.skip('comment without id or text');
    return true;
  });
  return out;
}

/** YouTube: video details and comments from the page's `youtubei/v1` JSON; comment DOM as fallback. */
export const youtubeAdapter: Adapter = {
  id: 'youtube',
  verified: false,
  detect: (url) => /(^|\.)youtube\.com$/.test(url.hostname) || url.hostname === 'youtu.be',
  fromJson(payload, url, ctx = NO_CONTEXT) {
    const videoId = videoIdFrom(ctx.pageUrl, url) ?? payloadVideoId(payload);
    return collect(payload, videoId, ctx);
  },
  fromDocument(doc, url, ctx = NO_CONTEXT) {
    const videoId = videoIdFrom(url);
    const out: RawPost[] = [];
    const player = asObj(assignedJson(doc, 'ytInitialPlayerResponse'));
    const video = player ? videoToPost(player) : null;
    if (video) out.push(video);
    const data = assignedJson(doc, 'ytInitialData');
    if (data) out.push(...collect(data, videoId ?? video?.nativeId, ctx).filter((p) => p.nativeId !== video?.nativeId));
    for (const el of Array.from(doc.querySelectorAll(YOUTUBE_SELECTORS.comment))) {
      const link = el.querySelector(YOUTUBE_SELECTORS.commentLink)?.getAttribute('href') ?? '';
      const lc = /[?&]lc=([\w.-]+)/.exec(link)?.[1];
      const vid = videoIdFrom(new URL(link || '/', 'https://www.youtube.com').href) ?? videoId;
      const textEl = el.querySelector(YOUTUBE_SELECTORS.commentText);
      if (!lc || !vid || !textEl) {
        ctx.skip('comment element without id');
        continue;
      }
      const name = el.querySelector(YOUTUBE_SELECTORS.commentAuthor)?.textContent?.trim();
      const href = el.querySelector(YOUTUBE_SELECTORS.commentAuthor)?.getAttribute('href');
      out.push({
        platform: 'youtube',
        nativeId: lc,
        url: commentUrl(vid, lc),
        text: domText(textEl, { imgAlt: true }),
        author: compact({ handle: name, name, url: href ? new URL(href, 'https://www.youtube.com').href : undefined }),
        metrics: compact({ likes: displayCount(el.querySelector(YOUTUBE_SELECTORS.commentLikes)?.textContent) }),
        raw: { html: cap(el.outerHTML), pageUrl: url },
      });
    }
    return out;
  },
  apiPaths: [/\/youtubei\/v1\/(next|player|browse)(\?|$)/],
};
