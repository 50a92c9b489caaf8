import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, apiPathsByPlatform, isCapturedApiUrl, pickAdapter, type CapturePlatform } from '../../lib/capture/registry';
import { PLATFORMS } from '../../lib/model/taxonomy';
import { htmlResult, jsonResult, LOCAL, SHARED } from './helpers';

const README = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');

/** At least one fixture per adapter (real where one exists), with the URL it came from. */
const FIXTURES: Record<CapturePlatform, { file: string; url: string }[]> = {
  x: [
    { file: `${SHARED}/x-twitter/twscrape/raw_search.json`, url: 'https://x.com/i/api/graphql/q/SearchTimeline' },
    { file: `${SHARED}/x-twitter/tweetyoink-dom-html/x-tweet-sample.html`, url: 'https://x.com/home' },
  ],
  reddit: [
    { file: `${SHARED}/reddit/praw/listing_r-popular_hot_2026.json`, url: 'https://www.reddit.com/r/popular/hot.json?raw_json=1' },
    { file: `${SHARED}/reddit/postlight-html/www.reddit.com_post_2019.html`, url: 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/x/' },
  ],
  mastodon: [{ file: `${SHARED}/mastodon/rtoot/timeline_public_fosstodon.json`, url: 'https://fosstodon.org/api/v1/timelines/public' }],
  bluesky: [{ file: `${SHARED}/bluesky/bskyr/getTimeline.json`, url: 'https://bsky.social/xrpc/app.bsky.feed.getTimeline' }],
  facebook: [{ file: `${SHARED}/others/facebook-mbasic-html/m.facebook.com_Nintendo_posts_list_2021.html`, url: 'https://m.facebook.com/Nintendo/posts/' }],
  instagram: [{ file: `${LOCAL}/instagram/user-timeline.json`, url: 'https://www.instagram.com/graphql/query' }],
  youtube: [{ file: `${LOCAL}/youtube/watch-page.html`, url: 'https://www.youtube.com/watch?v=Hm4nD0Mad3A' }],
  linkedin: [{ file: `${LOCAL}/linkedin/feed.html`, url: 'https://www.linkedin.com/feed/' }],
  tiktok: [{ file: `${LOCAL}/tiktok/item-list.json`, url: 'https://www.tiktok.com/api/post/item_list/' }],
  telegram: [{ file: `${SHARED}/others/telegram-tme-preview-html/full.html`, url: 'https://t.me/s/topwar_official' }],
  news: [{ file: `${SHARED}/news-articles/bbc-1/source.html`, url: 'https://www.bbc.com/news/world-us-canada-33646542' }],
};

const platformsBlock = README.slice(README.indexOf('<!-- platforms:start -->'), README.indexOf('<!-- platforms:end -->'));

describe('registry meta-test', () => {
  it('registers every platform except manual-only `web`', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual(PLATFORMS.filter((p) => p !== 'web').sort());
    for (const [id, adapter] of Object.entries(ADAPTERS)) expect(adapter.id).toBe(id);
  });

  it.each(Object.keys(ADAPTERS) as CapturePlatform[])('%s has a fixture that it parses, and a README row', (id) => {
    const fixtures = FIXTURES[id];
    expect(fixtures.length).toBeGreaterThan(0);
    for (const { file, url } of fixtures) {
      expect(existsSync(file)).toBe(true);
      const text = readFileSync(file, 'utf8');
      const r = file.endsWith('.json') ? jsonResult(text, url) : htmlResult(text, url);
      expect(r.platform).toBe(id);
      expect(r.parsed).toBeGreaterThan(0);
    }
    expect(platformsBlock).toMatch(new RegExp(`^\\| \`${id}\` `, 'm'));
    // An unverified adapter must say so in its README row.
    const row = platformsBlock.split('\n').find((l) => l.startsWith(`| \`${id}\` `)) ?? '';
    expect(row.includes('**no**')).toBe(!ADAPTERS[id].verified);
  });
});

describe('adapter choice and the page-world hook', () => {
  it.each([
    ['https://x.com/search?q=barcelona', 'x'],
    ['https://twitter.com/bcn_ajuntament', 'x'],
    ['https://old.reddit.com/r/barcelona/', 'reddit'],
    ['https://bsky.app/profile/x.bsky.social', 'bluesky'],
    ['https://m.facebook.com/barcelona', 'facebook'],
    ['https://www.instagram.com/barcelona/', 'instagram'],
    ['https://www.youtube.com/watch?v=Hm4nD0Mad3A', 'youtube'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.tiktok.com/@x', 'tiktok'],
    ['https://t.me/s/barcelona', 'telegram'],
    ['https://masto.cat/api/v1/timelines/tag/barcelona', 'mastodon'],
  ])('%s → %s', (url, id) => {
    expect(pickAdapter(url)?.id).toBe(id);
  });

  it('claims nothing for an ordinary page or a bad URL', () => {
    expect(pickAdapter('https://example.com/')).toBeNull();
    expect(pickAdapter('not a url')).toBeNull();
  });

  it.each([
    ['https://x.com/i/api/graphql/AbC123/SearchTimeline?variables=%7B%7D', true],
    ['https://x.com/i/api/graphql/AbC123/TweetDetail?variables=%7B%7D', true],
    ['https://x.com/i/api/graphql/AbC123/UserByScreenName?variables=%7B%7D', false],
    ['https://masto.cat/api/v1/timelines/public?limit=20', true],
    ['https://masto.cat/api/v2/search?q=barcelona&type=statuses', true],
    ['https://masto.cat/api/v1/accounts/verify_credentials', false],
    ['https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=barcelona', true],
    ['https://bsky.social/xrpc/app.bsky.actor.getProfile?actor=x', false],
    ['https://www.youtube.com/youtubei/v1/next?prettyPrint=false', true],
    ['https://www.reddit.com/r/barcelona/new.json?limit=100', true],
    ['https://www.tiktok.com/api/post/item_list/?aid=1988', true],
    ['https://www.linkedin.com/voyager/api/feed/updatesV2?q=feed', true],
    ['https://www.instagram.com/api/v1/feed/user/123/', true],
    ['https://example.com/api/data.json', false],
  ])('hook hands over %s: %s', (url, yes) => {
    expect(isCapturedApiUrl(url)).toBe(yes);
  });

  it('lists API paths only for platforms that have page APIs', () => {
    const paths = apiPathsByPlatform();
    expect(Object.keys(paths).sort()).toEqual(['bluesky', 'instagram', 'linkedin', 'mastodon', 'reddit', 'tiktok', 'x', 'youtube']);
  });
});
