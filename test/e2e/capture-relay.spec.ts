import type { Page } from '@playwright/test';
import { extractFromJson } from '../../lib/capture/extract';
import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';
import { appPage, enableCapture, readHealth, searchTweets, serve, setTweetText, shared } from './browse-helpers';

const X_PAGE = 'https://x.com/search?q=barcelona&src=typed_query';
const X_API = 'https://x.com/i/api/graphql/nK1dw4oV3k4w5TdtcAdSww/SearchTimeline?variables=%7B%22rawQuery%22%3A%22barcelona%22%7D';
const STRICT_CSP = "default-src 'none'; script-src 'nonce-pulsoTest1'; connect-src 'self'; style-src 'self'";
const ABOUT_CITY = ['Barcelona estrena carrils bici a l’Eixample', 'La Rambla de Barcelona está llena hoy'];

/** A timeline with two posts about the city, as JSON text. */
function timeline(): { json: string } {
  const search = JSON.parse(shared('x-twitter/twscrape/raw_search.json'));
  const tweets = searchTweets(search);
  ABOUT_CITY.forEach((text, i) => setTweetText(tweets[i * 2], text));
  return { json: JSON.stringify(search) };
}

async function open(page: Page, html: string, csp?: string): Promise<void> {
  await serve(page, X_PAGE, html, 'text/html; charset=utf-8', csp ? { 'content-security-policy': csp } : {});
  await serve(page, X_API, timeline().json, 'application/json');
  await page.goto(X_PAGE);
  await expect(page.locator('#out')).toHaveText(/^loaded \d+/);
}

test('page-API bodies reach the background through the hidden relay frame, under a strict CSP, and the frame is not reachable at a fixed address', async ({ ext }) => {
  const panel = await openExtensionPage(ext, 'sidepanel');
  await resetData(panel);
  await enableCapture(ext, ['x']);
  const page = await ext.context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  const started = Date.now();
  await open(page, appPage(X_API).replace(/<script>/, '<script nonce="pulsoTest1">'), STRICT_CSP);

  await expect.poll(async () => (await readMentions(panel)).filter((m) => m.platform === 'x').map((m) => m.text).sort()).toEqual([...ABOUT_CITY].sort());
  // Through the frame, not the fallback (which only starts after the frame failed to answer for 5 s).
  expect(Date.now() - started).toBeLessThan(5000);
  expect(page.frames().some((f) => f.url().startsWith('chrome-extension://') && f.url().endsWith('/capture-relay.html'))).toBe(true);
  // The frame stays out of the page's layout and selectors.
  await expect(page.locator('pulso-relay')).toBeHidden();
  expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
  expect(violations).toEqual([]);

  // Pages cannot probe the extension's static address for the relay page (use_dynamic_url).
  const probe = await ext.context.newPage();
  await serve(probe, 'https://example.org/', '<!doctype html><title>probe</title>');
  await probe.goto('https://example.org/');
  const loaded = await probe.evaluate(async (url) => fetch(url).then(() => true, () => false), `chrome-extension://${ext.id}/capture-relay.html`);
  expect(loaded).toBe(false);
});

test('when the page removes the relay frame, bodies still reach the background directly', async ({ ext }) => {
  const panel = await openExtensionPage(ext, 'sidepanel');
  await resetData(panel);
  await enableCapture(ext, ['x']);
  const page = await ext.context.newPage();
  // A page that throws out every element it does not know, as soon as it appears.
  const removeStrangers = `<script>new MutationObserver(() => { for (const el of document.querySelectorAll('pulso-relay')) el.remove(); }).observe(document.documentElement, { childList: true, subtree: true });</script>`;
  await open(page, appPage(X_API, removeStrangers));
  const parsed = extractFromJson(JSON.parse(timeline().json), X_API).parsed;
  await expect.poll(async () => (await readMentions(panel)).filter((m) => m.platform === 'x').map((m) => m.text).sort(), { timeout: 20_000 }).toEqual([...ABOUT_CITY].sort());
  // Counted once: the body went one way only.
  await expect.poll(async () => Number((await readHealth(panel, 'x'))?.parsed)).toBe(parsed);
  await expect(page.locator('pulso-relay')).toHaveCount(0);
});
