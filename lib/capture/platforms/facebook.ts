import type { RawPost } from '../../model/mention';
import type { Adapter } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { domText, oneLine } from '../text';
import { asObj, cap, compact, displayCount, str, toIso } from '../values';

/** m.facebook.com / mbasic selectors (server-rendered HTML, 2021). */
export const FACEBOOK_SELECTORS = {
  story: '[data-ft*="top_level_post_id"]',
  paragraphs: 'p',
  author: 'h3 strong a, h3 a, strong a',
  comment: '[data-sigil="comment"], [data-sigil*="comment-body"]',
  reactions: '[data-sigil="reactions-sentence-container"], .like_def',
  verified: '[aria-label="Verified Page"], [aria-label="Verified account"]',
} as const;

function parseFt(el: Element): Record<string, unknown> | undefined {
  try {
    return asObj(JSON.parse(el.getAttribute('data-ft') ?? ''));
  } catch {
    return undefined;
  }
}

/** `publish_time` hides in `page_insights.<page>.post_context`: the only machine-readable date. */
function publishTime(ft: Record<string, unknown>): string | undefined {
  const insights = asObj(ft.page_insights);
  for (const v of Object.values(insights ?? {})) {
    const t = asObj(asObj(v)?.post_context)?.publish_time;
    const iso = toIso(typeof t === 'string' ? Number(t) : t);
    if (iso) return iso;
  }
  return undefined;
}

/** Facebook: the basic mobile site's stories (`data-ft` with the post id). Desktop React is not parsed. */
export const facebookAdapter: Adapter = {
  id: 'facebook',
  verified: true,
  detect: (url) => /(^|\.)facebook\.com$/.test(url.hostname),
  fromDocument(doc, url, ctx = NO_CONTEXT) {
    const S = FACEBOOK_SELECTORS;
    const out: RawPost[] = [];
    const seen = new Set<string>();
    for (const el of Array.from(doc.querySelectorAll(S.story))) {
      // An inner element repeating the post id belongs to the outer story.
      if (el.parentElement?.closest(S.story)) continue;
      const ft = parseFt(el);
      const postId = str(ft?.top_level_post_id) ?? (typeof ft?.top_level_post_id === 'number' ? String(ft.top_level_post_id) : undefined);
      const owner = ft ? String(ft.content_owner_id_new ?? ft.page_id ?? '') : '';
      if (!ft || !postId || !/^\d+$/.test(postId)) {
        ctx.skip('story without post id');
        continue;
      }
      if (seen.has(postId)) continue;
      seen.add(postId);
      const paragraphs = Array.from(el.querySelectorAll(S.paragraphs)).filter((p) => !p.closest(S.comment));
      const authorLink = el.querySelector(S.author);
      const authorHref = authorLink?.getAttribute('href');
      let authorUrl: string | undefined;
      try {
        authorUrl = authorHref ? new URL(authorHref.split('?')[0], 'https://www.facebook.com').href : undefined;
      } catch {
        authorUrl = undefined;
      }
      const reactions = Array.from(el.querySelectorAll('a, span, div'))
        .map((e) => e.textContent ?? '')
        .find((t) => /^\s*[\d.,]+[KkMm]?\s+(likes?|reactions?)\s*$/i.test(t));
      const shares = Array.from(el.querySelectorAll('a, span'))
        .map((e) => e.textContent ?? '')
        .find((t) => /^\s*[\d.,]+[KkMm]?\s+shares?\s*$/i.test(t));
      out.push({
        platform: 'facebook',
        nativeId: owner ? `${owner}_${postId}` : postId,
        url: owner ? `https://www.facebook.com/${owner}/posts/${postId}` : `https://www.facebook.com/${postId}`,
        text: paragraphs.map((p) => domText(p, { imgAlt: true })).filter(Boolean).join('\n\n'),
        author: compact({
          name: oneLine(authorLink?.textContent),
          url: authorUrl,
          verified: el.querySelector(S.verified) ? true : undefined,
        }),
        publishedAt: publishTime(ft),
        metrics: compact({ likes: displayCount(reactions), reposts: displayCount(shares) }),
        raw: { html: cap(el.outerHTML), pageUrl: url },
      });
    }
    return out;
  },
};
