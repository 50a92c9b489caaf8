import type { RawPost } from '../../model/mention';
import type { Adapter, CaptureContext } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { scriptJson } from '../embedded-json';
import { asObj, compact, count, dig, str, toIso, walkObjects, type Obj } from '../values';

/** Where tiktok.com embeds its server-rendered state. */
export const TIKTOK_SELECTORS = {
  embedded: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__, script#SIGI_STATE, script#__NEXT_DATA__',
} as const;

/** One web `itemStruct` (desc, createTime, author, stats) as a post. */
export function itemToPost(item: Obj): RawPost | null {
  const id = str(item.id);
  const author = asObj(item.author) ?? {};
  const handle = str(author.uniqueId) ?? (typeof item.author === 'string' ? item.author : undefined);
  if (!id || !/^\d+$/.test(id) || typeof item.desc !== 'string' || !handle) return null;
  const stats = asObj(item.statsV2) ?? asObj(item.stats) ?? {};
  return {
    platform: 'tiktok',
    nativeId: id,
    url: `https://www.tiktok.com/@${handle}/video/${id}`,
    text: item.desc,
    author: compact({
      handle,
      name: str(author.nickname) ?? str(item.nickname),
      url: `https://www.tiktok.com/@${handle}`,
      bio: str(author.signature),
      verified: author.verified === true ? true : undefined,
    }),
    publishedAt: toIso(typeof item.createTime === 'string' ? Number(item.createTime) : item.createTime),
    lang: str(item.textLanguage),
    metrics: compact({
      likes: count(stats.diggCount),
      reposts: count(stats.shareCount),
      replies: count(stats.commentCount),
      views: count(stats.playCount),
      followers: count(dig(item, 'authorStats', 'followerCount')),
    }),
    raw: item,
  };
}

function collect(payload: unknown, ctx: CaptureContext): RawPost[] {
  const out: RawPost[] = [];
  walkObjects(payload, (o) => {
    if (!(typeof o.desc === 'string' && 'createTime' in o && 'id' in o)) return;
    const post = itemToPost(o);
    if (post) out.push(post);
    else ctx.skip('item without id, text or author');
    return true;
  });
  return out;
}

/** TikTok: the web app's item lists (`/api/…/item_list`, search) and the embedded rehydration state. */
export const tiktokAdapter: Adapter = {
  id: 'tiktok',
  verified: false,
  detect: (url) => /(^|\.)tiktok\.com$/.test(url.hostname),
  fromJson: (payload, _url, ctx = NO_CONTEXT) => collect(payload, ctx),
  fromDocument: (doc, _url, ctx = NO_CONTEXT) => collect(scriptJson(doc, TIKTOK_SELECTORS.embedded), ctx),
  apiPaths: [/tiktok\.com\/api\/(post\/item_list|recommend\/item_list|search\/(general|item)\/full|challenge\/item_list|item\/detail)\//],
};
