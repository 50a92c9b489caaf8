import { describe, expect, it } from 'vitest';
import { SourceSchema, SourceStateSchema, type Source, type SourceState } from '../../lib/model/source';
import { backoffMs, dueSources, hostGate, initialState, nextState, retryAfterMs, retrySource } from '../../lib/sources/poll-policy';
import { pollSource, recordCounts, type FetchFn } from '../../lib/sources/poll-source';
import { buildRequest, hostPermissionFor } from '../../lib/sources/source-request';
import { fixtureBytes } from './fixtures';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const min = (n: number) => n * 60_000;
const feed: Source = SourceSchema.parse({ id: 'lavanguardia', kind: 'feed', url: 'https://www.example.es/rss/home.xml', intervalMinutes: 30 });
const policy = { intervalMinutes: 30, random: () => 1 - Number.EPSILON };
const after = (s: SourceState) => Date.parse(s.nextAttemptAt ?? '') - NOW.getTime();

/** A fetch that answers from a list of canned responses and records what it was asked. */
function fakeFetch(responses: Array<{ status: number; body?: Uint8Array | string; headers?: Record<string, string> } | Error>) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const fn: FetchFn = async (url, init) => {
    calls.push({ url, headers: init.headers });
    const r = responses[Math.min(calls.length - 1, responses.length - 1)];
    if (r instanceof Error) throw r;
    const body = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body ?? new Uint8Array();
    return new Response(r.status === 304 ? null : new Blob([body as Uint8Array<ArrayBuffer>]), { status: r.status, headers: r.headers });
  };
  return { fn, calls };
}

describe('conditional GET', () => {
  it('sends the validators of the last answer', () => {
    const state = { ...initialState('lavanguardia'), etag: '"abc"', lastModified: 'Mon, 02 Mar 2026 09:00:00 GMT' };
    const req = buildRequest(feed, state);
    expect(req.url).toBe('https://www.example.es/rss/home.xml');
    expect(req.headers['If-None-Match']).toBe('"abc"');
    expect(req.headers['If-Modified-Since']).toBe('Mon, 02 Mar 2026 09:00:00 GMT');
    expect(buildRequest(feed, undefined).headers['If-None-Match']).toBeUndefined();
  });

  it('treats 304 as success with nothing new and keeps the validators', () => {
    const state = { ...initialState('x'), etag: '"abc"', consecutiveFailures: 2 };
    const next = nextState(state, { ok: true, status: 304 }, NOW, policy);
    expect(next.etag).toBe('"abc"');
    expect(next.consecutiveFailures).toBe(0);
    expect(next.lastSuccessAt).toBe(NOW.toISOString());
    expect(after(next)).toBe(min(30));
  });
});

describe('backoff', () => {
  it('doubles per failure up to the cap', () => {
    const p = { baseBackoffMs: min(5), maxBackoffMs: min(24 * 60), random: () => 1 - Number.EPSILON };
    const waits = [1, 2, 3, 4, 10, 20].map((n) => backoffMs(n, p));
    expect(waits.slice(0, 4).map((w) => Math.round(w / min(1)))).toEqual([5, 10, 20, 40]);
    expect(waits[5]).toBe(Math.round(min(24 * 60) * (1 - Number.EPSILON / 2)));
    expect(waits[4]).toBeLessThanOrEqual(min(24 * 60));
  });

  it('jitters between half and all of the delay, from the injected random', () => {
    const base = { baseBackoffMs: min(8), maxBackoffMs: min(1000) };
    expect(backoffMs(1, { ...base, random: () => 0 })).toBe(min(4));
    expect(backoffMs(1, { ...base, random: () => 0.5 })).toBe(min(6));
  });

  it('grows the wait over consecutive failures and flags the source after N', () => {
    let state = initialState('x');
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      state = nextState(state, { ok: false, status: 500, failure: { code: 'http', status: 500 } }, NOW, { ...policy, maxFailures: 6 });
      if (!state.flagged) waits.push(after(state));
    }
    expect(waits).toHaveLength(5);
    waits.slice(1).forEach((w, i) => expect(w).toBeGreaterThan(waits[i]));
    expect(state.flagged).toBe(true);
    expect(state.nextAttemptAt).toBeUndefined();
    expect(state).toMatchObject({ lastFailure: { code: 'http', status: 500 }, consecutiveFailures: 6 });
    expect(dueSources([{ ...feed, id: 'x' }], { x: state }, new Date(NOW.getTime() + min(60 * 24 * 30)))).toEqual([]);
    const retried = retrySource(state);
    expect(dueSources([{ ...feed, id: 'x' }], { x: retried }, NOW).map((s) => s.id)).toEqual(['x']);
  });
});

describe('Retry-After', () => {
  it.each([
    ['120', 429, 120_000],
    ['Mon, 02 Mar 2026 11:30:00 GMT', 503, min(90)],
  ])('honours %s on HTTP %d', (retryAfter, status, wait) => {
    const next = nextState(initialState('x'), { ok: false, status, retryAfter, failure: { code: 'http', status } }, NOW, policy);
    expect(after(next)).toBe(wait);
  });

  it('reads seconds and dates, and ignores garbage', () => {
    expect(retryAfterMs('0', NOW)).toBe(0);
    expect(retryAfterMs('soon', NOW)).toBeUndefined();
    expect(retryAfterMs('Mon, 02 Mar 2026 09:00:00 GMT', NOW)).toBe(0);
  });
});

describe('schedule', () => {
  const sources = ['a', 'b', 'c', 'd'].map((id) => ({ ...feed, id }));
  it('picks enabled, unflagged, due sources, most overdue first', () => {
    const states: Record<string, SourceState> = {
      a: { ...initialState('a'), nextAttemptAt: '2026-03-02T09:59:00.000Z' },
      b: { ...initialState('b'), nextAttemptAt: '2026-03-02T10:05:00.000Z' },
      c: { ...initialState('c'), nextAttemptAt: '2026-03-02T09:00:00.000Z' },
    };
    expect(dueSources(sources, states, NOW).map((s) => s.id)).toEqual(['d', 'c', 'a']);
    expect(dueSources([{ ...sources[3], enabled: false }], {}, NOW)).toEqual([]);
  });

  it('persists as plain JSON that the schema reads back', () => {
    const s = nextState(initialState('a'), { ok: true, status: 200, etag: 'W/"1"' }, NOW, policy);
    expect(SourceStateSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});

describe('per-host gate', () => {
  it('lets one request per host through per interval', () => {
    const first = hostGate({}, 'www.reddit.com', NOW, 10_000);
    expect(first.allowed).toBe(true);
    const second = hostGate(first.hostStates, 'www.reddit.com', new Date(NOW.getTime() + 4_000), 10_000);
    expect(second).toMatchObject({ allowed: false, waitMs: 6_000 });
    expect(hostGate(first.hostStates, 'mastodon.social', NOW, 10_000).allowed).toBe(true);
    expect(hostGate(first.hostStates, 'www.reddit.com', new Date(NOW.getTime() + 10_000), 10_000).allowed).toBe(true);
  });
});

describe('host permissions', () => {
  it.each([
    [{ id: '1', kind: 'mastodon-tag', instance: 'mastodon.social', tag: 'Barcelona' }, 'https://mastodon.social/*'],
    [{ id: '2', kind: 'bluesky-search', query: 'Barcelona' }, 'https://public.api.bsky.app/*'],
    [{ id: '3', kind: 'reddit-new', subreddit: 'Barcelona' }, 'https://www.reddit.com/*'],
    [{ id: '4', kind: 'feed', url: 'http://feeds.example.cat:8080/rss' }, 'http://feeds.example.cat/*'],
  ])('%o → %s', (input, pattern) => {
    expect(hostPermissionFor(SourceSchema.parse(input))).toBe(pattern);
  });
});

describe('pollSource with real fixture bytes', () => {
  it('reads a feed, stores validators, then sends them and takes a 304', async () => {
    const bytes = fixtureBytes('feeds/codehollow-feedreader/original/Rss10Minutos20Catalans.xml');
    const { fn, calls } = fakeFetch([
      { status: 200, body: bytes, headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' } },
      { status: 304 },
    ]);
    const first = await pollSource(feed, initialState(feed.id), fn, NOW, { random: () => 0.5 });
    expect(first.failure).toBeUndefined();
    expect(first.items).toHaveLength(15);
    expect(first.state.etag).toBe('"v1"');
    expect(first.state.lastCounts).toEqual({ fetched: 15, new: 0, matched: 0 });
    expect(recordCounts(first.state, { new: 4, matched: 2 }).lastCounts).toEqual({ fetched: 15, new: 4, matched: 2 });
    const second = await pollSource(feed, first.state, fn, new Date(NOW.getTime() + min(31)), { random: () => 0.5 });
    expect(calls[1].headers['If-None-Match']).toBe('"v1"');
    expect(second.items).toEqual([]);
    expect(second.state.consecutiveFailures).toBe(0);
    expect(second.state.etag).toBe('"v1"');
  });

  it('says so when the server returns an HTML page instead of the feed', async () => {
    const { fn } = fakeFetch([{ status: 200, body: fixtureBytes('feeds/node-feedparser/notafeed.html'), headers: { 'content-type': 'text/html' } }]);
    const r = await pollSource(feed, initialState(feed.id), fn, NOW, { random: () => 0.5 });
    expect(r.failure).toEqual({ code: 'html-page' });
    expect(r.state.lastFailure).toEqual({ code: 'html-page' });
    expect(r.state.consecutiveFailures).toBe(1);
  });

  it('backs off on 429 as the server asks, and on a network error', async () => {
    const limited = await pollSource(feed, initialState(feed.id), fakeFetch([{ status: 429, headers: { 'retry-after': '600' } }]).fn, NOW, { random: () => 0.5 });
    expect(limited.failure).toEqual({ code: 'http', status: 429 });
    expect(after(limited.state)).toBe(min(10));
    const offline = await pollSource(feed, initialState(feed.id), fakeFetch([new TypeError('Failed to fetch')]).fn, NOW, { random: () => 0 });
    expect(offline.failure).toEqual({ code: 'unreachable', host: 'www.example.es', detail: 'Failed to fetch' });
    expect(after(offline.state)).toBe(min(2.5));
  });

  it('polls a Mastodon hashtag and reads the statuses', async () => {
    const tag = SourceSchema.parse({ id: 'm', kind: 'mastodon-tag', instance: 'fosstodon.org', tag: 'rstats' });
    const { fn, calls } = fakeFetch([{ status: 200, body: fixtureBytes('mastodon/rtoot/timeline_tag_rstats_fosstodon.json'), headers: { 'content-type': 'application/json' } }]);
    const r = await pollSource(tag, initialState('m'), fn, NOW, { random: () => 0.5 });
    expect(calls[0].url).toBe('https://fosstodon.org/api/v1/timelines/tag/rstats?limit=40');
    expect(r.items).toHaveLength(5);
    expect(r.items.every((p) => p.platform === 'mastodon')).toBe(true);
  });
});
