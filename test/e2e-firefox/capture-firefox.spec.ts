import { createHash } from 'node:crypto';
import { test as base } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { extractFromJson } from '../../lib/capture/extract';
import { REDDIT_SEARCH_API, redditCityListing, searchTweets, setTweetText, shared } from '../e2e/browse-helpers';
import { launchFirefox, openExtensionPage, readTable, resetData, serveOnly, type FirefoxExtension, type Served } from './firefox';
import { startLocalSite, type LocalSite } from './local-site';

const X_PAGE = 'https://x.com/search?q=barcelona&src=typed_query';
const X_API = 'https://x.com/i/api/graphql/nK1dw4oV3k4w5TdtcAdSww/SearchTimeline?variables=%7B%22rawQuery%22%3A%22barcelona%22%7D';
// Under the same GraphQL path (so the webRequest listener sees it) but not a timeline operation:
// the filter must let it through unread.
const X_OTHER = 'https://x.com/i/api/graphql/aB3dE5fG7hI9jK1lM3nO5p/Viewer?variables=%7B%7D';
// A timeline operation answered with a server error: like the Chrome hook, not read.
const X_FAILED = 'https://x.com/i/api/graphql/c7Hf2Lq9Zr1Xw8Vb3Nm5Kt/HomeTimeline?variables=%7B%7D';
// A strict policy like x.com's: no inline script without the nonce, fetch only to the page's own origin.
const STRICT_CSP = "default-src 'none'; script-src 'nonce-pulsoFx1'; connect-src 'self'; style-src 'self'";

const BARCELONA_TWEETS = [
  'La Sagrada Família de Barcelona está llena de turistas esta mañana',
  'Avui a Barcelona hi ha vaga de metro i els busos van plens',
  'Barcelona opens new bike lanes in the Eixample & Gràcia <finally>',
];

/**
 * A platform web app page: its own script fetches each API URL in turn and shows, per response,
 * the HTTP status and the SHA-256 of the bytes it received (what the page really got).
 */
const appPage = (apis: string[]): string => `<!doctype html><html><head><meta charset="utf-8"><title>app</title></head><body><div id="out"></div>
<script nonce="pulsoFx1">(async () => {
  const out = document.getElementById('out');
  const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('');
  try {
    const got = [];
    for (const u of ${JSON.stringify(apis)}) {
      const r = await fetch(u, { credentials: 'include' });
      got.push(r.status + ':' + hex(await crypto.subtle.digest('SHA-256', await r.arrayBuffer())));
    }
    out.textContent = 'loaded ' + got.join(' ');
  } catch (e) { out.textContent = 'failed ' + e; }
})();</script></body></html>`;

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

type Firefox = FirefoxExtension & { panel: Page; site: LocalSite };

const test = base.extend<object, { ff: Firefox }>({
  ff: [
    // Playwright requires the fixtures argument to be destructured, even when empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await startLocalSite(['x.com', 'www.reddit.com']);
      const ext = await launchFirefox(site.proxyPort);
      const panel = await openExtensionPage(ext, 'sidepanel');
      await use({ ...ext, panel, site });
      await ext.close();
      await site.close();
    },
    { scope: 'worker' },
  ],
});
const expect = test.expect;

/** How responses reach Firefox: made up by WebDriver BiDi request interception, or from a local HTTPS server over the real network stack. */
type Via = 'bidi' | 'network';

/** Loads `pageUrl` (an app page fetching `apis`) in a fresh tab, everything served from `routes`, and returns what its script reported. */
async function browse(ff: Firefox, pageUrl: string, apis: string[], routes: Map<string, Served>, via: Via = 'bidi'): Promise<string> {
  const page = await ff.browser.newPage();
  const all = new Map([...routes, [pageUrl, { body: appPage(apis), contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': STRICT_CSP } }]]);
  if (via === 'bidi') await serveOnly(page, all);
  else ff.site.serve(all);
  await page.goto(pageUrl);
  const handle = await page.waitForFunction(() => /^(loaded|failed)/.test(document.getElementById('out')?.textContent ?? ''), { timeout: 10_000 });
  await handle.dispose();
  const said = await page.$eval('#out', (e) => e.textContent ?? '');
  await page.close();
  return said;
}

/** What the app page reports when every response reached it byte for byte. */
const intact = (apis: string[], routes: Map<string, Served>): string =>
  `loaded ${apis.map((u) => `${routes.get(u)?.status ?? 200}:${sha256(routes.get(u)?.body ?? '')}`).join(' ')}`;

const clearTables = (panel: Page) => panel.evaluate(() => new Promise<void>((resolve, reject) => {
  const req = indexedDB.open('pulso');
  req.onerror = () => reject(req.error);
  req.onsuccess = () => {
    const db = req.result;
    const tx = db.transaction(Array.from(db.objectStoreNames), 'readwrite');
    for (const n of Array.from(db.objectStoreNames)) tx.objectStore(n).clear();
    tx.oncomplete = () => { db.close(); resolve(); };
    tx.onerror = () => reject(tx.error);
  };
}));

/**
 * Turns capture on for `platforms`, then visits until a visit is read. The background re-plans
 * its webRequest listener when the settings change; a page loaded before that lands is not
 * read, so the visit is repeated on a clean store until one is.
 */
async function browseWithCapture(ff: Firefox, platforms: string[], visit: () => Promise<void>): Promise<void> {
  await resetData(ff.panel, { browseCapture: { enabled: platforms, newsDomains: [], mastodonHosts: [] } });
  await expect(async () => {
    await clearTables(ff.panel);
    await visit();
    await expect.poll(async () => (await readTable(ff.panel, 'parserHealth')).length, { timeout: 3_000 }).toBe(platforms.length);
  }).toPass({ timeout: 20_000 });
}

test('Firefox: with X capture off, a browsed timeline is neither read nor stored', async ({ ff }) => {
  const timeline = shared('x-twitter/twscrape/raw_search.json');
  const routes = new Map<string, Served>([[X_API, { body: timeline, contentType: 'application/json; charset=utf-8' }]]);
  await resetData(ff.panel, { browseCapture: { enabled: [], newsDomains: [], mastodonHosts: [] } });
  expect(await browse(ff, X_PAGE, [X_API], routes)).toBe(intact([X_API], routes));
  // Reading takes a few milliseconds when it happens (next tests); give it ample time not to.
  await new Promise((r) => setTimeout(r, 1_500));
  expect(await readTable(ff.panel, 'parserHealth')).toEqual([]);
  expect(await readTable(ff.panel, 'mentions')).toEqual([]);
});

for (const via of ['bidi', 'network'] as const) test(`Firefox (${via === 'bidi' ? 'responses from BiDi interception' : 'real HTTPS from a local server'}): X's GraphQL timeline is read through filterResponseData; only posts about the city are stored, and the page gets every response intact`, async ({ ff }) => {
  const search = JSON.parse(shared('x-twitter/twscrape/raw_search.json'));
  const tweets = searchTweets(search);
  expect(tweets.length).toBeGreaterThan(5);
  const chosen = [tweets[0], tweets[3], tweets[5]];
  chosen.forEach((t, i) => setTweetText(t, BARCELONA_TWEETS[i]));
  const timeline = JSON.stringify(search);
  const reference = extractFromJson(search, X_API);
  expect(reference.parsed).toBeGreaterThan(tweets.length);
  const json = 'application/json; charset=utf-8';
  const routes = new Map<string, Served>([
    [X_API, { body: timeline, contentType: json }],
    [X_OTHER, { body: timeline, contentType: json }],
    [X_FAILED, { body: timeline, contentType: json, status: 503 }],
  ]);
  const apis = [X_API, X_OTHER, X_FAILED];

  await browseWithCapture(ff, ['x'], async () => {
    expect(await browse(ff, X_PAGE, apis, routes, via)).toBe(intact(apis, routes));
  });
  // Over the network, every response came from the local server (none from interception).
  if (via === 'network') expect(ff.site.hits).toEqual(expect.arrayContaining([X_PAGE, ...apis]));

  await expect.poll(async () => (await readTable(ff.panel, 'mentions')).length).toBe(3);
  const stored = await readTable(ff.panel, 'mentions');
  expect(stored.map((m) => m.text).sort()).toEqual([...BARCELONA_TWEETS].sort());
  for (const t of chosen) expect(stored.some((m) => String(m.url).endsWith(`/status/${t.rest_id}`))).toBe(true);
  expect(stored.every((m) => m.platform === 'x' && m.origin === 'browse')).toBe(true);
  // Every post of the timeline was read once (quoted and retweeted ones too); the other GraphQL
  // call and the failed one, with the same body, were not read at all.
  const [health] = await readTable(ff.panel, 'parserHealth');
  expect(health).toMatchObject({ platform: 'x', seen: reference.seen, parsed: reference.parsed, matched: 3, skipped: reference.skipped });
});

test('Firefox: a Reddit listing fetched by the page on www.reddit.com; only the posts about the city are stored', async ({ ff }) => {
  const { listing, children } = redditCityListing();
  const api = REDDIT_SEARCH_API;
  const routes = new Map<string, Served>([[api, { body: JSON.stringify(listing), contentType: 'application/json; charset=UTF-8' }]]);

  await browseWithCapture(ff, ['reddit'], async () => {
    expect(await browse(ff, 'https://www.reddit.com/r/barcelona/', [api], routes)).toBe(intact([api], routes));
  });

  await expect.poll(async () => (await readTable(ff.panel, 'mentions')).length).toBe(2);
  const stored = await readTable(ff.panel, 'mentions');
  expect(stored.map((m) => m.title).sort()).toEqual(['Barcelona & its superilles: a year later', 'Moving to Barcelona: which barrio for a family?']);
  expect(stored.find((m) => String(m.title).includes('superilles'))?.text).toBe('Gràcia feels calmer <3');
  expect(stored.every((m) => m.platform === 'reddit' && m.origin === 'browse')).toBe(true);
  const [health] = await readTable(ff.panel, 'parserHealth');
  expect(health).toMatchObject({ platform: 'reddit', parsed: children.length, matched: 2 });
});
