import type { RawPost } from '../../model/mention';
import type { Adapter, CaptureContext } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { scriptJson } from '../embedded-json';
import { asArr, asObj, compact, count, dig, str, toIso, walkObjects, type Obj } from '../values';

/** Where instagram.com embeds the web app's preloaded API answers. */
export const INSTAGRAM_SELECTORS = {
  embedded: 'script[type="application/json"][data-sjs]',
} as const;

/**
 * One media item as a post. Two shapes: the current API (`code`, `caption.text`, `taken_at`,
 * `user`, `like_count`) and the older GraphQL one (`shortcode`, `edge_media_to_caption`,
 * `taken_at_timestamp`, `owner`, `edge_liked_by`).
 */
export function mediaToPost(m: Obj): RawPost | null {
  const code = str(m.code) ?? str(m.shortcode);
  const pk = str(m.pk) ?? (typeof m.pk === 'number' ? String(m.pk) : undefined) ?? str(m.id)?.split('_')[0];
  if (!code || !pk || !/^\d+$/.test(pk)) return null;
  const caption = dig(m, 'caption', 'text') ?? dig(asArr(dig(m, 'edge_media_to_caption', 'edges'))[0], 'node', 'text');
  const user = asObj(m.user) ?? asObj(m.owner) ?? {};
  const username = str(user.username);
  return {
    platform: 'instagram',
    nativeId: pk,
    url: `https://www.instagram.com/p/${code}/`,
    text: typeof caption === 'string' ? caption : '',
    author: compact({
      handle: username,
      name: str(user.full_name) ?? username,
      url: username ? `https://www.instagram.com/${username}/` : undefined,
      verified: user.is_verified === true ? true : undefined,
    }),
    publishedAt: toIso(m.taken_at ?? m.taken_at_timestamp),
    metrics: compact({
      likes: count(m.like_count) ?? count(dig(m, 'edge_liked_by', 'count')) ?? count(dig(m, 'edge_media_preview_like', 'count')),
      replies: count(m.comment_count) ?? count(dig(m, 'edge_media_to_comment', 'count')),
      views: count(m.play_count) ?? count(m.view_count) ?? count(m.video_view_count),
      followers: count(dig(user, 'follower_count')),
    }),
    raw: m,
  };
}

function collect(payload: unknown, ctx: CaptureContext): RawPost[] {
  const out: RawPost[] = [];
  walkObjects(payload, (o) => {
    const isMedia = (typeof o.code === 'string' || typeof o.shortcode === 'string') && ('taken_at' in o || 'taken_at_timestamp' in o);
    if (!isMedia) return;
    const post = mediaToPost(o);
    if (post) out.push(post);
    else ctx.skip('media without code or id');
    // Carousel children repeat the parent's caption: the parent is the post.
    return true;
  });
  return out;
}

/** Instagram: the web app's API/GraphQL JSON (fetched or preloaded in the page). Hand-made samples only. */
export const instagramAdapter: Adapter = {
  id: 'instagram',
  verified: false,
  detect: (url) => /(^|\.)instagram\.com$/.test(url.hostname),
  fromJson: (payload, _url, ctx = NO_CONTEXT) => collect(payload, ctx),
  fromDocument: (doc, _url, ctx = NO_CONTEXT) => collect(scriptJson(doc, INSTAGRAM_SELECTORS.embedded), ctx),
  apiPaths: [/instagram\.com\/(api\/graphql|graphql\/query|api\/v1\/(feed|tags|media|fbsearch|clips)\/)/],
};
