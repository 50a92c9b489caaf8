import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsAdapter, hostInList } from '../../lib/capture/platforms/news';
import { pickAdapter } from '../../lib/capture/registry';
import { domText } from '../../lib/capture/text';
import { allValid, docOf, htmlResult, readShared, SHARED } from './helpers';

// Readability's own test pages, parsed with the base URL its tests use.
const PAGE_URL = 'http://fakehost/test/page.html';
const PAGES = readdirSync(path.join(SHARED, 'news-articles')).filter((d) => existsSync(path.join(SHARED, 'news-articles', d, 'source.html'))).sort();

interface Expected { title: string | null; byline: string | null; lang: string | null; publishedTime: string | null }

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('news articles (Readability test pages)', () => {
  it('covers all 42 saved pages', () => {
    expect(PAGES).toHaveLength(42);
  });

  it.each(PAGES)('%s: title, byline, language, date and the start of the text', (name) => {
    const expected = JSON.parse(readShared(`news-articles/${name}/expected-metadata.json`)) as Expected;
    const r = htmlResult(readShared(`news-articles/${name}/source.html`), PAGE_URL, { newsDomains: ['fakehost'] });
    expect(r.platform).toBe('news');
    expect(r.parsed).toBe(1);
    expect(allValid(r.posts)).toBe(true);
    const post = r.posts[0];
    const raw = post.raw as { byline?: string };
    expect(post.title ?? null).toBe(expected.title?.trim() || null);
    expect(raw.byline ?? null).toBe(expected.byline ?? null);
    expect(post.lang ?? null).toBe(expected.lang ?? null);
    if (expected.publishedTime) expect(Date.parse(post.publishedAt ?? '')).not.toBeNaN();
    else expect(post.publishedAt).toBeUndefined();
    const body = docOf(`<!doctype html><html><body>${readShared(`news-articles/${name}/expected.html`)}</body></html>`).body;
    const want = squash(domText(body as unknown as Element)).slice(0, 80);
    expect(want.length).toBeGreaterThan(0);
    expect(squash(post.text).slice(0, 80)).toBe(want);
  });

  it('dates without a zone are read as UTC and keep their time', () => {
    const r = htmlResult(readShared('news-articles/engadget/source.html'), PAGE_URL, { newsDomains: ['fakehost'] });
    expect(r.posts[0].publishedAt).toBe('2017-11-03T03:01:00.000Z');
    const bbc = htmlResult(readShared('news-articles/bbc-1/source.html'), PAGE_URL, { newsDomains: ['fakehost'] });
    expect(bbc.posts[0].publishedAt).toBe('2015-07-24T04:36:09.000Z');
  });

  it('is detected by JSON-LD / og:type on any host, or by the user domain list', () => {
    const bbc = docOf(readShared('news-articles/bbc-1/source.html'));
    expect(pickAdapter('https://www.bbc.com/news/world-us-canada-33646542', bbc)?.id).toBe('news');
    const bare = docOf('<html><head><title>x</title></head><body><p>Text</p></body></html>');
    expect(pickAdapter('https://www.lavanguardia.com/local/barcelona/x.html', bare)).toBeNull();
    expect(pickAdapter('https://www.lavanguardia.com/local/barcelona/x.html', bare, { newsDomains: ['lavanguardia.com'] })?.id).toBe('news');
    expect(hostInList('m.lavanguardia.com', ['lavanguardia.com'])).toBe(true);
    expect(hostInList('notlavanguardia.com', ['lavanguardia.com'])).toBe(false);
  });

  it('the permalink is the canonical link, else og:url, else the page URL; the page is left untouched', () => {
    const html = '<html lang="ca"><head><link rel="canonical" href="https://diari.example/noticia/1"><meta property="og:type" content="article"><title>Títol</title></head><body><article><h1>Títol</h1><p>' + 'El metro de Barcelona amplia horaris. '.repeat(20) + '</p></article></body></html>';
    const doc = docOf(html);
    const before = doc.documentElement.outerHTML;
    const posts = newsAdapter.fromDocument?.(doc, 'https://diari.example/noticia/1?utm_source=x') ?? [];
    expect(posts[0].url).toBe('https://diari.example/noticia/1');
    expect(posts[0].lang).toBe('ca');
    expect(doc.documentElement.outerHTML).toBe(before);
    const noCanonical = newsAdapter.fromDocument?.(docOf(html.replace(/<link[^>]+>/, '')), 'https://diari.example/noticia/1?x=1') ?? [];
    expect(noCanonical[0].url).toBe('https://diari.example/noticia/1?x=1');
  });
});
