import type { RawPost } from '../../model/mention';
import type { Adapter, CaptureContext } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { domText, oneLine } from '../text';
import { asObj, cap, compact, dig, displayCount, str, walkObjects, type Obj } from '../values';

/** linkedin.com feed DOM selectors (2024–2025 markup). */
export const LINKEDIN_SELECTORS = {
  update: '[data-urn^="urn:li:activity:"]',
  text: '.update-components-text, .feed-shared-inline-show-more-text, .feed-shared-update-v2__description',
  actorName: '.update-components-actor__title span[aria-hidden="true"], .update-components-actor__name span[aria-hidden="true"], .update-components-actor__title, .update-components-actor__name',
  actorLink: 'a.update-components-actor__meta-link, a.update-components-actor__container-link, a.update-components-actor__image',
  actorDescription: '.update-components-actor__description span[aria-hidden="true"], .update-components-actor__description',
  reactions: '.social-details-social-counts__reactions-count',
  comments: '.social-details-social-counts__comments',
} as const;

/**
 * When a LinkedIn activity was created: the first 41 bits of its id are milliseconds since
 * the Unix epoch (the id is time-ordered), which the page otherwise shows only as "2d".
 */
export function activityTime(activityId: string): string | undefined {
  if (!/^\d{15,22}$/.test(activityId)) return undefined;
  const ms = Number(BigInt(activityId) >> 22n);
  const d = new Date(ms);
  // Sanity window: LinkedIn activities exist from 2003 on; anything else is not a time-ordered id.
  return ms > Date.UTC(2003, 0, 1) && ms < Date.UTC(2100, 0, 1) ? d.toISOString() : undefined;
}

/** The first element matching the selectors in priority order (not document order). */
function first(el: Element, selectors: string): Element | null {
  for (const sel of selectors.split(', ')) {
    const found = el.querySelector(sel);
    if (found) return found;
  }
  return null;
}

function activityId(urn: string | undefined): string | undefined {
  return urn ? /urn:li:activity:(\d+)/.exec(urn)?.[1] : undefined;
}

function permalink(id: string): string {
  return `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`;
}

/** A Voyager `UpdateV2`-like entity (commentary text, actor name, activity urn) as a post. */
function updateToPost(o: Obj): RawPost | null {
  const urn = str(dig(o, 'updateMetadata', 'urn')) ?? str(o.entityUrn) ?? str(o.urn);
  const id = activityId(urn);
  const text = dig(o, 'commentary', 'text', 'text') ?? dig(o, 'commentary', 'text');
  if (!id || typeof text !== 'string') return null;
  const actor = asObj(o.actor) ?? {};
  const nav = str(dig(actor, 'navigationContext', 'actionTarget'));
  return {
    platform: 'linkedin',
    nativeId: `urn:li:activity:${id}`,
    url: permalink(id),
    text,
    author: compact({
      name: str(dig(actor, 'name', 'text')),
      url: nav?.split('?')[0],
      bio: str(dig(actor, 'description', 'text')),
    }),
    publishedAt: activityTime(id),
    raw: o,
  };
}

function collect(payload: unknown, ctx: CaptureContext): RawPost[] {
  const out: RawPost[] = [];
  walkObjects(payload, (o) => {
    if (!asObj(o.commentary) || !(asObj(o.updateMetadata) || typeof o.entityUrn === 'string')) return;
    const post = updateToPost(o);
    if (post) out.push(post);
    else ctx.skip('update without activity urn or text');
    return true;
  });
  return out;
}

/** LinkedIn: feed updates from the Voyager API JSON and the rendered feed. Hand-made samples only. */
export const linkedinAdapter: Adapter = {
  id: 'linkedin',
  verified: false,
  detect: (url) => /(^|\.)linkedin\.com$/.test(url.hostname),
  fromJson: (payload, _url, ctx = NO_CONTEXT) => collect(payload, ctx),
  fromDocument(doc, url, ctx = NO_CONTEXT) {
    const S = LINKEDIN_SELECTORS;
    const out: RawPost[] = [];
    for (const el of Array.from(doc.querySelectorAll(S.update))) {
      if (el.parentElement?.closest(S.update)) continue;
      const id = activityId(el.getAttribute('data-urn') ?? undefined);
      const textEl = el.querySelector(S.text);
      if (!id || !textEl) {
        ctx.skip('update without id or text');
        continue;
      }
      const href = el.querySelector(S.actorLink)?.getAttribute('href');
      out.push({
        platform: 'linkedin',
        nativeId: `urn:li:activity:${id}`,
        url: permalink(id),
        text: domText(textEl, { imgAlt: true, exclude: 'button' }),
        author: compact({
          name: oneLine(first(el, S.actorName)?.textContent),
          url: href ? new URL(href, 'https://www.linkedin.com').href.split('?')[0] : undefined,
          bio: oneLine(first(el, S.actorDescription)?.textContent),
        }),
        publishedAt: activityTime(id),
        metrics: compact({
          likes: displayCount(el.querySelector(S.reactions)?.textContent),
          replies: displayCount(el.querySelector(S.comments)?.textContent),
        }),
        raw: { html: cap(el.outerHTML), pageUrl: url },
      });
    }
    return out;
  },
  apiPaths: [/linkedin\.com\/voyager\/api\/(feed|graphql|search)/],
};
