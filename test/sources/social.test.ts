import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RawPostSchema } from '../../lib/model/mention';
import { parseSavedSource } from '../../lib/sources/parse-saved';
import { redditToRawPosts, unescapeRedditJson } from '../../lib/sources/reddit';
import { fixtureBytes, fixtureFiles, SHARED } from './fixtures';

const read = (rel: string) => parseSavedSource(fixtureBytes(rel), 'https://example.org/api', 'application/json; charset=utf-8');
const json = (rel: string): unknown => JSON.parse(readFileSync(path.join(SHARED, rel), 'utf8'));

describe('every Mastodon, Bluesky and reddit fixture', () => {
  const files = [...fixtureFiles('mastodon'), ...fixtureFiles('bluesky'), ...fixtureFiles('reddit', (r) => r.endsWith('.json'))];
  it.each(files)('%s: valid posts or a failure code, never a throw', (rel) => {
    const r = read(rel);
    if (!r.ok) {
      expect(['unknown-json', 'api-error']).toContain(r.failure.code);
      return;
    }
    expect(['mastodon', 'bluesky', 'reddit']).toContain(r.format);
    for (const p of r.items) {
      expect(RawPostSchema.safeParse(p).success).toBe(true);
      expect(p.platform).toBe(r.format);
      expect(p.nativeId).toBeTruthy();
      // Markup of the platform's own rendering never survives (users may still quote HTML in code blocks).
      expect(p.text).not.toMatch(/^\s*<[a-z!]|<!-- SC_|<div class="md"|<\/p>$|&amp;(amp|lt|gt);/);
    }
  });
});

describe('Mastodon', () => {
  it('reads a hashtag timeline: uri as nativeId, plain text, counts, language', () => {
    const r = read('mastodon/rtoot/timeline_tag_rstats_fosstodon.json');
    expect(r.ok && r.format).toBe('mastodon');
    if (!r.ok) return;
    const raw = json('mastodon/rtoot/timeline_tag_rstats_fosstodon.json') as Array<Record<string, unknown>>;
    expect(r.items.map((p) => p.nativeId)).toEqual(raw.map((s) => s.uri));
    expect(r.items[0].metrics?.likes).toBe(raw[0].favourites_count);
    expect(r.items[0].lang).toBe('en');
    expect(r.items[0].author?.handle).toMatch(/^[^@]+@[a-z0-9.-]+$/);
  });

  it('gives the same ids for the same posts seen from two instances', () => {
    const a = read('mastodon/rtoot/timeline_tag_rstats_fosstodon.json');
    const b = read('mastodon/rtoot/timeline_tag_rstats_mastodon-social.json');
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(new Set(a.items.map((p) => p.nativeId))).toEqual(new Set(b.items.map((p) => p.nativeId)));
  });

  it('reads a boost as the boosted post, and leads with the content warning', () => {
    const boost = read('mastodon/mastodon-py/status_reblog.json');
    const raw = json('mastodon/mastodon-py/status_reblog.json') as { reblog: { uri: string } };
    expect(boost.ok && boost.items[0].nativeId).toBe(raw.reblog.uri);
    const cw = read('mastodon/mastodon-py/status_content_warning.json');
    expect(cw.ok && cw.items[0].text).toBe('Content warning\n\nToot!');
  });

  it('turns paragraphs into line breaks and keeps full link URLs', () => {
    const r = read('mastodon/docs-entities/Status.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items[0].text).not.toContain('<');
    expect(r.items[0].url).toBe('https://mastodon.social/@Gargron/103270115826048975');
  });

  it('reports an API error with the server’s own text', () => {
    expect(read('mastodon/mastodon-py/error_404_status_missing.json')).toEqual({ ok: false, failure: { code: 'api-error', detail: 'Not Found' } });
  });
});

describe('Bluesky', () => {
  it('reads searchPosts: at-uri, bsky.app permalink, langs, counts', () => {
    const r = read('bluesky/bskyr/searchPosts_redistricting.json');
    const raw = json('bluesky/bskyr/searchPosts_redistricting.json') as { posts: Array<{ uri: string; author: { handle: string }; likeCount: number; record: { text: string } }> };
    expect(r.ok && r.format).toBe('bluesky');
    if (!r.ok) return;
    expect(r.items).toHaveLength(raw.posts.length);
    const first = raw.posts[0];
    expect(r.items[0].nativeId).toBe(first.uri);
    expect(r.items[0].url).toBe(`https://bsky.app/profile/${first.author.handle}/post/${first.uri.split('/').pop()}`);
    expect(r.items[0].metrics?.likes).toBe(first.likeCount);
    expect(r.items[0].text).toBe(first.record.text.trim());
  });

  it('skips deleted parents in an author feed but keeps the posts', () => {
    const r = read('bluesky/bskyr/getAuthorFeed.json');
    expect(r.ok && r.items.length).toBe(50);
  });

  it('keeps a post with empty text (image quote) without inventing text', () => {
    const r = read('bluesky/marshalx-atproto/thread_view_post_with_embed_media.json');
    expect(r.ok && r.items[0].text).toBe('');
  });
});

describe('reddit', () => {
  it('reads a listing: fullname ids, permalinks without tracking, counts, UTC dates', () => {
    const r = read('reddit/praw/search_r-all_2016.json');
    expect(r.ok && r.format).toBe('reddit');
    if (!r.ok) return;
    expect(r.items[0].nativeId).toBe('t3_3gpbiu');
    expect(r.items[0].url).toBe('https://www.reddit.com/r/redditdev/comments/3gpbiu/prawoauth2util_problem_using_get_banned_raise/');
    expect(r.items[0].publishedAt).toBe(new Date(1439370514 * 1000).toISOString());
    expect(r.items[0].text).toContain("reddit's API");
  });

  it('skips deleted comments', () => {
    const r = read('reddit/praw/info_deleted_comment_2016.json');
    expect(r.ok && r.items).toEqual([]);
  });

  it('reads comments with permalinks built from the parent post', () => {
    const r = read('reddit/praw/listing_r-askreddit_comments_2016.json');
    expect(r.ok && r.items.every((p) => p.nativeId?.startsWith('t1_') && /^https:\/\/www\.reddit\.com\/comments\/\w+\/_\/\w+\/$/.test(p.url))).toBe(true);
  });

  const escapedListing = (title: string, selftext: string, html: string) => ({
    kind: 'Listing',
    data: { children: [{ kind: 't3', data: { name: 't3_abc', id: 'abc', title, selftext, selftext_html: html, permalink: '/r/barcelona/comments/abc/x/', created_utc: 1700000000, author: 'veí' } }] },
  });

  it.each([
    // [title as the public endpoint sends it, what the user wrote]
    ['Rambla &amp; Raval: &lt;3', 'Rambla & Raval: <3'],
    ['I wrote &amp;amp; literally', 'I wrote &amp; literally'],
    ['Caf&amp;eacute; not an entity', 'Caf&eacute; not an entity'],
  ])('unescapes the public JSON exactly once: %s', (sent, written) => {
    const posts = redditToRawPosts(escapedListing(sent, 'x', '&lt;div class="md"&gt;&lt;p&gt;x&lt;/p&gt;&lt;/div&gt;'));
    expect(posts?.[0].title).toBe(written);
  });

  it('drops the zero-width-space entity of empty paragraphs in the body', () => {
    const html = '&lt;!-- SC_OFF --&gt;&lt;div class="md"&gt;&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;\n\n&lt;p&gt;&amp;#x200B;&lt;/p&gt;\n\n&lt;p&gt;Bye&lt;/p&gt;&lt;/div&gt;';
    const posts = redditToRawPosts(escapedListing('t', 'Tom &amp;amp; Jerry\n\n&amp;#x200B;\n\nBye', html));
    expect(posts?.[0].text).toBe('Tom & Jerry\n\nBye');
  });

  it('leaves raw_json=1 text alone', () => {
    const posts = redditToRawPosts(escapedListing('Tom &amp; Jerry', 'x', '<div class="md"><p>x</p></div>'));
    expect(posts?.[0].title).toBe('Tom &amp; Jerry');
    expect(unescapeRedditJson('&amp;lt;')).toBe('&lt;');
  });
});

describe('unknown JSON', () => {
  it('says so with its code', () => {
    const r = parseSavedSource(new TextEncoder().encode('{"hello":"world"}'), 'https://x.test/a.json');
    expect(r).toEqual({ ok: false, failure: { code: 'unknown-json' } });
  });
  it('reports cut-off JSON', () => {
    const r = parseSavedSource(new TextEncoder().encode('[{"id":"1","uri":'), 'https://x.test/a.json');
    expect(r).toEqual({ ok: false, failure: { code: 'broken-json' } });
  });
});
