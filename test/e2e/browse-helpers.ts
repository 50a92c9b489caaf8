import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SHARED, expect, openExtensionPage, type Extension } from './fixtures';

/** A fixture from /work/shared/fixtures as text. */
export const shared = (rel: string): string => readFileSync(path.join(SHARED, 'fixtures', rel), 'utf8');

/** X and Reddit escape exactly these three characters in post text. */
export const escapeMinimal = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The tweets (GraphQL `Tweet` results) of a twscrape SearchTimeline capture, in timeline order. */
/** The search listing API the Reddit tests' page fetches. */
export const REDDIT_SEARCH_API = 'https://www.reddit.com/r/barcelona/search.json?q=barcelona&restrict_sr=on';

/**
 * A real praw search listing with two posts rewritten to be about the city (one with a
 * self-text carrying HTML entities, as Reddit escapes it); the other posts are not.
 */
export function redditCityListing(): { listing: { data: { children: Array<{ data: Record<string, unknown> }> } }; children: Array<{ data: Record<string, unknown> }> } {
  const listing = JSON.parse(shared('reddit/praw/search_r-all_2016.json'));
  const children = listing.data.children as Array<{ data: Record<string, unknown> }>;
  children[1].data.title = 'Moving to Barcelona: which barrio for a family?';
  children[4].data.title = 'Barcelona & its superilles: a year later';
  children[4].data.selftext = escapeMinimal('Gràcia feels calmer <3');
  return { listing, children };
}

export function searchTweets(search: { data: { search_by_raw_query: { search_timeline: { timeline: { instructions: Array<{ entries?: unknown[] }> } } } } }): Array<Record<string, unknown> & { rest_id: string; legacy: Record<string, unknown> }> {
  const entries = search.data.search_by_raw_query.search_timeline.timeline.instructions.flatMap((i) => i.entries ?? []) as Array<{ content: { itemContent?: { tweet_results?: { result?: Record<string, unknown> } } } }>;
  return entries.map((e) => e.content.itemContent?.tweet_results?.result).filter((t): t is Record<string, unknown> & { rest_id: string; legacy: Record<string, unknown> } => !!t && t.__typename === 'Tweet');
}

/** Gives a tweet new text (escaped as X sends it) and no link entities. */
export function setTweetText(t: Record<string, unknown> & { legacy: Record<string, unknown> }, text: string): void {
  delete t.note_tweet;
  t.legacy.full_text = escapeMinimal(text);
  t.legacy.entities = { urls: [], media: [], hashtags: [], user_mentions: [] };
}

/** An HTML page whose inline script fetches `apiUrl` as the platform's web app would. */
export function appPage(apiUrl: string, extraHead = '', body = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>app</title>${extraHead}</head><body>${body}<div id="out"></div>
<script>fetch(${JSON.stringify(apiUrl)}, { credentials: 'include' }).then(r => r.json()).then(j => { document.getElementById('out').textContent = 'loaded ' + JSON.stringify(j).length; window.__pageRead = true; }, e => { document.getElementById('out').textContent = 'failed ' + e; });</script></body></html>`;
}

/** Serves `body` at `url` for this page (HTML, or JSON when the type says so). */
export async function serve(page: Page, url: string | RegExp, body: string, contentType = 'text/html; charset=utf-8', headers: Record<string, string> = {}): Promise<void> {
  await page.route(url, (route) => route.fulfill({ status: 200, contentType, body, headers }));
}

/**
 * Turns platforms on in the options page, as a user would (each switch asks for host access;
 * the e2e build already holds it, so the request resolves at once), adds news domains and
 * Mastodon servers, then waits until the background has registered the content scripts.
 */
export async function enableCapture(ext: Extension, platforms: string[], hosts: { news?: string[]; mastodon?: string[] } = {}): Promise<void> {
  const options = await openExtensionPage(ext, 'options');
  const section = options.getByTestId('platform-settings');
  for (const [p, list] of [['news', hosts.news ?? []], ['mastodon', hosts.mastodon ?? []]] as const) {
    for (const h of list) {
      const box = section.getByTestId(`hosts-${p}`);
      await box.getByRole('textbox').fill(h);
      await box.getByRole('button', { name: /Añadir/ }).click();
      await expect(box.getByRole('listitem').filter({ hasText: h })).toHaveCount(1);
    }
  }
  for (const p of platforms) {
    const toggle = section.getByTestId(`platform-${p}`).getByRole('checkbox');
    await toggle.click();
    await expect(toggle).toBeChecked();
  }
  await expect.poll(async () => {
    const ids = await ext.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    return platforms.every((p) => ids.some((id) => id.endsWith(`-${p}`)));
  }).toBe(true);
  await options.close();
}

/** The parser-health record of a platform, read from the extension's database. */
export async function readHealth(page: Page, platform: string): Promise<Record<string, number | string> | undefined> {
  return page.evaluate((p) => new Promise<Record<string, number | string> | undefined>((resolve, reject) => {
    const req = indexedDB.open('pulso');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('parserHealth', 'readonly').objectStore('parserHealth').get(p);
      get.onsuccess = () => { resolve(get.result); db.close(); };
      get.onerror = () => reject(get.error);
    };
  }), platform);
}
