import type { RawPost } from '../../model/mention';
import type { Adapter } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { domText, oneLine } from '../text';
import { cap, compact, displayCount, toIso } from '../values';

/** t.me/s/<channel> public preview selectors (server-rendered, no JSON on the page). */
export const TELEGRAM_SELECTORS = {
  message: '.tgme_widget_message[data-post]',
  text: '.tgme_widget_message_text',
  owner: '.tgme_widget_message_owner_name',
  date: 'a.tgme_widget_message_date',
  views: '.tgme_widget_message_views',
  channelDescription: '.tgme_channel_info_description',
  channelCounter: '.tgme_channel_info_counter',
} as const;

function channelFollowers(doc: Document): number | undefined {
  for (const c of Array.from(doc.querySelectorAll(TELEGRAM_SELECTORS.channelCounter))) {
    const type = c.querySelector('.counter_type')?.textContent ?? '';
    if (/subscriber|member/i.test(type)) return displayCount(c.querySelector('.counter_value')?.textContent);
  }
  return undefined;
}

/** Telegram public channels: the `t.me/s/…` web preview, one post per `.tgme_widget_message`. */
export const telegramAdapter: Adapter = {
  id: 'telegram',
  verified: true,
  detect: (url, doc) =>
    /^(t\.me|telegram\.me)$/.test(url.hostname) || (doc?.querySelector(TELEGRAM_SELECTORS.message) ?? null) !== null,
  fromDocument(doc, url, ctx = NO_CONTEXT) {
    const S = TELEGRAM_SELECTORS;
    const bioEl = doc.querySelector(S.channelDescription);
    const bio = bioEl ? domText(bioEl, { imgAlt: true }) : undefined;
    const followers = channelFollowers(doc);
    const out: RawPost[] = [];
    for (const el of Array.from(doc.querySelectorAll(S.message))) {
      const post = el.getAttribute('data-post') ?? '';
      const m = /^([A-Za-z0-9_]{3,64})\/(\d+)$/.exec(post);
      if (!m) {
        ctx.skip('message without channel/id');
        continue;
      }
      const [, channel, id] = m;
      const textEl = el.querySelector(S.text);
      const owner = el.querySelector(S.owner);
      out.push({
        platform: 'telegram',
        nativeId: `${channel}/${id}`,
        url: `https://t.me/${channel}/${id}`,
        text: textEl ? domText(textEl, { imgAlt: true }) : '',
        author: compact({
          handle: channel,
          name: oneLine(owner?.textContent),
          url: `https://t.me/${channel}`,
          bio: bio || undefined,
        }),
        publishedAt: toIso(el.querySelector(`${S.date} time[datetime]`)?.getAttribute('datetime')),
        metrics: compact({ views: displayCount(el.querySelector(S.views)?.textContent), followers }),
        raw: { html: cap(el.outerHTML), pageUrl: url },
      });
    }
    return out;
  },
};
