import { describe, expect, it } from 'vitest';
import { BodyCollector } from '../../lib/browse/body-collector';
import { MAX_PAYLOAD_CHARS } from '../../lib/browse/hook-message';
import { HOOK_API_PATTERNS } from '../../lib/browse/hook-patterns';
import { BrowseSettingsSchema, platformOrigins, type BrowsePlatform } from '../../lib/browse/browse-settings';
import {
  apiMatchPatterns, apiPathGlob, captureTargetFor, matchesPattern, responseFilterPlan, responseFilterUrls,
} from '../../lib/browse/response-filter-plan';
import { apiPathsByPlatform, isCapturedApiUrl } from '../../lib/capture/registry';

const enc = new TextEncoder();

/** Splits bytes into chunks of `size` (1 splits every multi-byte character). */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

describe('BodyCollector (a copy of the response body, capped like the hook)', () => {
  const body = JSON.stringify({ text: 'Plaça de Catalunya, l’Eixample 🏙️ — ñandú', n: 3 });

  it.each([1, 2, 3, 7, 4096])('rebuilds the exact text from %i-byte chunks (characters split across chunks)', (size) => {
    const c = new BodyCollector();
    for (const ch of chunks(enc.encode(body), size)) expect(c.push(ch)).toBe(true);
    expect(c.finish()).toEqual({ ok: true, text: body });
  });

  it('takes ArrayBuffers as the stream filter delivers them', () => {
    const c = new BodyCollector();
    for (const ch of chunks(enc.encode(body), 5)) {
      const buf = new ArrayBuffer(ch.byteLength);
      new Uint8Array(buf).set(ch);
      c.push(buf);
    }
    expect(c.finish()).toEqual({ ok: true, text: body });
  });

  it.each([
    ['exactly at the cap', 'a'.repeat(10), 10, { ok: true, text: 'a'.repeat(10) }],
    ['one character over', 'a'.repeat(11), 10, { ok: false, reason: 'too-large' }],
    ['the cap counts characters, not bytes', 'ç'.repeat(10), 10, { ok: true, text: 'ç'.repeat(10) }],
    ['an empty body', '', 10, { ok: false, reason: 'empty' }],
  ])('%s', (_name, text, cap, expected) => {
    const c = new BodyCollector(cap);
    for (const ch of chunks(enc.encode(text), 3)) c.push(ch);
    expect(c.finish()).toEqual(expected);
  });

  it('says to stop as soon as the cap is passed, and stays too large', () => {
    const c = new BodyCollector(4);
    expect(c.push(enc.encode('abc'))).toBe(true);
    expect(c.push(enc.encode('de'))).toBe(false);
    expect(c.push(enc.encode(''))).toBe(false);
    expect(c.finish()).toEqual({ ok: false, reason: 'too-large' });
  });

  it('uses the hook’s 5 M character cap by default', () => {
    const piece = enc.encode('x'.repeat(1_000_000));
    const at = new BodyCollector();
    for (let i = 0; i < 5; i++) at.push(piece);
    const got = at.finish();
    expect(got.ok && got.text.length).toBe(MAX_PAYLOAD_CHARS);
    const over = new BodyCollector();
    for (let i = 0; i < 5; i++) over.push(piece);
    over.push(enc.encode('y'));
    expect(over.finish()).toEqual({ ok: false, reason: 'too-large' });
  });

  it('does not throw on bytes that are not UTF-8 (the adapter then finds no JSON)', () => {
    const c = new BodyCollector();
    c.push(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(c.finish()).toEqual({ ok: true, text: '{\uFFFD\uFFFD}' });
  });
});

describe('apiPathGlob (match-pattern path from an API pattern)', () => {
  it.each([
    [/\/i\/api\/graphql\/[^/]+\/(SearchTimeline)\b/, '/i/api/graphql/*'],
    [/^https:\/\/(www\.|old\.)?reddit\.com\/[^?#]*\.json(\?|$)/, '/*'],
    [/\/xrpc\/app\.bsky\.feed\.(searchPosts|getTimeline)(\?|$)/, '/xrpc/app.bsky.feed.*'],
    [/instagram\.com\/(api\/graphql|graphql\/query)/, '/*'],
    [/linkedin\.com\/voyager\/api\/(feed|graphql)/, '/voyager/api/*'],
    [/\/api\/v2\/search(\?|$)/, '/api/v2/search*'],
    [/\/api\/v1\/statuses\/\d+/, '/api/v1/statuses/*'],
    [/\/feeds?\/x/, '/feed*'],
    [/[^/]+\/x/, '/x*'],
    [/no-slash-here/, '/*'],
  ])('%s → %s', (re, glob) => {
    expect(apiPathGlob(re)).toBe(glob);
  });
});

describe('matchesPattern', () => {
  it.each([
    ['https://*.x.com/i/api/graphql/*', 'https://x.com/i/api/graphql/a/SearchTimeline?v=1', true],
    ['https://*.x.com/i/api/graphql/*', 'https://api.x.com/i/api/graphql/a/SearchTimeline', true],
    ['https://*.x.com/i/api/graphql/*', 'https://notx.com/i/api/graphql/a/SearchTimeline', false],
    ['https://*.x.com/i/api/graphql/*', 'http://x.com/i/api/graphql/a/SearchTimeline', false],
    ['https://*.x.com/i/api/graphql/*', 'https://x.com/home?next=/i/api/graphql/', false],
    ['https://*.x.com/*', 'https://x.com/', true],
    ['*://masto.cat/api/v2/search*', 'http://masto.cat/api/v2/search?q=a', true],
    ['https://masto.cat/api/v2/search*', 'https://sub.masto.cat/api/v2/search', false],
    ['https://*.x.com/*', 'not a url', false],
  ])('%s ⊇ %s: %s', (pattern, url, yes) => {
    expect(matchesPattern(pattern, url)).toBe(yes);
  });
});

// Real API addresses per platform, each on a host the user grants for that platform.
const SAMPLES: [BrowsePlatform, string][] = [
  ['x', 'https://x.com/i/api/graphql/AbC123/SearchTimeline?variables=%7B%7D'],
  ['x', 'https://twitter.com/i/api/graphql/AbC123/TweetDetail?variables=%7B%7D'],
  ['reddit', 'https://www.reddit.com/r/barcelona/new.json?limit=100'],
  ['reddit', 'https://old.reddit.com/r/barcelona/comments/abc/x.json'],
  ['bluesky', 'https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=barcelona'],
  ['instagram', 'https://www.instagram.com/api/v1/feed/user/123/'],
  ['instagram', 'https://www.instagram.com/graphql/query'],
  ['youtube', 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false'],
  ['linkedin', 'https://www.linkedin.com/voyager/api/feed/updatesV2?q=feed'],
  ['tiktok', 'https://www.tiktok.com/api/post/item_list/?aid=1988'],
  ['mastodon', 'https://masto.cat/api/v1/timelines/public?limit=20'],
  ['mastodon', 'https://masto.cat/api/v1/statuses/1234/context'],
  ['mastodon', 'https://masto.cat/api/v2/search?q=barcelona&type=statuses'],
];

const everything = BrowseSettingsSchema.parse({
  enabled: ['x', 'reddit', 'mastodon', 'bluesky', 'facebook', 'instagram', 'youtube', 'linkedin', 'tiktok', 'telegram', 'news'],
  mastodonHosts: ['masto.cat'],
  newsDomains: ['elpais.com'],
});
const apiPaths = apiPathsByPlatform();

describe('derived match patterns never miss what the hook would capture', () => {
  it.each(SAMPLES)('%s: %s', (platform, url) => {
    expect(isCapturedApiUrl(url)).toBe(true);
    const urls = platformOrigins(platform, everything).flatMap((o) => apiMatchPatterns(o, apiPaths[platform] ?? []));
    expect(urls.some((p) => matchesPattern(p, url))).toBe(true);
  });

  it('the hook’s pattern list and the per-platform lists used here are the same', () => {
    expect(Object.values(apiPaths).flat().map(String).sort()).toEqual(HOOK_API_PATTERNS.map(String).sort());
  });
});

describe('responseFilterPlan / captureTargetFor', () => {
  const all = responseFilterPlan(everything, () => true, apiPaths);

  it('covers only platforms with page APIs', () => {
    expect(all.map((t) => t.platform).sort()).toEqual(['bluesky', 'instagram', 'linkedin', 'mastodon', 'reddit', 'tiktok', 'x', 'youtube']);
  });

  it.each<[string, BrowsePlatform | null]>([
    ...SAMPLES.map(([p, url]): [string, BrowsePlatform] => [url, p]),
    ['https://x.com/i/api/graphql/AbC123/UserByScreenName?variables=%7B%7D', null],
    ['https://x.com/home', null],
    ['https://www.reddit.com/r/barcelona/', null],
    ['https://masto.cat/api/v1/accounts/verify_credentials', null],
    // Mastodon's API shape on a host the user did not list.
    ['https://mastodon.social/api/v1/timelines/public', null],
    // A logged-in Bluesky feed served by the user's own data server (not a granted host).
    ['https://morel.us-east.host.bsky.network/xrpc/app.bsky.feed.getTimeline', null],
    ['https://example.com/api/data.json', null],
  ])('%s → %s', (url, platform) => {
    expect(captureTargetFor(url, all)).toBe(platform);
  });

  it('leaves out disabled platforms and hosts without permission', () => {
    const s = { ...everything, enabled: ['x', 'mastodon'] as BrowsePlatform[] };
    const plan = responseFilterPlan(s, (o) => o !== 'https://*.twitter.com/*', apiPaths);
    expect(responseFilterUrls(plan).sort()).toEqual([
      'https://*.masto.cat/api/v1/*', 'https://*.masto.cat/api/v2/search*', 'https://*.x.com/i/api/graphql/*',
    ]);
    expect(captureTargetFor('https://x.com/i/api/graphql/A/SearchTimeline', plan)).toBe('x');
    expect(captureTargetFor('https://twitter.com/i/api/graphql/A/SearchTimeline', plan)).toBeNull();
    expect(captureTargetFor('https://www.reddit.com/r/barcelona/new.json', plan)).toBeNull();
  });

  it('is empty when nothing is enabled or nothing is granted', () => {
    expect(responseFilterPlan(BrowseSettingsSchema.parse({}), () => true, apiPaths)).toEqual([]);
    expect(responseFilterPlan(everything, () => false, apiPaths)).toEqual([]);
  });
});
