import type { RawPost } from '../../model/mention';
import type { Adapter, CaptureContext } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { decodeMinimalEscapes, domText, oneLine } from '../text';
import { asObj, cap, compact, count, displayCount, str, toIso, walkObjects, type Obj } from '../values';

/** reddit.com DOM selectors: today's "shreddit" web components, old.reddit, and 2019-era React. */
export const REDDIT_SELECTORS = {
  shredditPost: 'shreddit-post',
  shredditComment: 'shreddit-comment',
  shredditBody: '[slot="text-body"]',
  shredditCommentBody: '[slot="comment"]',
  oldThing: '.thing[data-fullname]',
  oldTitle: 'a.title',
  oldBody: '.usertext-body .md',
  react2019Post: '[data-testid="post-container"][id^="t3_"]',
  react2019Title: 'h1, h3',
  react2019Author: 'a[data-testid="post_author_link"]',
  react2019Body: '[data-click-id="text"]',
  react2019Comments: 'a[data-click-id="comments"]',
} as const;

const BASE = 'https://www.reddit.com';
const GONE = new Set(['[deleted]', '[removed]']);

function permalink(p: unknown): string | undefined {
  const s = str(p);
  if (!s) return undefined;
  try {
    return new URL(s, BASE).href;
  } catch {
    return undefined;
  }
}

/** Comments in older listings carry no `permalink`; Reddit resolves this form to the comment. */
function commentPermalink(data: Obj): string | undefined {
  const link = str(data.link_id)?.replace(/^t3_/, '');
  const id = str(data.id);
  const sub = str(data.subreddit);
  if (!link || !id) return undefined;
  return `${BASE}/${sub ? `r/${sub}/` : ''}comments/${link}/_/${id}/`;
}

function authorOf(name: unknown): RawPost['author'] {
  const a = str(name);
  if (!a || GONE.has(a)) return undefined;
  return { handle: a, name: a, url: `${BASE}/user/${a}` };
}

/** One Reddit Thing (`t3` post or `t1` comment) as a post; escaped text is decoded unless `raw_json=1`. */
export function thingToPost(kind: string, data: Obj, rawJson: boolean): RawPost | null {
  const decode = (s: string): string => (rawJson ? s : decodeMinimalEscapes(s));
  const fullname = str(data.name) ?? (str(data.id) ? `${kind}_${str(data.id)}` : undefined);
  const url = permalink(data.permalink) ?? commentPermalink(data);
  if (!fullname || !url) return null;
  const body = kind === 't3' ? data.selftext : data.body;
  if (typeof body !== 'string') return null;
  // A deleted comment has nothing left to read; a deleted post still has its title.
  if (kind === 't1' && GONE.has(body)) return null;
  const title = kind === 't3' && typeof data.title === 'string' ? decode(data.title) : undefined;
  return {
    platform: 'reddit',
    nativeId: fullname,
    url,
    text: GONE.has(body) ? '' : decode(body),
    title,
    author: authorOf(data.author),
    publishedAt: toIso(data.created_utc),
    metrics: compact({
      likes: count(data.score) ?? count(data.ups),
      replies: count(data.num_comments),
      reposts: count(data.num_crossposts),
    }),
    raw: data,
  };
}

function collectThings(payload: unknown, rawJson: boolean, ctx: CaptureContext): RawPost[] {
  const out: RawPost[] = [];
  walkObjects(payload, (o) => {
    const data = asObj(o.data);
    if (!((o.kind === 't3' || o.kind === 't1') && data)) return;
    const post = thingToPost(o.kind, data, rawJson);
    if (post) out.push(post);
    else ctx.skip('deleted or incomplete thing');
    // Comments nest their replies as a Listing inside `data.replies`.
    return [data.replies];
  }, 'last-first');
  return out;
}

function attr(el: Element, name: string): string | undefined {
  return el.getAttribute(name) ?? undefined;
}

function shredditToPost(el: Element, pageUrl: string): RawPost | null {
  const isPost = el.tagName.toLowerCase() === 'shreddit-post';
  const id = attr(el, isPost ? 'id' : 'thingid') ?? attr(el, 'id');
  const url = permalink(attr(el, 'permalink') ?? attr(el, 'content-href'));
  if (!id || !/^t[13]_/.test(id) || !url) return null;
  const bodyEl = el.querySelector(isPost ? REDDIT_SELECTORS.shredditBody : REDDIT_SELECTORS.shredditCommentBody);
  return {
    platform: 'reddit',
    nativeId: id,
    url,
    text: bodyEl ? domText(bodyEl) : '',
    title: isPost ? attr(el, 'post-title') : undefined,
    author: authorOf(attr(el, 'author')),
    publishedAt: toIso(attr(el, 'created-timestamp') ?? attr(el, 'created')),
    metrics: compact({ likes: count(attr(el, 'score')), replies: count(attr(el, 'comment-count')) }),
    raw: { html: cap(el.outerHTML), pageUrl },
  };
}

function oldThingToPost(el: Element, pageUrl: string): RawPost | null {
  const id = attr(el, 'data-fullname');
  const url = permalink(attr(el, 'data-permalink'));
  if (!id || !/^t[13]_/.test(id) || !url) return null;
  const body = el.querySelector(REDDIT_SELECTORS.oldBody);
  const ms = Number(attr(el, 'data-timestamp'));
  return {
    platform: 'reddit',
    nativeId: id,
    url,
    text: body ? domText(body) : '',
    title: id.startsWith('t3_') ? oneLine(el.querySelector(REDDIT_SELECTORS.oldTitle)?.textContent) : undefined,
    author: authorOf(attr(el, 'data-author')),
    publishedAt: Number.isFinite(ms) && ms > 0 ? toIso(ms, 'ms') : undefined,
    metrics: compact({ likes: count(attr(el, 'data-score')), replies: count(attr(el, 'data-comments-count')) }),
    raw: { html: cap(el.outerHTML), pageUrl },
  };
}

function react2019ToPost(el: Element, pageUrl: string): RawPost | null {
  const S = REDDIT_SELECTORS;
  const id = el.id;
  const url = permalink(el.querySelector(S.react2019Comments)?.getAttribute('href'));
  if (!url) return null;
  const body = el.querySelector(S.react2019Body);
  const author = el.querySelector(S.react2019Author)?.textContent?.trim().replace(/^u\//, '');
  return {
    platform: 'reddit',
    nativeId: id,
    url,
    text: body ? domText(body) : '',
    title: oneLine(el.querySelector(S.react2019Title)?.textContent),
    author: authorOf(author),
    metrics: compact({
      likes: displayCount(el.querySelector(`#vote-arrows-${id}`)?.textContent),
      replies: displayCount(el.querySelector(S.react2019Comments)?.textContent),
    }),
    raw: { html: cap(el.outerHTML), pageUrl },
  };
}

/** Reddit: `.json` listings and comment trees, then shreddit / old.reddit / 2019 DOM. */
export const redditAdapter: Adapter = {
  id: 'reddit',
  verified: true,
  detect: (url) => /(^|\.)reddit\.com$/.test(url.hostname),
  fromJson(payload, url, ctx = NO_CONTEXT) {
    let rawJson = false;
    try {
      rawJson = new URL(url).searchParams.get('raw_json') === '1';
    } catch {
      rawJson = false;
    }
    return collectThings(payload, rawJson, ctx);
  },
  fromDocument(doc, url, ctx = NO_CONTEXT) {
    const S = REDDIT_SELECTORS;
    const out: RawPost[] = [];
    const run = (selector: string, map: (el: Element, u: string) => RawPost | null): void => {
      for (const el of Array.from(doc.querySelectorAll(selector))) {
        const post = map(el, url);
        if (post) out.push(post);
        else ctx.skip('reddit element without id or permalink');
      }
    };
    run(`${S.shredditPost}, ${S.shredditComment}`, shredditToPost);
    run(S.oldThing, oldThingToPost);
    run(S.react2019Post, react2019ToPost);
    return out;
  },
  apiPaths: [/^https:\/\/(www\.|old\.|new\.)?reddit\.com\/[^?#]*\.json(\?|$)/],
};
