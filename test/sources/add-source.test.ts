import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceSchema } from '@/lib/model/source';
import { newSource } from '@/lib/sources/new-source';
import type { FetchFn } from '@/lib/sources/poll-source';
import { probeFeedUrl } from '@/lib/sources/probe-feed';
import { hostPermissionFor } from '@/lib/sources/source-request';
import { fixtureBytes } from './fixtures';

const own = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url)));
const NOW = new Date('2026-03-03T09:00:00.000Z');

function answer(status: number, body: Uint8Array | string, contentType?: string): FetchFn {
  return async () => {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { status, headers: contentType ? { 'content-type': contentType } : {} });
  };
}

describe('probeFeedUrl: what the address the user typed is', () => {
  it.each([
    ['our RSS', own('barcelona-news.rss'), 4, 'rss'],
    ['a real Atom feed', fixtureBytes('feeds/node-feedparser/tpm.atom'), undefined, 'atom'],
  ])('takes %s as a feed', async (_name, bytes, items, format) => {
    const r = await probeFeedUrl('https://diari.example.test/rss/portada.xml', answer(200, bytes));
    expect(r).toMatchObject({ kind: 'feed', url: 'https://diari.example.test/rss/portada.xml', format });
    if (items !== undefined && r.kind === 'feed') expect(r.items).toBe(items);
  });

  it('finds the feeds a home page announces, resolved to absolute URLs, for the user to pick', async () => {
    const r = await probeFeedUrl('https://diari.example.test/', answer(200, own('barcelona-home.html'), 'text/html; charset=utf-8'));
    expect(r).toEqual({
      kind: 'page',
      url: 'https://diari.example.test/',
      feeds: [
        { url: 'https://diari.example.test/rss/portada.xml', type: 'rss', title: 'Portada' },
        { url: 'https://diari.example.test/atom/ultima-hora.xml', type: 'atom', title: 'Última hora' },
      ],
    });
  });

  it.each([
    ['a page with no feed', answer(200, '<!DOCTYPE html><html><head><title>x</title></head><body>x</body></html>', 'text/html'), { code: 'page-without-feeds' }],
    ['a document that is not a feed', answer(200, '<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'image/svg+xml'), { code: 'wrong-root', root: 'svg' }],
    ['a 404', answer(404, 'gone'), { code: 'http', status: 404 }],
    ['an unreachable host', (async () => { throw new TypeError('Failed to fetch'); }) as FetchFn, { code: 'unreachable', host: 'diari.example.test', detail: 'Failed to fetch' }],
  ] as const)('explains %s', async (_name, fetchFn, failure) => {
    expect(await probeFeedUrl('https://diari.example.test/', fetchFn)).toEqual({ kind: 'error', failure });
  });
});

describe('newSource', () => {
  const existing = [SourceSchema.parse({ id: 'a', kind: 'mastodon-tag', instance: 'mastodon.social', tag: 'barcelona', label: '#barcelona' })];

  it('gives a valid source a stable id with its kind and default schedule', () => {
    const r = newSource({ kind: 'bluesky-search', query: 'Barcelona' }, existing, NOW, () => 0.5);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.source).toMatchObject({ kind: 'bluesky-search', query: 'Barcelona', intervalMinutes: 30, enabled: true });
    expect(r.source.id).toMatch(/^bluesky-search-[0-9a-z]+-[0-9a-z]{4}$/);
    const other = newSource({ kind: 'bluesky-search', query: 'Barcelona (es)' }, existing, NOW, () => 0.25);
    expect(other.ok && other.source.id).not.toBe(r.source.id);
    expect(hostPermissionFor(r.source)).toBe('https://public.api.bsky.app/*');
  });

  it.each([
    [{ kind: 'mastodon-tag' as const, instance: 'mastodon.social', tag: 'barcelona' }, 'duplicate', '#barcelona'],
    [{ kind: 'mastodon-tag' as const, instance: 'https://mastodon.social', tag: 'barcelona' }, 'invalid', 'instance'],
    [{ kind: 'reddit-new' as const, subreddit: 'r/barcelona' }, 'invalid', 'subreddit'],
    [{ kind: 'feed' as const, url: 'javascript:alert(1)' }, 'invalid', 'url'],
    [{ kind: 'feed' as const, url: 'https://x.example/rss', intervalMinutes: 1 }, 'invalid', 'intervalMinutes'],
  ])('refuses %o (%s)', (fields, reason, detail) => {
    const r = newSource(fields, existing, NOW, () => 0.5);
    expect(r).toMatchObject({ ok: false, reason });
    if (!r.ok) expect(r.reason === 'invalid' ? r.field : r.detail).toBe(detail);
  });
});
