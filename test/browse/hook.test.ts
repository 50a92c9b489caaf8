import { describe, expect, it } from 'vitest';
import { apiPathsByPlatform, isCapturedApiUrl } from '../../lib/capture/registry';
import { HOOK_CHANNEL, MAX_PAYLOAD_CHARS, readHookMessage } from '../../lib/browse/hook-message';
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
  const ok = { channel: HOOK_CHANNEL, url: 'https://x.com/i/api/graphql/a/TweetDetail', text: '{"data":{}}' };
  it.each([
    ['a well-formed message', ok, true],
    ['another channel', { ...ok, channel: 'other' }, false],
    ['a missing text', { channel: HOOK_CHANNEL, url: ok.url }, false],
    ['a text that is not a string', { ...ok, text: { toString: (): string => 'x' } }, false],
    ['an empty text', { ...ok, text: '' }, false],
    ['an oversized text', { ...ok, text: 'x'.repeat(MAX_PAYLOAD_CHARS + 1) }, false],
    ['a javascript: url', { ...ok, url: 'javascript:alert(1)' }, false],
    ['null', null, false],
    ['a string', 'pulso', false],
  ])('%s', (_name, data, accepted) => {
    expect(readHookMessage(data) !== null).toBe(accepted);
  });
});

/** A page window with a fetch that answers from `bodies` and a minimal XHR, recording what the hook posts. */
function fakePage(bodies: Record<string, { status?: number; body: string }>) {
  const posted: Array<{ message: { channel: string; url: string; text: string }; origin: string }> = [];
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
    expect(posted[0].message).toEqual({ channel: HOOK_CHANNEL, url: api, text: body });
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
  });
});
