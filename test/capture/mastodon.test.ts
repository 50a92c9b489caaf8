import { describe, expect, it } from 'vitest';
import { mastodonAdapter } from '../../lib/capture/platforms/mastodon';
import { allValid, byId, docOf, htmlResult, jsonResult, readLocal, readShared } from './helpers';

const API = 'https://fosstodon.org/api/v1/timelines/public';

describe('Mastodon API JSON', () => {
  it('the same statuses seen from two instances get the same ids and permalinks (federated uri)', () => {
    const fromFosstodon = jsonResult(readShared('mastodon/rtoot/timeline_tag_rstats_fosstodon.json'), 'https://fosstodon.org/api/v1/timelines/tag/rstats');
    const fromSocial = jsonResult(readShared('mastodon/rtoot/timeline_tag_rstats_mastodon-social.json'), 'https://mastodon.social/api/v1/timelines/tag/rstats');
    expect(fromFosstodon.parsed).toBe(5);
    expect(fromSocial.parsed).toBe(5);
    expect(fromSocial.posts.map((p) => [p.nativeId, p.url])).toEqual(fromFosstodon.posts.map((p) => [p.nativeId, p.url]));
    // The instance-local ids really differ, so this is not a trivial equality.
    const localIds = (r: typeof fromSocial) => r.posts.map((p) => (p.raw as { id: string }).id);
    expect(localIds(fromSocial)).not.toEqual(localIds(fromFosstodon));
  });

  it('turns content HTML into plain text with paragraphs and line breaks kept, links whole', () => {
    const r = jsonResult(readShared('mastodon/rtoot/timeline_public_local_fosstodon.json'), API);
    expect(r.parsed).toBe(10);
    expect(allValid(r.posts)).toBe(true);
    const p = byId(r.posts, 'https://fosstodon.org/users/MisterHW/statuses/114870359866949025');
    expect(p.text).toBe(
      "Not as extreme but still on-point for the little circuit I'm working on:\n\nNHUMH1X - V_EBO=10V\n\ncheap, more pedestrian. \n\nhttps://assets.nexperia.com/documents/data-sheet/NHUMH11_1_2_SER.pdf",
    );
    expect(p).toMatchObject({
      url: 'https://fosstodon.org/@MisterHW/114870359866949025',
      author: { handle: 'MisterHW@fosstodon.org', name: 'Helge Wurst', url: 'https://fosstodon.org/@MisterHW' },
      publishedAt: '2025-07-17T20:03:10.741Z',
      lang: 'en',
    });
  });

  it('reads a thread context (ancestors and descendants) in many languages', () => {
    const r = jsonResult(readShared('mastodon/rtoot/context_large_thread_mastodon-social.json'), 'https://mastodon.social/api/v1/statuses/109294719267373593/context');
    expect(r.parsed).toBe(59);
    expect(new Set(r.posts.map((p) => p.lang))).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect(r.posts.map((p) => p.lang)).toEqual(expect.arrayContaining(['en', 'de']));
  });

  it('a content warning becomes the title; a boost yields the boosted status; a quote yields both', () => {
    const cw = jsonResult(readShared('mastodon/mastodon-py/status_content_warning.json'), 'http://localhost:3000/api/v1/statuses').posts[0];
    expect(cw).toMatchObject({ title: 'Content warning', text: 'Toot!' });
    const boost = jsonResult(readShared('mastodon/mastodon-py/status_reblog.json'), 'http://localhost:3000/api/v1/statuses/1/reblog');
    expect(boost.posts).toHaveLength(1);
    expect(boost.posts[0].nativeId).toBe('http://localhost:3000/ap/users/117020565966271181/statuses/117020586019094258');
    const quote = jsonResult(readShared('mastodon/mastodon-py/status_quote.json'), 'http://localhost:3000/api/v1/statuses');
    expect(quote.posts.map((p) => p.nativeId?.split('/').pop())).toEqual(['117020582925004921', '117020582917124092']);
  });

  it('reads 2017 statuses (old shape: tag: URIs, no language)', () => {
    const r = jsonResult(readShared('mastodon/bigbone/public_timeline.json'), 'https://mstdn.jp/api/v1/timelines/public');
    expect(r.parsed).toBe(20);
    const p = byId(r.posts, 'tag:mstdn.jp,2017-04-14:objectId=172429:objectType=Status');
    expect(p).toMatchObject({ url: 'https://mstdn.jp/@iorin0225/172429', text: '電話であれ、テキストであれ、伝達能力はしっかり鍛えてほしい。', publishedAt: '2017-04-14T06:11:41.893Z' });
    expect(p.lang).toBeUndefined();
  });

  it('an error body or an account list holds no post and does not throw', () => {
    expect(jsonResult(readShared('mastodon/mastodon-py/error_404_status_missing.json'), API).posts).toEqual([]);
    expect(jsonResult(readShared('mastodon/rtoot/accounts_search.json'), 'https://fosstodon.org/api/v1/accounts/search').posts).toEqual([]);
  });
});

describe('Mastodon pages (any host)', () => {
  it('is detected by markup, not by host', () => {
    const doc = docOf(readLocal('mastodon/status-page.html'));
    expect(mastodonAdapter.detect(new URL('https://some-unknown-instance.example/@x/1'), doc)).toBe(true);
    expect(mastodonAdapter.detect(new URL('https://some-unknown-instance.example/about'), docOf('<html><body><p>hi</p></body></html>'))).toBe(false);
    expect(mastodonAdapter.detect(new URL('https://any.host/api/v1/timelines/tag/barcelona'))).toBe(true);
  });

  it('a status seen in the web UI and through the API has the same id and permalink', () => {
    const api = byId(jsonResult(readShared('mastodon/rtoot/timeline_public_local_fosstodon.json'), API).posts, 'https://fosstodon.org/users/MisterHW/statuses/114870359866949025');
    const dom = htmlResult(readLocal('mastodon/status-page.html'), 'https://fosstodon.org/@MisterHW/114870359866949025');
    expect(dom.parsed).toBe(1);
    expect(dom.posts[0].nativeId).toBe(api.nativeId);
    expect(dom.posts[0].url).toBe(api.url);
    expect(dom.posts[0].text).toBe(api.text.replace(/ \n/g, '\n'));
    expect(dom.posts[0].publishedAt).toBe(api.publishedAt);
  });
});
