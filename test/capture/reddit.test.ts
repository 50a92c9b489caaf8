import { describe, expect, it } from 'vitest';
import { allValid, byId, htmlResult, jsonResult, readLocal, readShared } from './helpers';

describe('Reddit JSON', () => {
  it('a 2026 listing: 100 posts with fullnames, permalinks, dates and counts', () => {
    const r = jsonResult(readShared('reddit/praw/listing_r-popular_hot_2026.json'), 'https://oauth.reddit.com/r/popular/hot.json?raw_json=1');
    expect(r.parsed).toBe(100);
    expect(allValid(r.posts)).toBe(true);
    expect(byId(r.posts, 't3_1skjxta')).toMatchObject({
      url: 'https://www.reddit.com/r/MMA/comments/1skjxta/ulberg_on_jiri_showing_mercy_thats_bullshit_total/',
      text: 'https://x.com/arielhelwani/status/2043757261882044451',
      author: { handle: 'airplane231' },
      publishedAt: '2026-04-13T18:44:08.000Z',
      metrics: { likes: 546, replies: 495, reposts: 0 },
    });
    expect(byId(r.posts, 't3_1skjxta').title?.startsWith('Ulberg on Jiri showing mercy: “That’s bullshit')).toBe(true);
  });

  it('comment trees: nested replies are read; a deleted comment is skipped and counted', () => {
    const tree = jsonResult(readShared('reddit/praw/submission_with_comments_2016.json'), 'https://oauth.reddit.com/comments/2gmzqe.json');
    expect(tree.posts.map((p) => p.nativeId?.slice(0, 3))).toEqual(['t3_', 't1_', 't1_']);
    const deleted = jsonResult(readShared('reddit/praw/info_deleted_comment_2016.json'), 'https://oauth.reddit.com/api/info.json?id=t1_x');
    expect(deleted.posts).toEqual([]);
    expect(deleted.skipped).toBe(1);
  });

  it('2016 comment listings without permalink get a resolvable comment URL', () => {
    const r = jsonResult(readShared('reddit/praw/listing_r-askreddit_comments_2016.json'), 'https://oauth.reddit.com/r/askreddit/comments.json');
    expect(r.parsed).toBe(100);
    expect(r.posts.every((p) => /^https:\/\/www\.reddit\.com\/r\/AskReddit\/comments\/\w+\/_\/\w+\/$/.test(p.url))).toBe(true);
  });

  it('decodes &amp; &lt; &gt; unless the response was asked for with raw_json=1', () => {
    const listing = { kind: 'Listing', data: { children: [{ kind: 't3', data: { name: 't3_abc', permalink: '/r/barcelona/comments/abc/x/', title: 'Gràcia &amp; Sants', selftext: 'a &lt;b&gt; &amp;amp; c', author: 'u1', created_utc: 1700000000 } }] } };
    const escaped = jsonResult(JSON.stringify(listing), 'https://www.reddit.com/r/barcelona/new.json');
    expect(escaped.posts[0]).toMatchObject({ title: 'Gràcia & Sants', text: 'a <b> &amp; c' });
    const raw = jsonResult(JSON.stringify(listing), 'https://www.reddit.com/r/barcelona/new.json?raw_json=1');
    expect(raw.posts[0]).toMatchObject({ title: 'Gràcia &amp; Sants' });
  });
});

describe('Reddit pages', () => {
  it('2019 React page: the post from the saved page (upstream parser expectations)', () => {
    const r = htmlResult(readShared('reddit/postlight-html/www.reddit.com_post_2019.html'), 'https://www.reddit.com/r/Showerthoughts/comments/awx46q/vanilla_becoming_the_default_flavour_of_ice_cream/');
    const p = byId(r.posts, 't3_awx46q');
    expect(p.title).toBe('Vanilla becoming the default flavour of ice cream is the greatest underdog story of all time.');
    expect(p.author?.handle).toBe('benyacobi');
    expect(p.text.startsWith('Edit: thank you for educating me about the ubiquity of vanilla. Still, none')).toBe(true);
    expect(p.metrics).toMatchObject({ likes: 83100, replies: 2800 });
  });

  it('a post seen as JSON and as a shreddit element has the same id, permalink and title', () => {
    const json = byId(jsonResult(readShared('reddit/praw/listing_r-popular_hot_2026.json'), 'https://oauth.reddit.com/r/popular/hot.json?raw_json=1').posts, 't3_1skjxta');
    const dom = htmlResult(readLocal('reddit/shreddit-post.html'), 'https://www.reddit.com/r/MMA/');
    const p = byId(dom.posts, 't3_1skjxta');
    expect([p.url, p.title, p.text, p.publishedAt]).toEqual([json.url, json.title, json.text, json.publishedAt]);
    expect(byId(dom.posts, 't1_handmd1').text).toBe('Lo vi en un bar de Barcelona, & el ambiente fue increíble.');
  });
});
