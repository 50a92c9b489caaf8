import { describe, expect, it } from 'vitest';
import { expandFacetLinks } from '../../lib/capture/platforms/bluesky';
import { allValid, byId, jsonResult, readShared } from './helpers';

const XRPC = (m: string) => `https://public.api.bsky.app/xrpc/${m}`;

describe('Bluesky XRPC JSON', () => {
  it('searchPosts: posts with at-uri ids, bsky.app permalinks, counts and languages', () => {
    const r = jsonResult(readShared('bluesky/bskyr/searchPosts_redistricting.json'), XRPC('app.bsky.feed.searchPosts?q=redistricting'));
    expect(r.platform).toBe('bluesky');
    expect(r.parsed).toBe(26);
    expect(allValid(r.posts)).toBe(true);
    const p = byId(r.posts, 'at://did:plc:s7savtl25cqhm3ddqc7jeljx/app.bsky.feed.post/3lpk2r5h5ec2j');
    expect(p).toMatchObject({
      url: 'https://bsky.app/profile/cjtackett.bsky.social/post/3lpk2r5h5ec2j',
      author: { handle: 'cjtackett.bsky.social', name: 'Chris Tackett' },
      publishedAt: '2025-05-19T17:08:27.677Z',
      lang: 'en',
    });
    expect(p.text.startsWith('I dove into the RIDICULOUS op-ed')).toBe(true);
    // The shortened link shown in the text is replaced by the facet's full URI.
    expect(p.text.endsWith('https://open.substack.com/pub/christackett/p/the-pawn-or-the-collaborator?r=92vnq&utm_medium=ios')).toBe(true);
  });

  it('getAuthorFeed: deleted parents are counted as skipped, each post appears once', () => {
    const r = jsonResult(readShared('bluesky/bskyr/getAuthorFeed.json'), XRPC('app.bsky.feed.getAuthorFeed'));
    expect(r.parsed).toBe(80);
    expect(r.reasons['deleted or blocked post']).toBe(6);
    expect(new Set(r.posts.map((p) => p.nativeId)).size).toBe(r.posts.length);
  });

  it('getPostThread and raw records (no author profile, timezone-less createdAt)', () => {
    const thread = jsonResult(readShared('bluesky/bskyr/getPostThread.json'), XRPC('app.bsky.feed.getPostThread'));
    expect(thread.posts[0]).toMatchObject({
      nativeId: 'at://did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/app.bsky.feed.post/3k7qmjev5lr2s',
      publishedAt: '2023-09-19T11:32:54.574Z',
      metrics: { likes: 4, reposts: 0, replies: 0, quotes: 0 },
    });
    const extended = jsonResult(readShared('bluesky/marshalx-atproto/extended_post_record.json'), XRPC('com.atproto.repo.getRecord'));
    expect(extended.posts[0].publishedAt).toBe('2023-07-21T01:33:51.481Z');
    expect(extended.posts[0].url).toMatch(/^https:\/\/bsky\.app\/profile\/did:plc:[a-z0-9]+\/post\//);
  });

  it('an empty-text post with a quote embed yields the post and the quoted post', () => {
    const r = jsonResult(readShared('bluesky/marshalx-atproto/thread_view_post_with_embed_media.json'), XRPC('app.bsky.feed.getPostThread'));
    expect(r.parsed).toBe(2);
    expect(r.posts.some((p) => p.text === '')).toBe(true);
  });

  it('facet byte offsets are UTF-8 bytes, not UTF-16 units', () => {
    const text = 'Sagrada Família 🏛️ example.com/a...';
    const start = new TextEncoder().encode('Sagrada Família 🏛️ ').length;
    const end = new TextEncoder().encode(text).length;
    const facets = [{ index: { byteStart: start, byteEnd: end }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/abc' }] }];
    expect(expandFacetLinks(text, facets)).toBe('Sagrada Família 🏛️ https://example.com/abc');
    // A link put on ordinary words keeps the words.
    const words = [{ index: { byteStart: 0, byteEnd: 7 }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://sagradafamilia.org' }] }];
    expect(expandFacetLinks(text, words)).toBe(text);
  });
});
