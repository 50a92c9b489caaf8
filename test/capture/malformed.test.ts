import { describe, expect, it } from 'vitest';
import { extractFromDocument, extractFromJson, extractFromJsonText } from '../../lib/capture/extract';
import { ADAPTERS, type CapturePlatform } from '../../lib/capture/registry';
import { docOf, readShared } from './helpers';

/** One URL per platform that picks its adapter. */
const URLS: Record<CapturePlatform, string> = {
  x: 'https://x.com/i/api/graphql/q/SearchTimeline',
  reddit: 'https://www.reddit.com/r/barcelona/new.json',
  mastodon: 'https://mastodon.social/api/v1/timelines/public',
  bluesky: 'https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts',
  facebook: 'https://m.facebook.com/barcelona',
  instagram: 'https://www.instagram.com/graphql/query',
  youtube: 'https://www.youtube.com/youtubei/v1/next',
  linkedin: 'https://www.linkedin.com/voyager/api/feed/updatesV2',
  tiktok: 'https://www.tiktok.com/api/post/item_list/',
  telegram: 'https://t.me/s/barcelona',
  news: 'https://diari.example/noticia/1',
};

function deep(levels: number): unknown {
  let v: unknown = { legacy: { full_text: 'x' } };
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

const WRONG_SHAPES: [string, unknown][] = [
  ['null', null], ['number', 42], ['string', 'hello'], ['empty array', []], ['empty object', {}],
  ['nested empties', [[[]], {}, [{}]]], ['data null', { data: null }], ['data string', { data: { user: 'x' } }],
  ['error body', { error: 'Not Found' }], ['very deep nesting', deep(20000)],
  ['ids of the wrong type', { rest_id: 5, legacy: { full_text: 7 }, __typename: 'Tweet', uri: 3, content: {}, account: [], created_at: null }],
];

describe('malformed input never throws and returns no posts', () => {
  for (const id of Object.keys(URLS) as CapturePlatform[]) {
    it.each(WRONG_SHAPES)(`${id}: JSON %s`, (_name, payload) => {
      const r = extractFromJson(payload, URLS[id]);
      expect(r.posts).toEqual([]);
      expect(r.seen).toBe(r.skipped);
    });

    it(`${id}: empty documents`, () => {
      for (const html of ['', '<html></html>', '<html><body></body></html>', '<<<>>>&&&']) {
        const r = extractFromDocument(docOf(html), URLS[id], { newsDomains: ['diari.example'] });
        expect(r.posts).toEqual([]);
      }
    });
  }

  it.each(Object.keys(URLS) as CapturePlatform[])('%s: a cut-off response body is one skipped item', (id) => {
    const body = readShared('x-twitter/twscrape/raw_search.json');
    for (const cut of [1, 100, 5000, Math.floor(body.length / 2), body.length - 2]) {
      const r = extractFromJsonText(body.slice(0, cut), URLS[id]);
      expect(r.posts).toEqual([]);
      expect(r.skipped).toBe(1);
      expect(r.reasons['truncated or invalid JSON']).toBe(1);
    }
  });

  it('a primitive JSON value is one skipped item; a guarded body is read', () => {
    for (const v of [null, 42, 'hola', true]) expect(extractFromJson(v, URLS.mastodon).skipped).toBe(1);
    const status = readShared('mastodon/rtoot/status_fosstodon.json');
    expect(extractFromJsonText(`)]}'\n${status}`, URLS.mastodon).parsed).toBe(1);
  });

  it('the registry covers every platform in this table', () => {
    expect(Object.keys(URLS).sort()).toEqual(Object.keys(ADAPTERS).sort());
  });

  it('an article page with no readable text counts as skipped', () => {
    const r = extractFromDocument(docOf('<html><head><meta property="og:type" content="article"></head><body></body></html>'), URLS.news);
    expect(r.platform).toBe('news');
    expect(r.posts).toEqual([]);
    expect(r.skipped).toBe(1);
  });

  it('tweets with parts cut away are skipped and counted, the rest still parsed', () => {
    const search = JSON.parse(readShared('x-twitter/twscrape/raw_search.json'));
    const entries = search.data.search_by_raw_query.search_timeline.timeline.instructions[0].entries as { content: { itemContent?: { tweet_results: { result: Record<string, unknown> } } } }[];
    const tweets = entries.map((e) => e.content.itemContent?.tweet_results.result).filter((t): t is Record<string, unknown> => !!t);
    // Break every other tweet differently: no legacy, legacy without text, a non-numeric id.
    const broken = tweets.map((t, i) => {
      const c = structuredClone(t) as Record<string, unknown> & { legacy: Record<string, unknown> };
      if (i % 6 === 0) delete (c as Record<string, unknown>).legacy;
      if (i % 6 === 2) { delete c.legacy.full_text; delete c.note_tweet; }
      if (i % 6 === 4) { c.rest_id = 'abc'; c.legacy.id_str = 'abc'; }
      return c;
    });
    const intact = extractFromJson({ data: { items: tweets } }, URLS.x);
    const r = extractFromJson({ data: { items: broken } }, URLS.x);
    const brokenCount = tweets.filter((_, i) => i % 6 === 0 || i % 6 === 2 || i % 6 === 4).length;
    expect(brokenCount).toBeGreaterThan(5);
    expect(r.parsed).toBe(intact.parsed - brokenCount);
    expect(r.skipped).toBe(intact.skipped + brokenCount);
  });

  it('a payload whose getters throw is caught and counted as one adapter error', () => {
    const trap = { get data(): unknown { throw new Error('boom'); } };
    for (const id of ['x', 'mastodon', 'bluesky', 'reddit'] as const) {
      const r = extractFromJson(trap, URLS[id]);
      expect(r.posts).toEqual([]);
      expect(r.reasons['adapter error']).toBe(1);
    }
  });

  it('Mastodon statuses without uri or url are counted as skipped', () => {
    const r = extractFromJson([{ id: '1', content: '<p>hola</p>', account: { acct: 'a' }, created_at: '2025-01-01T00:00:00Z' }], URLS.mastodon);
    expect(r.posts).toEqual([]);
    expect(r.skipped).toBe(1);
  });
});
