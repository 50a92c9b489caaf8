import { describe, expect, it } from 'vitest';
import { apiPathsByPlatform, isCapturedApiUrl } from '../../lib/capture/registry';
import { HOOK_CHANNEL, MAX_PAYLOAD_BYTES, MAX_PAYLOAD_CHARS, bodyText, readHookMessage } from '../../lib/browse/hook-message';
import { HOOK_API_PATTERNS, hookWants } from '../../lib/browse/hook-patterns';
import { installPageHook, type HookTarget } from '../../lib/browse/page-hook';

describe('hook patterns', () => {
  it('are exactly the registry adapters’ API paths (copy kept in step)', () => {
    const registry = Object.values(apiPathsByPlatform()).flat().map(String).sort();
    expect(HOOK_API_PATTERNS.map(String).sort()).toEqual(registry);
  });

  it.each([
    'https://x.com/i/api/graphql/abc/SearchTimeline?variables=1',
    'https://www.reddit.com/r/barcelona/new.json?limit=25',
    'https://mastodon.social/api/v1/timelines/tag/barcelona',
    'https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=bcn',
    'https://x.com/home',
    'https://www.reddit.com/r/barcelona/',
    'https://example.com/api/v1/statusesX',
  ])('agrees with the registry on %s', (url) => {
    expect(hookWants(url)).toBe(isCapturedApiUrl(url));
  });
});

describe('readHookMessage (untrusted page messages)', () => {
  const ok = { channel: HOOK_CHANNEL, url: 'https://x.com/i/api/graphql/a/TweetDetail', body: '{"data":{}}' };
  // A Blob that claims a size without holding the bytes (only `size` is read before decoding).
  const sized = (size: number) => Object.defineProperty(new Blob(['{}']), 'size', { value: size });
  it.each([
    ['a well-formed text message', ok, true],
    ['a well-formed Blob message', { ...ok, body: new Blob(['{"data":{}}']) }, true],
    ['another channel', { ...ok, channel: 'other' }, false],
    ['the old v1 shape (text)', { channel: 'pulso:page-hook:v1', url: ok.url, text: ok.body }, false],
    ['a missing body', { channel: HOOK_CHANNEL, url: ok.url }, false],
    ['a body that is not a string or Blob', { ...ok, body: { toString: (): string => 'x' } }, false],
    ['an ArrayBuffer body', { ...ok, body: new TextEncoder().encode('{}').buffer }, false],
    ['an empty text', { ...ok, body: '' }, false],
    ['an empty Blob', { ...ok, body: new Blob([]) }, false],
    ['an oversized text', { ...ok, body: 'x'.repeat(MAX_PAYLOAD_CHARS + 1) }, false],
    ['a Blob at the byte cap', { ...ok, body: sized(MAX_PAYLOAD_BYTES) }, true],
    ['an oversized Blob', { ...ok, body: sized(MAX_PAYLOAD_BYTES + 1) }, false],
    ['a javascript: url', { ...ok, url: 'javascript:alert(1)' }, false],
    ['null', null, false],
    ['a string', 'pulso', false],
  ])('%s', (_name, data, accepted) => {
    expect(readHookMessage(data) !== null).toBe(accepted);
  });
});

describe('bodyText (what the background is given)', () => {
  const utf8 = (...parts: Array<string | number[]>) => new Blob(parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p))));
  it.each([
    ['text passes unchanged', 'Barcelona 🌍 «hola»', 'Barcelona 🌍 «hola»'],
    ['a Blob is UTF-8 decoded', utf8('Plaça de Catalunya ☂ 👩‍👩‍👧'), 'Plaça de Catalunya ☂ 👩‍👩‍👧'],
    ['a leading UTF-8 BOM is dropped, as Response.text() does', utf8([0xef, 0xbb, 0xbf], '{"a":1}'), '{"a":1}'],
    ['malformed bytes become U+FFFD, as Response.text() does', utf8('a', [0xff], 'b'), 'a\uFFFDb'],
    ['an empty body gives nothing', '', null],
    ['text over the character cap gives nothing', 'x'.repeat(MAX_PAYLOAD_CHARS + 1), null],
    ['a Blob over the character cap gives nothing', utf8('x'.repeat(MAX_PAYLOAD_CHARS + 1)), null],
  ])('%s', async (_name, body, want) => {
    expect(await bodyText(body)).toBe(want);
  });

  it('matches Response.text() on the same bytes', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xc3, 0xa7, 0xe2, 0x82, 0x7d, 0xf0, 0x9f, 0x98, 0x80]);
    expect(await bodyText(new Blob([bytes]))).toBe(await new Response(bytes).text());
  });
});

/** A page window with a fetch that answers from `bodies` and a minimal XHR, recording what the hook posts. */
function fakePage(bodies: Record<string, { status?: number; body: string }>) {
  const posted: Array<{ message: { channel: string; url: string; body: string | Blob }; origin: string }> = [];
  class FakeXHR {
    responseType = '';
    status = 0;
    responseText = '';
    response: unknown = null;
    responseURL = '';
    private url = '';
    private listeners: Array<() => void> = [];
    open(_method: string, url: string) { this.url = url; }
    addEventListener(type: string, fn: () => void) { if (type === 'load') this.listeners.push(fn); }
    send() {
      const hit = bodies[this.url];
      this.status = hit ? (hit.status ?? 200) : 404;
      this.responseText = hit?.body ?? '';
      this.responseURL = this.url;
      for (const l of this.listeners) l();
    }
  }
  const target: HookTarget = {
    fetch: (async (input: string | URL | Request) => {
      // Like a browser's fetch, relative addresses resolve against the page.
      const url = new URL(String(input instanceof Request ? input.url : input), 'https://x.com/search').href;
      const hit = bodies[url];
      if (!hit) throw new TypeError('Failed to fetch');
      return new Response(hit.body, { status: hit.status ?? 200 });
    }) as typeof fetch,
    XMLHttpRequest: FakeXHR as unknown as typeof XMLHttpRequest,
    postMessage: (message, origin) => posted.push({ message: message as never, origin }),
    location: { origin: 'https://x.com', href: 'https://x.com/search?q=bcn' },
  };
  return { target, posted };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('installPageHook', () => {
  const api = 'https://x.com/i/api/graphql/q/SearchTimeline?v=1';
  const body = JSON.stringify({ data: { ok: true } });

  it('hands over a known API body while the page still reads its own response', async () => {
    const { target, posted } = fakePage({ [api]: { body }, 'https://x.com/other.json': { body: '{}' } });
    installPageHook(target);
    const res = await target.fetch(api);
    expect(await res.text()).toBe(body);
    await target.fetch('https://x.com/other.json');
    await settle();
    expect(posted).toHaveLength(1);
    const { body: handed, ...rest } = posted[0].message;
    expect(rest).toEqual({ channel: HOOK_CHANNEL, url: api });
    // A fetch body goes as a Blob (passed by handle, never copied on the page's main thread).
    expect(handed).toBeInstanceOf(Blob);
    expect(await (handed as Blob).text()).toBe(body);
    expect(readHookMessage(posted[0].message)).not.toBeNull();
    expect(posted[0].origin).toBe('https://x.com');
  });

  it('resolves relative URLs against the page and leaves errors to the page', async () => {
    const { target, posted } = fakePage({ [api]: { body } });
    installPageHook(target);
    expect(await (await target.fetch('/i/api/graphql/q/SearchTimeline?v=1')).text()).toBe(body);
    await expect(target.fetch('https://x.com/i/api/graphql/q/TweetDetail')).rejects.toThrow('Failed to fetch');
    await settle();
    expect(posted.map((p) => p.message.url)).toEqual([api]);
  });

  it('does not hand over failed responses, and installs once', async () => {
    const { target, posted } = fakePage({ [api]: { body, status: 500 } });
    expect(installPageHook(target)).toBe(true);
    expect(installPageHook(target)).toBe(false);
    expect((await target.fetch(api)).status).toBe(500);
    await settle();
    expect(posted).toHaveLength(0);
  });

  it('hands over XHR text bodies of known API URLs only', async () => {
    const { target, posted } = fakePage({ [api]: { body }, 'https://x.com/x.js': { body: 'var a' } });
    installPageHook(target);
    for (const url of [api, 'https://x.com/x.js']) {
      const xhr = new target.XMLHttpRequest();
      xhr.open('GET', url);
      xhr.send();
    }
    expect(posted.map((p) => p.message.url)).toEqual([api]);
    expect(posted[0].message.body).toBe(body);
  });
});
