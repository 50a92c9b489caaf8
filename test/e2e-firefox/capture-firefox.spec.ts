import { test as base } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { extractFromJson } from '../../lib/capture/extract';
import { searchTweets, setTweetText, shared } from '../e2e/browse-helpers';
import { launchFirefox, openExtensionPage, readTable, resetData, serveOnly, type FirefoxExtension, type Served } from './firefox';

const X_PAGE = 'https://x.com/search?q=barcelona&src=typed_query';
const X_API = 'https://x.com/i/api/graphql/nK1dw4oV3k4w5TdtcAdSww/SearchTimeline?variables=%7B%22rawQuery%22%3A%22barcelona%22%7D';
// Under the same GraphQL path (so the webRequest listener sees it) but not a timeline operation:
// the filter must let it through unread.
const X_OTHER = 'https://x.com/i/api/graphql/aB3dE5fG7hI9jK1lM3nO5p/Viewer?variables=%7B%7D';
// A strict policy like x.com's: no inline script without the nonce, fetch only to the page's own origin.
const STRICT_CSP = "default-src 'none'; script-src 'nonce-pulsoFx1'; connect-src 'self'; style-src 'self'";

const BARCELONA_TWEETS = [
  'La Sagrada Família de Barcelona está llena de turistas esta mañana',
  'Avui a Barcelona hi ha vaga de metro i els busos van plens',
  'Barcelona opens new bike lanes in the Eixample & Gràcia <finally>',
];

/** The search page as X serves it: its own script fetches the timeline, then another GraphQL call, and shows what it received. */
const xPage = (): string => `<!doctype html><html><head><meta charset="utf-8"><title>X</title></head><body><div id="out"></div>
<script nonce="pulsoFx1">(async () => {
  const out = document.getElementById('out');
  try {
    const a = await (await fetch(${JSON.stringify(X_API)}, { credentials: 'include' })).text();
    const b = await (await fetch(${JSON.stringify(X_OTHER)}, { credentials: 'include' })).text();
    out.textContent = 'loaded ' + a.length + ' ' + b.length;
  } catch (e) { out.textContent = 'failed ' + e; }
})();</script></body></html>`;

const test = base.extend<object, { ff: FirefoxExtension & { panel: Page } }>({
  ff: [
    // Playwright requires the fixtures argument to be destructured, even when empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const ext = await launchFirefox();
      const panel = await openExtensionPage(ext, 'sidepanel');
      await use({ ...ext, panel });
      await ext.close();
    },
    { scope: 'worker' },
  ],
});
const expect = test.expect;

/** Loads the X search page in a fresh tab and returns what its script reported. */
async function browseX(ff: FirefoxExtension, timeline: string): Promise<string> {
  const page = await ff.browser.newPage();
  const routes = new Map<string, Served>([
    [X_PAGE, { body: xPage(), contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': STRICT_CSP } }],
    [X_API, { body: timeline, contentType: 'application/json; charset=utf-8' }],
    [X_OTHER, { body: timeline, contentType: 'application/json; charset=utf-8' }],
  ]);
  await serveOnly(page, routes);
  await page.goto(X_PAGE);
  const handle = await page.waitForFunction(() => /^(loaded|failed)/.test(document.getElementById('out')?.textContent ?? ''), { timeout: 10_000 });
  await handle.dispose();
  const said = await page.$eval('#out', (e) => e.textContent ?? '');
  await page.close();
  return said;
}

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

const X_ON = { browseCapture: { enabled: ['x'], newsDomains: [], mastodonHosts: [] } };

test('Firefox: with X capture off, a browsed timeline is neither read nor stored', async ({ ff }) => {
  const search = shared('x-twitter/twscrape/raw_search.json');
  await resetData(ff.panel, { browseCapture: { enabled: [], newsDomains: [], mastodonHosts: [] } });
  expect(await browseX(ff, search)).toBe(`loaded ${search.length} ${search.length}`);
  // Reading takes a few milliseconds when it happens (next test); give it ample time not to.
  await new Promise((r) => setTimeout(r, 1_500));
  expect(await readTable(ff.panel, 'parserHealth')).toEqual([]);
  expect(await readTable(ff.panel, 'mentions')).toEqual([]);
});

test('Firefox: the page\'s GraphQL timeline is read through filterResponseData; only posts about the city are stored, and the page gets the response intact', async ({ ff }) => {
  const search = JSON.parse(shared('x-twitter/twscrape/raw_search.json'));
  const tweets = searchTweets(search);
  expect(tweets.length).toBeGreaterThan(5);
  const chosen = [tweets[0], tweets[3], tweets[5]];
  chosen.forEach((t, i) => setTweetText(t, BARCELONA_TWEETS[i]));
  const timeline = JSON.stringify(search);
  const reference = extractFromJson(search, X_API);
  expect(reference.parsed).toBeGreaterThan(tweets.length);

  await resetData(ff.panel, X_ON);
  // The background re-plans its listener when the settings change; a page loaded before that
  // lands is not read, so the visit is repeated (on a clean store) until one is.
  await expect(async () => {
    await clearTables(ff.panel);
    expect(await browseX(ff, timeline)).toBe(`loaded ${timeline.length} ${timeline.length}`);
    await expect.poll(async () => (await readTable(ff.panel, 'parserHealth')).length, { timeout: 3_000 }).toBe(1);
  }).toPass({ timeout: 20_000 });

  await expect.poll(async () => (await readTable(ff.panel, 'mentions')).length).toBe(3);
  const stored = await readTable(ff.panel, 'mentions');
  expect(stored.map((m) => m.text).sort()).toEqual([...BARCELONA_TWEETS].sort());
  for (const t of chosen) expect(stored.some((m) => String(m.url).endsWith(`/status/${t.rest_id}`))).toBe(true);
  expect(stored.every((m) => m.platform === 'x' && m.origin === 'browse')).toBe(true);
  // Every post of the timeline was read once (quoted and retweeted ones too); the other GraphQL
  // response, with the same body, was not read at all.
  const [health] = await readTable(ff.panel, 'parserHealth');
  expect(health).toMatchObject({ platform: 'x', seen: reference.seen, parsed: reference.parsed, matched: 3, skipped: reference.skipped });
});
