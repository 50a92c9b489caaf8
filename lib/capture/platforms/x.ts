import type { RawPost } from '../../model/mention';
import type { Adapter, CaptureContext } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { decodeMinimalEscapes, domText, oneLine } from '../text';
import { asArr, asObj, cap, compact, count, dig, str, toIso, walkObjects, type Obj } from '../values';

/** x.com DOM selectors (2025 React markup), kept together so a markup change is one edit. */
export const X_SELECTORS = {
  tweet: 'article[data-testid="tweet"]',
  text: '[data-testid="tweetText"]',
  userName: '[data-testid="User-Name"]',
  /** A quoted post is a clickable block inside the article; it is not the article's own post. */
  nested: 'div[role="link"]',
  permalink: 'a[href*="/status/"]',
  verified: '[data-testid="icon-verified"]',
  reply: '[data-testid="reply"]',
  repost: '[data-testid="retweet"]',
  like: '[data-testid="like"]',
  views: 'a[href$="/analytics"]',
  actionGroup: '[role="group"][aria-label]',
  /** Archived pre-2017 twitter.com pages (server-rendered, jQuery era). */
  legacyTweet: '.tweet[data-tweet-id][data-screen-name]',
  legacyText: '.js-tweet-text',
  legacyTime: '._timestamp[data-time]',
  legacyLikes: '.js-stat-favorites [data-tweet-stat-count], .ProfileTweet-action--favorite .ProfileTweet-actionCount[data-tweet-stat-count]',
  legacyReposts: '.js-stat-retweets [data-tweet-stat-count], .ProfileTweet-action--retweet .ProfileTweet-actionCount[data-tweet-stat-count]',
  legacyReplies: '.ProfileTweet-action--reply .ProfileTweet-actionCount[data-tweet-stat-count]',
} as const;

const HOSTS = /(^|\.)(x|twitter)\.com$/;
const LANG_NONE = new Set(['qme', 'zxx', 'und']);

/** Replaces t.co links with the destinations X's entities give; media links are dropped. */
function expandLinks(text: string, entities: unknown): string {
  let out = text;
  for (const u of asArr(dig(entities, 'urls'))) {
    const short = str(dig(u, 'url'));
    const long = str(dig(u, 'expanded_url'));
    if (short && long) out = out.split(short).join(long);
  }
  for (const m of asArr(dig(entities, 'media'))) {
    const short = str(dig(m, 'url'));
    // A media link is the picture itself, shown below the text: not part of what was said.
    if (short) out = out.split(` ${short}`).join('').split(short).join('');
  }
  return out;
}

function userOf(result: Obj): { author: RawPost['author']; followers?: number } {
  const user = asObj(dig(result, 'core', 'user_results', 'result')) ?? {};
  const legacy = asObj(user.legacy) ?? {};
  const handle = str(dig(user, 'core', 'screen_name')) ?? str(legacy.screen_name);
  const name = str(dig(user, 'core', 'name')) ?? str(legacy.name);
  const bio = str(legacy.description) ?? str(dig(user, 'profile_bio', 'description'));
  const verified = user.is_blue_verified === true || legacy.verified === true || dig(user, 'verification', 'verified') === true;
  return {
    author: compact({ handle, name, url: handle ? `https://x.com/${handle}` : undefined, bio, verified: verified || undefined }),
    // 2026 payloads moved counts out of `legacy` into `relationship_counts`.
    followers: count(legacy.followers_count) ?? count(dig(user, 'relationship_counts', 'followers')),
  };
}

/** One GraphQL tweet result (`__typename: "Tweet"`) as a post, or null when it is not one. */
export function tweetToPost(result: Obj): RawPost | null {
  const legacy = asObj(result.legacy);
  const id = str(result.rest_id) ?? str(legacy?.id_str);
  if (!legacy || !id || !/^\d+$/.test(id)) return null;
  const note = asObj(dig(result, 'note_tweet', 'note_tweet_results', 'result'));
  const noteText = typeof note?.text === 'string' ? note.text : undefined;
  const fullText = typeof legacy.full_text === 'string' ? legacy.full_text : undefined;
  if (noteText === undefined && fullText === undefined) return null;
  const text = noteText !== undefined
    ? expandLinks(noteText, note?.entity_set)
    : expandLinks(decodeMinimalEscapes(fullText ?? ''), legacy.entities);
  const { author, followers } = userOf(result);
  const lang = str(legacy.lang);
  return {
    platform: 'x',
    nativeId: id,
    url: `https://x.com/${author?.handle ?? 'i'}/status/${id}`,
    text,
    author,
    publishedAt: toIso(legacy.created_at),
    lang: lang && !LANG_NONE.has(lang) ? lang : undefined,
    metrics: compact({
      likes: count(legacy.favorite_count),
      reposts: count(legacy.retweet_count),
      replies: count(legacy.reply_count),
      quotes: count(legacy.quote_count),
      views: count(dig(result, 'views', 'count')),
      followers,
    }),
    raw: result,
  };
}

/**
 * Finds every tweet in any GraphQL response (timelines, TweetDetail, single entries): walking
 * the tree instead of following one operation's path survives X renaming its roots.
 */
function collectTweets(payload: unknown, ctx: CaptureContext): RawPost[] {
  const out: RawPost[] = [];
  walkObjects(payload, (o) => {
    const type = o.__typename;
    if (type === 'TweetTombstone' || type === 'TweetUnavailable') {
      ctx.skip('tombstone');
      return true;
    }
    if (type === 'Tweet' || (typeof o.rest_id === 'string' && asObj(o.legacy)?.full_text !== undefined)) {
      // A retweet's own text is a truncated "RT @…" copy: the original (nested) is the post.
      if (!asObj(asObj(o.legacy)?.retweeted_status_result)) {
        const post = tweetToPost(o);
        if (post) out.push(post);
        else ctx.skip('tweet without text or id');
      }
    }
  }, 'last-first');
  return out;
}

function leadingNumber(label: string | null | undefined): number | undefined {
  const m = /^\s*([\d.,\s\u00a0]+)/.exec(label ?? '');
  if (!m) return undefined;
  const n = Number(m[1].replace(/[^\d]/g, ''));
  return m[1].replace(/[^\d]/g, '') ? n : undefined;
}

function outside(article: Element, selector: string): Element[] {
  return Array.from(article.querySelectorAll(selector)).filter((e) => !e.closest(X_SELECTORS.nested) || !article.contains(e.closest(X_SELECTORS.nested)));
}

function articleToPost(article: Element, pageUrl: string): RawPost | null {
  const S = X_SELECTORS;
  const timeLink = outside(article, S.permalink).find((a) => a.querySelector('time'));
  const href = timeLink?.getAttribute('href') ?? '';
  const m = /^(?:https?:\/\/[^/]+)?\/([^/]+)\/status\/(\d+)/.exec(href);
  if (!m) return null;
  const [, handle, id] = m;
  const textEls = outside(article, S.text);
  // Tweet text is pre-wrap with inline wrappers around mentions and links: read it verbatim.
  const text = textEls.map((e) => domText(e, { imgAlt: true, preformatted: true })).join('\n');
  const nameBox = outside(article, S.userName)[0];
  const name = oneLine(nameBox?.querySelector('a[role="link"] span, span')?.textContent);
  const group = article.querySelector(S.actionGroup)?.getAttribute('aria-label') ?? '';
  const fromGroup = (word: RegExp): number | undefined => {
    const g = new RegExp(`(\\d[\\d.,]*)\\s+${word.source}`, 'i').exec(group);
    return g ? Number(g[1].replace(/[^\d]/g, '')) : undefined;
  };
  const lang = textEls[0]?.getAttribute('lang') ?? undefined;
  return {
    platform: 'x',
    nativeId: id,
    url: `https://x.com/${handle}/status/${id}`,
    text,
    author: compact({
      handle,
      name: name || undefined,
      url: `https://x.com/${handle}`,
      verified: nameBox?.querySelector(S.verified) ? true : undefined,
    }),
    publishedAt: toIso(timeLink?.querySelector('time')?.getAttribute('datetime')),
    lang: lang && !LANG_NONE.has(lang) ? lang : undefined,
    metrics: compact({
      replies: leadingNumber(article.querySelector(S.reply)?.getAttribute('aria-label')),
      reposts: leadingNumber(article.querySelector(S.repost)?.getAttribute('aria-label')),
      likes: leadingNumber(article.querySelector(S.like)?.getAttribute('aria-label')),
      views: leadingNumber(article.querySelector(S.views)?.getAttribute('aria-label')) ?? fromGroup(/views?/),
    }),
    raw: { html: cap(article.outerHTML), pageUrl },
  };
}

function legacyToPost(el: Element, pageUrl: string): RawPost | null {
  const S = X_SELECTORS;
  const id = el.getAttribute('data-tweet-id') ?? '';
  const handle = el.getAttribute('data-screen-name') ?? '';
  const textEl = el.querySelector(S.legacyText);
  if (!/^\d+$/.test(id) || !/^\w{1,50}$/.test(handle) || !textEl) return null;
  const stat = (sel: string) => count(el.querySelector(sel)?.getAttribute('data-tweet-stat-count') ?? undefined);
  const seconds = Number(el.querySelector(S.legacyTime)?.getAttribute('data-time'));
  const lang = textEl.getAttribute('lang') ?? undefined;
  return {
    platform: 'x',
    nativeId: id,
    url: `https://x.com/${handle}/status/${id}`,
    text: domText(textEl, { imgAlt: true }),
    author: compact({ handle, name: oneLine(el.getAttribute('data-name')), url: `https://x.com/${handle}` }),
    publishedAt: seconds > 0 ? toIso(seconds) : undefined,
    lang: lang && !LANG_NONE.has(lang) ? lang : undefined,
    metrics: compact({ likes: stat(S.legacyLikes), reposts: stat(S.legacyReposts), replies: stat(S.legacyReplies) }),
    raw: { html: cap(el.outerHTML), pageUrl },
  };
}

/** X / Twitter: GraphQL timeline JSON first, the rendered `article[data-testid=tweet]` as fallback. */
export const xAdapter: Adapter = {
  id: 'x',
  verified: true,
  detect: (url) => HOSTS.test(url.hostname),
  fromJson: (payload, _url, ctx = NO_CONTEXT) => collectTweets(payload, ctx),
  fromDocument(doc, url, ctx = NO_CONTEXT) {
    const out: RawPost[] = [];
    for (const article of Array.from(doc.querySelectorAll(X_SELECTORS.tweet))) {
      const post = articleToPost(article, url);
      if (post) out.push(post);
      else ctx.skip('tweet article without permalink');
    }
    for (const el of Array.from(doc.querySelectorAll(X_SELECTORS.legacyTweet))) {
      if (el.parentElement?.closest(X_SELECTORS.legacyTweet)) continue;
      const post = legacyToPost(el, url);
      if (post) out.push(post);
      else ctx.skip('legacy tweet without id or text');
    }
    return out;
  },
  apiPaths: [/\/i\/api\/graphql\/[^/]+\/(SearchTimeline|TweetDetail|UserTweets|UserTweetsAndReplies|HomeTimeline|HomeLatestTimeline|ListLatestTweetsTimeline|TweetResultByRestId|Bookmarks|Likes|UserMedia|CommunityTweetsTimeline)\b/],
};
