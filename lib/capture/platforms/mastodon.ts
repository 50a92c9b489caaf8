import type { RawPost } from '../../model/mention';
import type { Adapter, CaptureContext } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { domText, htmlToText, oneLine } from '../text';
import { asObj, cap, compact, count, str, toIso, walkObjects, type Obj } from '../values';

/** Mastodon web UI selectors (4.x React markup; also the older server-rendered `.status`). */
export const MASTODON_SELECTORS = {
  /** Markers that a page is a Mastodon instance, whatever its host. */
  app: '#mastodon, script#initial-state, meta[name="application-name"][content="Mastodon" i]',
  status: '.status[data-id], .detailed-status',
  content: '.status__content__text, .status__content',
  spoiler: '.status__content .spoiler-input, .status__content p.spoiler',
  displayName: '.display-name__html',
  account: '.display-name__account',
  time: 'time[datetime]',
  permalink: 'a.status__relative-time, a.detailed-status__datetime',
} as const;

function handleOf(account: Obj): string | undefined {
  const acct = str(account.acct);
  if (!acct) return undefined;
  if (acct.includes('@')) return acct;
  // Local accounts carry no domain in `acct`; their profile URL has the home instance.
  try {
    return `${acct}@${new URL(str(account.url) ?? '').hostname}`;
  } catch {
    return acct;
  }
}

/** One Mastodon API Status entity as a post (a boost yields the boosted status). */
export function statusToPost(status: Obj): RawPost | null {
  const s = asObj(status.reblog) ?? status;
  // Trimmed samples and some servers omit `uri`; the origin permalink `url` is the next stable id.
  const uri = str(s.uri) ?? str(s.url);
  const content = typeof s.content === 'string' ? s.content : undefined;
  if (!uri || content === undefined) return null;
  const account = asObj(s.account) ?? {};
  const handle = handleOf(account);
  const note = typeof account.note === 'string' && account.note ? htmlToText(account.note) : undefined;
  return {
    platform: 'mastodon',
    // The ActivityPub id is the same on every instance; the local `id` is not.
    nativeId: uri,
    url: str(s.url) ?? uri,
    text: htmlToText(content),
    title: str(s.spoiler_text),
    author: compact({
      handle,
      name: str(account.display_name) ?? str(account.username),
      url: str(account.url),
      bio: note?.slice(0, 2000),
    }),
    publishedAt: toIso(s.created_at),
    lang: str(s.language),
    metrics: compact({
      likes: count(s.favourites_count),
      reposts: count(s.reblogs_count),
      replies: count(s.replies_count),
      quotes: count(s.quotes_count),
      followers: count(account.followers_count),
    }),
    raw: s,
  };
}

function looksLikeStatus(o: Obj): boolean {
  return typeof o.content === 'string' && asObj(o.account) !== undefined && 'created_at' in o;
}

function collectStatuses(payload: unknown, ctx: CaptureContext): RawPost[] {
  const out: RawPost[] = [];
  walkObjects(payload, (o) => {
    if (!looksLikeStatus(o)) return;
    const post = statusToPost(o);
    if (post) out.push(post);
    else ctx.skip('status without uri or url');
    // A quote's quoted status is a post of its own; nothing else inside a status is.
    const quoted = asObj(asObj((asObj(o.reblog) ?? o).quote)?.quoted_status);
    return quoted ? [quoted] : true;
  }, 'last-first');
  return out;
}

/**
 * The federated URI of a status from its permalink, when the link follows Mastodon's own
 * scheme on the origin instance (`https://host/@user/123` → `https://host/users/user/statuses/123`).
 * A local route for a remote status (`/@user@other.host/123`) has only a local id: no URI.
 */
export function uriFromPermalink(href: string): { uri?: string; url: string } | null {
  try {
    const u = new URL(href);
    const m = /^\/@([^/@]+)\/(\d+)\/?$/.exec(u.pathname);
    if (m) return { uri: `https://${u.host}/users/${m[1]}/statuses/${m[2]}`, url: `https://${u.host}/@${m[1]}/${m[2]}` };
    return { url: u.href };
  } catch {
    return null;
  }
}

function statusElementToPost(el: Element, pageUrl: string): RawPost | null {
  const S = MASTODON_SELECTORS;
  const link = el.querySelector(S.permalink)?.getAttribute('href');
  if (!link) return null;
  const where = uriFromPermalink(new URL(link, pageUrl).href);
  if (!where) return null;
  const contentEl = el.querySelector(S.content);
  if (!contentEl) return null;
  const acct = el.querySelector(S.account)?.textContent?.trim().replace(/^@/, '');
  const accountLink = el.querySelector('a.status__display-name, a.detailed-status__display-name')?.getAttribute('href');
  return {
    platform: 'mastodon',
    nativeId: where.uri,
    url: where.url,
    text: domText(contentEl, { imgAlt: true, exclude: '.status__content__spoiler-link, button' }),
    author: compact({
      handle: acct || undefined,
      name: oneLine(el.querySelector(S.displayName)?.textContent),
      url: accountLink ? new URL(accountLink, pageUrl).href : undefined,
    }),
    publishedAt: toIso(el.querySelector(S.time)?.getAttribute('datetime')),
    lang: contentEl.getAttribute('lang') ?? el.querySelector('[lang]')?.getAttribute('lang') ?? undefined,
    raw: { html: cap(el.outerHTML), pageUrl },
  };
}

/** Mastodon (any instance): REST API JSON (`/api/v1/…`, `/api/v2/search`), rendered statuses as fallback. */
export const mastodonAdapter: Adapter = {
  id: 'mastodon',
  verified: true,
  detect(url, doc) {
    if (/^\/api\/v[12]\/(timelines|statuses|search|accounts\/[^/]+\/statuses|trends\/statuses|notifications)/.test(url.pathname)) return true;
    return doc ? doc.querySelector(MASTODON_SELECTORS.app) !== null : false;
  },
  fromJson: (payload, _url, ctx = NO_CONTEXT) => collectStatuses(payload, ctx),
  fromDocument(doc, url, ctx = NO_CONTEXT) {
    const out: RawPost[] = [];
    for (const el of Array.from(doc.querySelectorAll(MASTODON_SELECTORS.status))) {
      const post = statusElementToPost(el, url);
      if (post) out.push(post);
      else ctx.skip('status element without permalink or content');
    }
    return out;
  },
  apiPaths: [/\/api\/v1\/(timelines\/[^?]+|statuses\/\d+(\/context)?|accounts\/\d+\/statuses|trends\/statuses|notifications)(\?|$)/, /\/api\/v2\/search(\?|$)/],
};
