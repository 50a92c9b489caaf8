import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { putSource, readHostStates, readSourceStates, savePollState } from '@/lib/db/sources-store';
import { SourceSchema, type Source, type SourceInput, type SourceState } from '@/lib/model/source';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { ingestPolled } from '@/lib/sources/ingest-polled';
import type { FetchFn } from '@/lib/sources/poll-source';
import { runPoll, type RunPollDeps, type RunPollInput } from '@/lib/sources/run-poll';
import { createPipeline } from '@/lib/tagging/pipeline';
import { fixtureBytes } from './fixtures';

const pipeline = createPipeline(BARCELONA_PROFILE);
const own = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url)));
const T0 = Date.parse('2026-03-03T09:00:00.000Z');
const MIN = 60_000;

const src = (s: SourceInput): Source => SourceSchema.parse(s);
const FEED = src({ id: 'diari', kind: 'feed', url: 'https://diari.example.test/rss/portada.xml', intervalMinutes: 30 });
const TAG = src({ id: 'tag-bcn', kind: 'mastodon-tag', instance: 'mastodon.example.test', tag: 'barcelona', intervalMinutes: 15 });
const SEARCH = src({ id: 'search-bcn', kind: 'mastodon-search', instance: 'mastodon.example.test', query: 'Barcelona', intervalMinutes: 15 });

type Answer = { status: number; body?: Uint8Array | string; headers?: Record<string, string> };

/** A web of canned answers by URL prefix; records every request. */
function fakeWeb(routes: Record<string, Answer | Answer[]>) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const served = new Map<string, number>();
  const fetchFn: FetchFn = async (url, init) => {
    calls.push({ url, headers: init.headers });
    const key = Object.keys(routes).find((k) => url.startsWith(k));
    if (!key) throw new TypeError('Failed to fetch');
    const list = ([] as Answer[]).concat(routes[key]);
    const n = served.get(key) ?? 0;
    served.set(key, n + 1);
    const a = list[Math.min(n, list.length - 1)];
    const body = typeof a.body === 'string' ? new TextEncoder().encode(a.body) : a.body;
    return new Response(a.status === 304 || !body ? null : new Blob([body as Uint8Array<ArrayBuffer>]), { status: a.status, headers: a.headers });
  };
  return { fetchFn, calls };
}

let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await db.open();
});
afterEach(() => db.close());

/** Runs the poller against the fake DB the way the service worker does: state read from and written to the store. */
async function run(sources: Source[], fetchFn: FetchFn, at: number, extra: Partial<RunPollInput> = {}, deps: Partial<RunPollDeps> = {}) {
  for (const s of sources) await putSource(db, s);
  let t = at;
  const waits: number[] = [];
  const out = await runPoll(
    { sources, states: await readSourceStates(db), hostStates: await readHostStates(db), minHostMs: 10_000, maxSources: 10, ...extra },
    {
      fetchFn,
      clock: () => new Date(t),
      random: () => 0.5,
      ingest: ingestPolled(db, pipeline),
      save: (state, hosts) => savePollState(db, state, hosts),
      wait: async (ms) => {
        waits.push(ms);
        t += ms;
      },
      ...deps,
    },
  );
  return { ...out, waits, states: await readSourceStates(db) };
}

describe('runPoll: feeds and Mastodon into the store', () => {
  it('keeps only the items about the city, counts fetched/new/matched, and schedules the next poll', async () => {
    const web = fakeWeb({
      'https://diari.example.test/': { status: 200, body: own('barcelona-news.rss'), headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' } },
      'https://mastodon.example.test/': { status: 200, body: own('mastodon-tag-barcelona.json'), headers: { 'content-type': 'application/json' } },
    });
    const out = await run([FEED, TAG], web.fetchFn, T0);
    expect(out.reports.map((r) => [r.sourceId, r.outcome])).toEqual([['diari', 'updated'], ['tag-bcn', 'updated']]);
    expect(web.calls[1].url).toBe('https://mastodon.example.test/api/v1/timelines/tag/barcelona?limit=40');
    expect(out.states.diari.lastCounts).toEqual({ fetched: 4, new: 2, matched: 2 });
    expect(out.states['tag-bcn'].lastCounts).toEqual({ fetched: 3, new: 2, matched: 2 });
    expect(out.states.diari.etag).toBe('"v1"');
    expect(Date.parse(out.states.diari.nextAttemptAt ?? '') - T0).toBe(30 * MIN);
    expect(Date.parse(out.states['tag-bcn'].nextAttemptAt ?? '') - T0).toBe(15 * MIN);

    const stored = await db.mentions.toArray();
    expect(stored).toHaveLength(4);
    expect(stored.every((m) => m.origin === 'poll')).toBe(true);
    const texts = stored.map((m) => `${m.title ?? ''} ${m.text}`).join('\n');
    expect(texts).not.toMatch(/Sevilla|Tokio|Lisbon/);
    expect(stored.map((m) => m.url).sort()).toContain('https://diari.example.test/local/2026/03/03/metro-merce.html');
    expect(stored.find((m) => m.platform === 'mastodon')?.url).toMatch(/^https:\/\/mastodon\.example\.test\/@/);
  });

  it('counts items seen again as matched but not new', async () => {
    const web = fakeWeb({ 'https://diari.example.test/': { status: 200, body: own('barcelona-news.rss') } });
    await run([FEED], web.fetchFn, T0);
    const again = await run([FEED], web.fetchFn, T0 + 31 * MIN);
    expect(again.states.diari.lastCounts).toEqual({ fetched: 4, new: 0, matched: 2 });
    expect(await db.mentions.count()).toBe(2);
  });

  it.each([
    ['RSS 2.0', 'feeds/node-feedparser/rss2sample.xml', FEED, 4],
    // Every status of the timeline array is read.
    ['Mastodon tag timeline', 'mastodon/rtoot/timeline_tag_rstats_fosstodon.json', TAG, (JSON.parse(new TextDecoder().decode(fixtureBytes('mastodon/rtoot/timeline_tag_rstats_fosstodon.json'))) as unknown[]).length],
  ])('reads a real %s response and drops everything that is not about the city', async (_name, file, source, fetched) => {
    const web = fakeWeb({ 'https://': { status: 200, body: fixtureBytes(file) } });
    const out = await run([source], web.fetchFn, T0);
    expect(out.states[source.id].lastCounts?.fetched).toBe(fetched);
    expect(out.states[source.id].lastCounts?.matched).toBe(0);
    expect(await db.mentions.count()).toBe(0);
  });
});

describe('runPoll: conditional GET, rate limits and errors', () => {
  it('sends the stored ETag and takes a 304 as nothing new', async () => {
    const web = fakeWeb({ 'https://diari.example.test/': [{ status: 200, body: own('barcelona-news.rss'), headers: { etag: '"v1"', 'last-modified': 'Tue, 03 Mar 2026 08:30:00 GMT' } }, { status: 304 }] });
    await run([FEED], web.fetchFn, T0);
    const second = await run([FEED], web.fetchFn, T0 + 31 * MIN);
    expect(web.calls[1].headers['If-None-Match']).toBe('"v1"');
    expect(web.calls[1].headers['If-Modified-Since']).toBe('Tue, 03 Mar 2026 08:30:00 GMT');
    expect(second.reports[0].outcome).toBe('not-modified');
    expect(second.states.diari).toMatchObject({ etag: '"v1"', lastCounts: { fetched: 0, new: 0, matched: 0 }, consecutiveFailures: 0 });
    expect(second.states.diari.lastSuccessAt).toBe(new Date(T0 + 31 * MIN).toISOString());
    expect(await db.mentions.count()).toBe(2);
  });

  it('pushes the next attempt back by Retry-After on a 429 and is not due before it', async () => {
    const web = fakeWeb({ 'https://diari.example.test/': [{ status: 429, headers: { 'retry-after': '600' } }, { status: 200, body: own('barcelona-news.rss') }] });
    const first = await run([FEED], web.fetchFn, T0);
    expect(first.states.diari.nextAttemptAt).toBe(new Date(T0 + 10 * MIN).toISOString());
    expect(first.states.diari.lastFailure).toEqual({ code: 'http', status: 429 });
    const early = await run([FEED], web.fetchFn, T0 + 9 * MIN);
    expect(early.reports).toEqual([]);
    expect(web.calls).toHaveLength(1);
    const later = await run([FEED], web.fetchFn, T0 + 10 * MIN);
    expect(later.reports[0].outcome).toBe('updated');
    expect(later.states.diari.lastFailure).toBeUndefined();
  });

  it.each([
    ['an HTML page', { status: 200, body: '<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>', headers: { 'content-type': 'text/html' } }, { code: 'html-page' }],
    ['a 404', { status: 404 }, { code: 'http', status: 404 }],
    ['broken JSON', { status: 200, body: '[{"id": "1", "content": "<p>Barcel' }, { code: 'broken-json' }],
  ] as const)('stores why %s is not a source, and backs off', async (_name, answer, failure) => {
    const web = fakeWeb({ 'https://': answer });
    const source = _name === 'broken JSON' ? TAG : FEED;
    const out = await run([source], web.fetchFn, T0);
    expect(out.reports[0].outcome).toBe('failed');
    expect(out.states[source.id].lastFailure).toEqual(failure);
    expect(out.reports[0].failure).toEqual(failure);
    expect(out.states[source.id].consecutiveFailures).toBe(1);
    expect(Date.parse(out.states[source.id].nextAttemptAt ?? '')).toBeGreaterThan(T0);
  });

  it('says which host could not be reached when the network fails', async () => {
    const out = await run([TAG], fakeWeb({}).fetchFn, T0);
    expect(out.states['tag-bcn'].lastFailure).toEqual({ code: 'unreachable', host: 'mastodon.example.test', detail: 'Failed to fetch' });
  });

  it('flags a source that keeps failing, stops scheduling it, and still checks it when forced', async () => {
    const web = fakeWeb({ 'https://': { status: 500 } });
    let t = T0;
    for (let i = 0; i < 6; i++) {
      const st = (await readSourceStates(db)).diari;
      t = st?.nextAttemptAt ? Date.parse(st.nextAttemptAt) : t;
      await run([FEED], web.fetchFn, t);
    }
    const flagged = (await readSourceStates(db)).diari;
    expect(flagged).toMatchObject({ flagged: true, consecutiveFailures: 6 });
    expect(flagged.lastFailure).toEqual({ code: 'http', status: 500 });
    const later = await run([FEED], web.fetchFn, t + 30 * 24 * 60 * MIN);
    expect(later.reports).toEqual([]);
    expect(web.calls).toHaveLength(6);
    const forced = await run([FEED], web.fetchFn, t + 30 * 24 * 60 * MIN, { force: ['diari'] });
    expect(forced.reports[0].outcome).toBe('failed');
    expect(web.calls).toHaveLength(7);
  });

  it('keeps the previous validators when storing fails, so the items are fetched again', async () => {
    const web = fakeWeb({ 'https://diari.example.test/': { status: 200, body: own('barcelona-news.rss'), headers: { etag: '"v2"' } } });
    const broken = { ingest: async () => { throw new Error('QuotaExceededError'); } };
    const out = await run([FEED], web.fetchFn, T0, {}, broken);
    expect(out.reports[0]).toMatchObject({ outcome: 'failed', failure: { code: 'store-failed', detail: 'QuotaExceededError' } });
    expect(out.states.diari.lastFailure).toEqual({ code: 'store-failed', detail: 'QuotaExceededError' });
    expect(out.states.diari.etag).toBeUndefined();
    expect(out.states.diari.consecutiveFailures).toBe(1);
  });
});

describe('runPoll: scheduling', () => {
  it('polls only what is due, skips disabled sources and caps a run', async () => {
    const web = fakeWeb({ 'https://': { status: 200, body: own('barcelona-news.rss') } });
    const feeds = [1, 2, 3].map((i) => src({ id: `f${i}`, kind: 'feed', url: `https://site${i}.example.test/rss` }));
    const off = src({ id: 'off', kind: 'feed', url: 'https://off.example.test/rss', enabled: false });
    await putSource(db, feeds[2]);
    await savePollState(db, { sourceId: 'f3', consecutiveFailures: 0, flagged: false, nextAttemptAt: new Date(T0 + MIN).toISOString() }, {});
    const out = await run([...feeds, off], web.fetchFn, T0, { maxSources: 1 });
    expect(out.reports.map((r) => r.sourceId)).toEqual(['f1']);
    const next = await run([...feeds, off], web.fetchFn, T0 + 1000, { maxSources: 10 });
    expect(next.reports.map((r) => r.sourceId)).toEqual(['f2']);
    expect(web.calls.map((c) => c.url)).toEqual(['https://site1.example.test/rss', 'https://site2.example.test/rss']);
  });

  it('keeps a minimum interval per host across runs, and waits it out for a forced check', async () => {
    const web = fakeWeb({ 'https://mastodon.example.test/': { status: 200, body: '[]' } });
    const first = await run([TAG, SEARCH], web.fetchFn, T0);
    expect(first.reports.map((r) => [r.sourceId, r.outcome])).toEqual([['tag-bcn', 'updated'], ['search-bcn', 'host-busy']]);
    expect((await readSourceStates(db))['search-bcn']).toBeUndefined();
    expect(await readHostStates(db)).toEqual({ 'mastodon.example.test': new Date(T0).toISOString() });

    const tooSoon = await run([TAG, SEARCH], web.fetchFn, T0 + 5_000);
    expect(tooSoon.reports.map((r) => r.outcome)).toEqual(['host-busy']);
    const forced = await run([TAG, SEARCH], web.fetchFn, T0 + 6_000, { force: ['search-bcn'] });
    expect(forced.waits).toEqual([4_000]);
    expect(forced.reports[0]).toMatchObject({ sourceId: 'search-bcn', outcome: 'updated' });
    expect(web.calls.at(-1)?.url).toBe('https://mastodon.example.test/api/v2/search?q=Barcelona&type=statuses&limit=40');
  });

  it('does not bring back the state of a source removed while it was being polled', async () => {
    const state: SourceState = { sourceId: 'gone', consecutiveFailures: 0, flagged: false };
    await savePollState(db, state, {});
    expect(await readSourceStates(db)).toEqual({});
  });
});
