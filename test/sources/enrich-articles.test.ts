import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPulsoDB } from '@/lib/db/schema';
import { putSource, readSourceStates, savePollState } from '@/lib/db/sources-store';
import { SourceSchema } from '@/lib/model/source';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { articleHostPattern, enrichArticles, type EnrichDeps } from '@/lib/sources/enrich-articles';
import { ingestPolled, knownItems } from '@/lib/sources/ingest-polled';
import { parseSavedSource } from '@/lib/sources/parse-saved';
import type { FetchFn } from '@/lib/sources/poll-source';
import { readArticle } from '@/lib/sources/read-article';
import { runPoll } from '@/lib/sources/run-poll';
import { createPipeline } from '@/lib/tagging/pipeline';
import { failureText } from '@/lib/sources/failure-text';
import { fixtureBytes } from './fixtures';

const own = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url)));
const FEED_URL = 'https://www.diari.example.test/ciutat/rss.xml';
const ARTICLE_URL = 'https://www.diari.example.test/ciutat/2026/03/03/metro-nocturno.html';
const teasers = () => {
  const r = parseSavedSource(own('teasers.rss'), FEED_URL);
  if (!r.ok) throw new Error(failureText(r.failure));
  return r.items;
};

/** Serves the article page, 404 for anything else; logs requests. */
function site() {
  const asked: string[] = [];
  const fetchFn: FetchFn = async (url) => {
    asked.push(url);
    if (url === FEED_URL) return new Response(new Blob([own('teasers.rss')]), { status: 200 });
    if (url === ARTICLE_URL) return new Response(new Blob([own('article-metro-nocturno.html')]), { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    return new Response('not found', { status: 404 });
  };
  return { fetchFn, asked };
}

const deps = (fetchFn: FetchFn, over: Partial<EnrichDeps> = {}): EnrichDeps & { waits: number[] } => {
  const waits: number[] = [];
  return { fetchFn, readArticle, known: async (items) => items.map(() => false), allowed: async () => true, wait: async (ms) => void waits.push(ms), waits, ...over };
};

describe('readArticle', () => {
  it('reads the article text of a saved news page', () => {
    const a = readArticle(new TextDecoder().decode(own('article-metro-nocturno.html')), ARTICLE_URL);
    expect(a?.text).toContain('El metro de Barcelona funcionará sin interrupción');
    expect(a?.text).toContain('Passeig de Gràcia');
    expect(a?.text).not.toContain('Esports');
  });

  it('reads a real article from the shared corpus', () => {
    const html = new TextDecoder().decode(fixtureBytes('news-articles/cnet-svg-classes/source.html'));
    expect(readArticle(html, 'https://www.cnet.com/es/noticias/twitter-lite-america-latina/')?.text).toContain('Twitter Lite');
  });

});

describe('enrichArticles', () => {
  it('replaces only the teasers with their article text, keeping the feed’s title, link and date', async () => {
    const web = site();
    const d = deps(web.fetchFn);
    const items = teasers();
    const r = await enrichArticles(items, d);
    expect(web.asked).toEqual([ARTICLE_URL, 'https://www.diari.example.test/ciutat/2026/03/03/recogida.html']);
    expect(r).toMatchObject({ fetched: 1, failed: 1, noAccess: 0 });
    expect(r.items[0]).toMatchObject({ title: items[0].title, url: items[0].url, publishedAt: items[0].publishedAt });
    expect(r.items[0].text).toContain('El metro de Barcelona funcionará');
    expect(r.items[1]).toEqual(items[1]);
    expect(r.items[2]).toEqual(items[2]);
    expect(d.waits).toEqual([1000]);
  });

  it.each([
    ['already stored', { known: async (items: unknown[]) => items.map(() => true) }, { fetched: 0, failed: 0, noAccess: 0 }],
    ['on a host the user did not grant', { allowed: async () => false }, { fetched: 0, failed: 0, noAccess: 2 }],
  ])('does not fetch items %s', async (_name, over, counts) => {
    const web = site();
    const r = await enrichArticles(teasers(), deps(web.fetchFn, over as Partial<EnrichDeps>));
    expect(web.asked).toEqual([]);
    expect(r).toMatchObject(counts);
    expect(r.items).toEqual(teasers());
  });

  it('fetches at most `max` pages per poll', async () => {
    const web = site();
    await enrichArticles(teasers(), deps(web.fetchFn), 1);
    expect(web.asked).toEqual([ARTICLE_URL]);
  });

  it('keeps the teaser when the page holds no article', async () => {
    const nav = new TextEncoder().encode('<!DOCTYPE html><html><body><nav><a href="/">Inicio</a></nav></body></html>');
    const r = await enrichArticles(teasers(), deps(async () => new Response(new Blob([nav]), { status: 200 })));
    expect(r).toMatchObject({ fetched: 0, failed: 2 });
    expect(r.items).toEqual(teasers());
  });

  it('keeps the teaser when the network fails', async () => {
    const r = await enrichArticles(teasers(), deps(async () => { throw new TypeError('Failed to fetch'); }));
    expect(r).toMatchObject({ fetched: 0, failed: 2 });
    expect(r.items).toEqual(teasers());
  });
});

describe('runPoll with article fetching', () => {
  it.each([true, false])('fetchArticles=%s: a teaser whose article is about the city is kept only when articles are fetched', async (on) => {
    const db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
    const source = SourceSchema.parse({ id: 'ciutat', kind: 'feed', url: FEED_URL, fetchArticles: on });
    await putSource(db, source);
    const web = site();
    await runPoll(
      { sources: [source], states: {}, hostStates: {}, minHostMs: 0, maxSources: 5 },
      {
        fetchFn: web.fetchFn,
        clock: () => new Date('2026-03-03T09:00:00Z'),
        random: () => 0.5,
        ingest: ingestPolled(db, createPipeline(BARCELONA_PROFILE)),
        save: (s, h) => savePollState(db, s, h),
        wait: async () => undefined,
        enrich: async (items) => (await enrichArticles(items, deps(web.fetchFn, { known: knownItems(db) }))).items,
      },
    );
    const mentions = await db.mentions.toArray();
    const metro = mentions.find((m) => m.url === ARTICLE_URL);
    expect(mentions.length).toBe(on ? 2 : 1);
    expect(!!metro).toBe(on);
    if (metro) expect(metro.text).toContain('El metro de Barcelona funcionará');
    expect((await readSourceStates(db)).ciutat.lastCounts).toEqual({ fetched: 3, new: on ? 2 : 1, matched: on ? 2 : 1 });
    db.close();
  });
});

describe('articleHostPattern', () => {
  it.each([
    ['https://www.diari.example.test/ciutat/rss.xml', 'https://*.example.test/*'],
    ['https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/portada', 'https://*.elpais.com/*'],
    ['https://www.lavanguardia.com/rss/home.xml', 'https://*.lavanguardia.com/*'],
    ['https://feeds.bbci.co.uk/news/rss.xml', 'https://*.bbci.co.uk/*'],
    ['https://www.elperiodico.com.es/rss', 'https://*.elperiodico.com.es/*'],
    ['http://example.org/feed', 'http://example.org/*'],
    ['http://192.168.1.10/feed', 'http://192.168.1.10/*'],
  ])('%s → %s', (url, pattern) => {
    expect(articleHostPattern(url)).toBe(pattern);
  });
});
