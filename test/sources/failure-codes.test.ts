import { describe, expect, it } from 'vitest';
import { SourceSchema, SourceStateSchema, type Source } from '../../lib/model/source';
import type { SourceFailure } from '../../lib/model/source-failure';
import { failureText } from '../../lib/sources/failure-text';
import { parseSavedSource } from '../../lib/sources/parse-saved';
import { initialState, nextState, retrySource } from '../../lib/sources/poll-policy';
import { pollSource, type FetchFn } from '../../lib/sources/poll-source';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const feed: Source = SourceSchema.parse({ id: 'diari', kind: 'feed', url: 'https://diari.example.test/rss.xml' });
const policy = { random: () => 0.5 };
const bytes = (s: string) => new TextEncoder().encode(s);

/** A fetch that answers once, as told: a status, a thrown network error, or a body that breaks off. */
function answer(a: { status: number; body?: string } | Error | 'body-breaks'): FetchFn {
  return async () => {
    if (a instanceof Error) throw a;
    if (a === 'body-breaks') {
      return { status: 200, headers: new Headers(), arrayBuffer: () => Promise.reject(new TypeError('network error')) };
    }
    return new Response(a.status === 304 ? null : (a.body ?? ''), { status: a.status });
  };
}

describe('each way a source can fail gets its code and parameters', () => {
  it.each([
    ['no bytes at all', '', { code: 'empty' }],
    ['only whitespace', ' \n\t ', { code: 'blank' }],
    ['plain text', 'Servei temporalment no disponible', { code: 'not-xml' }],
    ['a web page', '<!DOCTYPE html><html><body>Portada</body></html>', { code: 'html-page' }],
    ['another XML document', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', { code: 'wrong-root', root: 'svg' }],
    ['RSS the parser refuses', '<rss><oops', { code: 'unparsable', detail: expect.stringMatching(/\w{3}/) }],
    ['cut-off JSON', '[{"id":"1","content":"<p>Barcel', { code: 'broken-json' }],
    ['an API error object', '{"error":"Record not found"}', { code: 'api-error', detail: 'Record not found' }],
    ['JSON in no known format', '{"hello":"world"}', { code: 'unknown-json' }],
  ])('reading %s', (_name, body, failure) => {
    expect(parseSavedSource(bytes(body), 'https://diari.example.test/rss.xml')).toEqual({ ok: false, failure });
  });

  it.each([401, 403, 404, 410, 429, 500, 503, 418])('an HTTP %d answer', async (status) => {
    const r = await pollSource(feed, initialState(feed.id), answer({ status }), NOW, policy);
    expect(r.failure).toEqual({ code: 'http', status });
    expect(r.state.lastFailure).toEqual({ code: 'http', status });
  });

  it.each([
    ['a host that cannot be reached', answer(new TypeError('Failed to fetch')), { code: 'unreachable', host: 'diari.example.test', detail: 'Failed to fetch' }],
    ['a download that breaks off', answer('body-breaks'), { code: 'download-broken', detail: 'network error' }],
    ['a page instead of the feed', answer({ status: 200, body: '<html><head></head><body>x</body></html>' }), { code: 'html-page' }],
  ])('polling %s', async (_name, fetchFn, failure) => {
    const r = await pollSource(feed, initialState(feed.id), fetchFn, NOW, policy);
    expect(r.failure).toEqual(failure);
    expect(SourceStateSchema.parse(r.state).lastFailure).toEqual(failure);
  });

  it('clamps a huge technical detail so the state still fits its schema', async () => {
    const r = await pollSource(feed, initialState(feed.id), answer(new Error('x'.repeat(5000))), NOW, policy);
    expect(r.failure?.code === 'unreachable' && r.failure.detail.length).toBe(500);
    expect(SourceStateSchema.safeParse(r.state).success).toBe(true);
  });
});

describe('the stored failure', () => {
  const older = { ...initialState('diari'), consecutiveFailures: 1, lastError: 'the server had a problem (HTTP 500)' };

  it('replaces the English sentence an older version stored, and clears on success or retry', () => {
    const failed = nextState(older, { ok: false, status: 404, failure: { code: 'http', status: 404 } }, NOW, { ...policy, intervalMinutes: 30 });
    expect(failed).toMatchObject({ lastFailure: { code: 'http', status: 404 }, lastError: undefined, consecutiveFailures: 2 });
    const ok = nextState(failed, { ok: true, status: 200 }, NOW, { ...policy, intervalMinutes: 30 });
    expect(ok.lastFailure).toBeUndefined();
    expect(retrySource(failed)).toMatchObject({ lastFailure: undefined, lastError: undefined, consecutiveFailures: 0 });
  });

  it('keeps an older state that has only the English sentence', () => {
    expect(SourceStateSchema.parse(older)).toMatchObject({ lastError: 'the server had a problem (HTTP 500)' });
    expect(SourceStateSchema.parse(older).lastFailure).toBeUndefined();
  });

  it('drops a failure code it does not know (from a newer version), never the whole state', () => {
    const r = SourceStateSchema.safeParse({ ...older, etag: '"v3"', lastFailure: { code: 'from-the-future' } });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ sourceId: 'diari', etag: '"v3"', lastFailure: undefined });
  });
});

describe('failureText: one line of English for the extract CLI and logs', () => {
  it.each<[SourceFailure, string]>([
    [{ code: 'empty' }, 'the source is empty: the server returned no content'],
    [{ code: 'blank' }, 'not a feed: the document is empty'],
    [{ code: 'not-xml' }, 'not a feed: the document is not XML'],
    [{ code: 'html-page' }, 'not a feed: the server returned an HTML page'],
    [{ code: 'page-without-feeds' }, 'not a feed: the server returned an HTML page, and it announces no feed'],
    [{ code: 'wrong-root', root: 'svg' }, 'not a feed: the document is <svg>, not RSS, RDF or Atom'],
    [{ code: 'unparsable', detail: 'Unrecognized feed format.' }, 'not a feed: unrecognized feed format'],
    [{ code: 'bad-items', detail: 'boom' }, "could not read the feed's items: boom"],
    [{ code: 'broken-json' }, 'broken JSON: the response is cut off or not valid JSON'],
    [{ code: 'api-error', detail: 'Not Found' }, 'the server answered with an error: Not Found'],
    [{ code: 'unknown-json' }, 'unknown JSON: not a JSON Feed nor a Mastodon, Bluesky or Reddit response'],
    [{ code: 'unreadable', detail: 'boom' }, 'could not read the source: boom'],
    [{ code: 'http', status: 403 }, 'the server refused access (HTTP 403)'],
    [{ code: 'http', status: 404 }, 'the server says this address does not exist (HTTP 404)'],
    [{ code: 'http', status: 410 }, 'the server says this source is gone for good (HTTP 410)'],
    [{ code: 'http', status: 429 }, 'too many requests: the server asked us to slow down (HTTP 429)'],
    [{ code: 'http', status: 502 }, 'the server had a problem (HTTP 502)'],
    [{ code: 'http', status: 418 }, 'unexpected answer from the server (HTTP 418)'],
    [{ code: 'unreachable', host: 'diari.example.test', detail: 'Failed to fetch' }, 'could not reach diari.example.test: Failed to fetch'],
    [{ code: 'download-broken', detail: 'network error' }, 'the download broke off: network error'],
    [{ code: 'store-failed', detail: 'QuotaExceededError' }, 'could not store the items: QuotaExceededError'],
  ])('%j', (failure, line) => {
    expect(failureText(failure)).toBe(line);
  });
});
