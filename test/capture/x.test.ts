import { describe, expect, it } from 'vitest';
import { allValid, byId, htmlResult, jsonResult, readLocal, readShared } from './helpers';

const GQL = (op: string) => `https://x.com/i/api/graphql/abc123/${op}`;

describe('X GraphQL JSON (twscrape real responses)', () => {
  it('SearchTimeline: 25 tweets, long posts read from note_tweet, t.co media links dropped', () => {
    const r = jsonResult(readShared('x-twitter/twscrape/raw_search.json'), GQL('SearchTimeline'));
    expect(r.platform).toBe('x');
    expect(r.parsed).toBe(25);
    expect(allValid(r.posts)).toBe(true);
    const long = byId(r.posts, '2074976613713031490');
    expect(long.url).toBe('https://x.com/piloly/status/2074976613713031490');
    expect(long.author).toMatchObject({ handle: 'piloly', name: 'Roland Pircher', verified: true });
    expect(long.publishedAt).toBe('2026-07-08T21:59:10.000Z');
    expect(long.metrics).toMatchObject({ views: 25900 });
    // The note_tweet carries the whole post; legacy.full_text is cut at 280 characters.
    expect(long.text).toMatch(/^In Europe\*, 4\.7k Tesla sales were reported/);
    expect(long.text).toContain('(~60% of Tesla sales in Europe)');
    expect(long.text).not.toContain('https://t.co/');
    const emoji = byId(r.posts, '2074974895750951259');
    expect(emoji.text).toBe('So very cool!\n@Tesla Model S Plaid vs McLaren Artura…\nWho do you think wins (silently)?🤔😜\nEnjoy!\n@teslaeurope');
    expect(emoji.metrics).toEqual({ likes: 543, reposts: 46, replies: 27, quotes: 7, views: 63688, followers: 9085 });
    expect(emoji.lang).toBe('en');
  });

  it('TweetDetail: the focal tweet and its 36 replies; emoji-only replies carry no language', () => {
    const r = jsonResult(readShared('x-twitter/twscrape/raw_tweet_details.json'), GQL('TweetDetail'));
    expect(r.parsed).toBe(37);
    expect(allValid(r.posts)).toBe(true);
    expect(r.posts.filter((p) => p.lang === undefined).length).toBeGreaterThanOrEqual(2);
    expect(new Set(r.posts.map((p) => p.nativeId)).size).toBe(37);
  });

  it('UserTweets: a retweet yields the original post, not the truncated "RT @" copy', () => {
    const r = jsonResult(readShared('x-twitter/twscrape/raw_user_tweets.json'), GQL('UserTweets'));
    expect(r.parsed).toBe(25);
    expect(r.posts.some((p) => p.text.startsWith('RT @'))).toBe(false);
    // Two bare `{__typename:"Tweet", rest_id}` references have nothing to read: counted, not thrown.
    expect(r.skipped).toBe(2);
  });

  it('Spanish TweetDetail (2023 shape): entities decoded, links expanded, author from legacy', () => {
    const r = jsonResult(readShared('x-twitter/twscrape/_issue_28_1.json'), GQL('TweetDetail'));
    expect(r.parsed).toBe(3);
    expect(r.posts.every((p) => p.lang === 'es')).toBe(true);
    expect(r.posts.every((p) => !/&amp;|&lt;|&gt;/.test(p.text))).toBe(true);
    expect(r.posts.every((p) => p.author?.handle && p.url === `https://x.com/${p.author.handle}/status/${p.nativeId}`)).toBe(true);
  });

  it('expands t.co links to the expanded_url the entities give', () => {
    const payload = JSON.parse(readShared('x-twitter/twscrape/raw_user_tweets.json'));
    const r = jsonResult(JSON.stringify(payload), GQL('UserTweets'));
    const withLinks = r.posts.filter((p) => {
      const urls = ((p.raw as { legacy?: { entities?: { urls?: { expanded_url: string }[] } } }).legacy?.entities?.urls ?? []);
      return urls.length > 0;
    });
    expect(withLinks.length).toBeGreaterThan(0);
    for (const p of withLinks) {
      const urls = (p.raw as { legacy: { entities: { urls: { expanded_url: string }[] } }; note_tweet?: unknown }).legacy.entities.urls;
      if ((p.raw as { note_tweet?: unknown }).note_tweet) continue;
      for (const u of urls) expect(p.text).toContain(u.expanded_url);
      expect(p.text).not.toMatch(/https:\/\/t\.co\//);
    }
  });

  it('unwraps TweetWithVisibilityResults', () => {
    const r = jsonResult(readShared('x-twitter/twscrape/manual_tweet_with_video_2.json'), GQL('TweetDetail'));
    expect(r.parsed).toBe(12);
    expect(r.posts.some((p) => p.text === '@buitengebieden 😂')).toBe(true);
  });

  it('reads a single timeline entry saved on its own', () => {
    const r = jsonResult(readShared('x-twitter/twscrape/_issue_42.json'), GQL('UserTweets'));
    expect(r.parsed).toBe(1);
    expect(r.posts[0].author?.handle).toBe('ChinaDaily');
  });
});

describe('X DOM (x.com article markup)', () => {
  it('reads a single post with counts from the action bar', () => {
    const r = htmlResult(readShared('x-twitter/tweetyoink-dom-html/x-tweet-sample.html'), 'https://x.com/home');
    expect(r.parsed).toBe(1);
    expect(r.posts[0]).toMatchObject({
      nativeId: '1981398750557065646',
      url: 'https://x.com/TestUser123/status/1981398750557065646',
      text: "Democrat Shutdown Jeopardizes America's Skies",
      author: { handle: 'TestUser123', name: 'Test User Account', verified: true },
      publishedAt: '2025-10-23T16:34:09.000Z',
      lang: 'en',
      metrics: { replies: 48, reposts: 152, likes: 553, views: 30142 },
    });
  });

  it('keeps the quoted post out of the quoting post', () => {
    const r = htmlResult(readShared('x-twitter/tweetyoink-dom-html/x-tweet-quote.html'), 'https://x.com/home');
    expect(r.parsed).toBe(1);
    expect(r.posts[0]).toMatchObject({
      nativeId: '1983130065320780162',
      text: 'This is a quote tweet with additional commentary',
      author: { handle: 'TestQuoter' },
      publishedAt: '2025-10-28T11:13:47.000Z',
      metrics: { replies: 2534, reposts: 4483, likes: 25616, views: 2596467 },
    });
  });

  it('the same tweet seen as GraphQL JSON and as DOM has the same id, permalink and text', () => {
    const fromJson = byId(jsonResult(readShared('x-twitter/twscrape/raw_search.json'), GQL('SearchTimeline')).posts, '2074974895750951259');
    const fromDom = htmlResult(readLocal('x/dom-search-tweet.html'), 'https://x.com/search?q=tesla').posts[0];
    expect(fromDom.nativeId).toBe(fromJson.nativeId);
    expect(fromDom.url).toBe(fromJson.url);
    expect(fromDom.text).toBe(fromJson.text);
    expect(fromDom.publishedAt).toBe(fromJson.publishedAt);
  });

  it('reads archived 2016 twitter.com status pages (upstream parser expectations)', () => {
    const r = htmlResult(readShared('x-twitter/postlight-legacy-html/twitter.com_status_2016.html'), 'https://twitter.com/KingBeyonceStan/status/745276948213968896');
    expect(allValid(r.posts)).toBe(true);
    expect(byId(r.posts, '745276948213968896')).toMatchObject({
      url: 'https://x.com/KingBeyonceStan/status/745276948213968896',
      text: "Now before you write me off as bias I'm going to start out with one of my all time favorites. Like, I love her.",
      author: { handle: 'KingBeyonceStan', name: 'Lina Morgana' },
      publishedAt: '2016-06-21T15:27:25.000Z',
      lang: 'en',
      metrics: { likes: 282, reposts: 79 },
    });
  });
});
