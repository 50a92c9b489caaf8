import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request, Route } from '@playwright/test';
import { expect, openExtensionPage, readMentions, resetData, test, type Extension } from './fixtures';

const FIXTURES = path.resolve('test/fixtures/sources');
const RSS = readFileSync(path.join(FIXTURES, 'barcelona-news.rss'));
const HOME = readFileSync(path.join(FIXTURES, 'barcelona-home.html'));
const MASTODON = readFileSync(path.join(FIXTURES, 'mastodon-tag-barcelona.json'));
const HTML_PAGE = '<!DOCTYPE html><html lang="es"><head><title>Inicia sesión</title></head><body><form>…</form></body></html>';

type Handler = (route: Route, request: Request) => Promise<void> | void;

/**
 * Serves a fake host for the whole browser context (pages and the extension's service worker)
 * and records what was asked; `stop()` removes the route so tests sharing the browser stay apart.
 */
async function serveHost(ext: Extension, origin: string, handler: Handler) {
  const seen: Array<{ url: string; headers: Record<string, string>; fromWorker: boolean }> = [];
  const pattern = `${origin}/**`;
  const wrapped: Handler = (route, request) => {
    seen.push({ url: request.url(), headers: request.headers(), fromWorker: !!request.serviceWorker() });
    return handler(route, request);
  };
  await ext.context.route(pattern, wrapped);
  return { seen, stop: () => ext.context.unroute(pattern, wrapped) };
}

async function freshOptions(ext: Extension): Promise<Page> {
  // On a fresh profile the extension opens its own options tab at install, which can interrupt ours.
  const options = await openExtensionPage(ext, 'options').catch(() => openExtensionPage(ext, 'options'));
  await resetData(options);
  await options.reload();
  await expect(options.getByRole('heading', { name: 'Fuentes de escucha' })).toBeVisible();
  return options;
}

async function addFeed(options: Page, url: string): Promise<void> {
  await options.getByTestId('feed-url').fill(url);
  await options.getByTestId('feed-add').click();
}

const row = (options: Page, text: string) => options.getByTestId('source-row').filter({ hasText: text });

test('a feed found from a home page and a Mastodon hashtag are polled on the alarm; only city items are stored and shown', async ({ ext }) => {
  const diari = await serveHost(ext, 'https://diari.example.test', (route, req) => {
    const url = new URL(req.url());
    if (url.pathname === '/') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOME });
    if (url.pathname === '/rss/portada.xml') return route.fulfill({ status: 200, contentType: 'application/rss+xml; charset=utf-8', body: RSS });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  const masto = await serveHost(ext, 'https://mastodon.example.test', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: MASTODON }),
  );
  try {
    const options = await freshOptions(ext);

    // The home page is not a feed: its announced feeds are offered.
    await addFeed(options, 'https://diari.example.test/');
    await expect(options.getByTestId('feed-pick')).toHaveCount(2);
    await options.getByRole('listitem').filter({ hasText: 'Portada' }).getByTestId('feed-pick').click();
    await expect(options.getByTestId('feed-note')).toContainText('Añadida: Portada');

    await options.getByTestId('social-kind').selectOption('mastodon-tag');
    await options.getByTestId('social-instance').fill('mastodon.example.test');
    await options.getByTestId('social-term').fill('barcelona');
    await options.getByTestId('social-add').click();
    await expect(options.getByTestId('sources-message')).toContainText('Añadida: #barcelona · mastodon.example.test');
    await expect(options.getByTestId('source-row')).toHaveCount(2);

    // No "Check now": the background's alarm picks both up.
    await expect(row(options, 'Portada').getByTestId('source-status')).toContainText('4 leídas, 2 nuevas, 2 sobre la ciudad', { timeout: 30_000 });
    await expect(row(options, '#barcelona').getByTestId('source-status')).toContainText('3 leídas, 2 nuevas, 2 sobre la ciudad', { timeout: 30_000 });
    await expect(row(options, 'Portada').getByTestId('source-status')).toContainText('Último éxito');

    // The polls came from the extension's service worker, with cookies left out.
    const polls = [...diari.seen, ...masto.seen].filter((r) => r.url.endsWith('portada.xml') || r.url.includes('/api/v1/timelines/tag/barcelona'));
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(masto.seen[0].url).toBe('https://mastodon.example.test/api/v1/timelines/tag/barcelona?limit=40');
    for (const r of polls) expect(r.headers.cookie).toBeUndefined();
    expect(polls.every((r) => r.fromWorker)).toBe(true);

    const stored = await readMentions(options);
    expect(stored).toHaveLength(4);
    expect(stored.every((m) => m.origin === 'poll')).toBe(true);
    const texts = stored.map((m) => `${String(m.title ?? '')} ${String(m.text)}`).join('\n');
    expect(texts).not.toMatch(/Sevilla|Tokio|Lisbon/);
    expect(stored.map((m) => m.platform).sort()).toEqual(['mastodon', 'mastodon', 'news', 'news']);

    const panel = await openExtensionPage(ext, 'sidepanel');
    await expect(panel.getByTestId('mention')).toHaveCount(4);
    await expect(panel.getByTestId('mention-text').filter({ hasText: 'Bicing de Barcelona' })).toBeVisible();
    await expect(panel.getByText('Sevilla')).toHaveCount(0);
  } finally {
    await diari.stop();
    await masto.stop();
  }
});

test('a 304 answer to the conditional GET stores nothing new', async ({ ext }) => {
  const etag = '"portada-v1"';
  const host = await serveHost(ext, 'https://etag.example.test', (route, req) => {
    if (req.headers()['if-none-match'] === etag) return route.fulfill({ status: 304, headers: { etag } });
    return route.fulfill({ status: 200, contentType: 'application/rss+xml', headers: { etag }, body: RSS });
  });
  try {
    const options = await freshOptions(ext);
    await addFeed(options, 'https://etag.example.test/rss.xml');
    await expect(options.getByTestId('feed-note')).toContainText('Añadida');
    const r = row(options, 'etag.example.test');
    await expect(r.getByTestId('source-status')).toContainText('2 nuevas', { timeout: 30_000 });
    expect(await readMentions(options)).toHaveLength(2);

    await r.getByTestId('source-check').click();
    await expect(r.getByTestId('source-note')).toHaveText('Consultada: nada nuevo desde la última vez.', { timeout: 20_000 });
    await expect(r.getByTestId('source-status')).toContainText('0 leídas, 0 nuevas, 0 sobre la ciudad');
    const last = host.seen.at(-1);
    expect(last?.headers['if-none-match']).toBe(etag);
    expect(await readMentions(options)).toHaveLength(2);
  } finally {
    await host.stop();
  }
});

test('a 429 with Retry-After pushes the next attempt back, visibly', async ({ ext }) => {
  let limited = false;
  const host = await serveHost(ext, 'https://busy.example.test', (route) =>
    limited
      ? route.fulfill({ status: 429, headers: { 'retry-after': '3600' }, body: 'slow down' })
      : route.fulfill({ status: 200, contentType: 'application/rss+xml', body: RSS }),
  );
  try {
    const options = await freshOptions(ext);
    await addFeed(options, 'https://busy.example.test/rss.xml');
    const r = row(options, 'busy.example.test');
    await expect(r.getByTestId('source-status')).toContainText('2 nuevas', { timeout: 30_000 });

    limited = true;
    await r.getByTestId('source-check').click();
    await expect(r.getByTestId('source-error')).toContainText('HTTP 429', { timeout: 20_000 });
    const next = Date.parse((await r.getByTestId('source-next').getAttribute('data-next')) ?? '');
    expect(next - Date.now()).toBeGreaterThan(3500_000);
    expect(next - Date.now()).toBeLessThanOrEqual(3600_000);

    // Nothing is asked of the host while it waits, although the alarm keeps running.
    const asked = host.seen.length;
    await options.waitForTimeout(7_000);
    expect(host.seen.length).toBe(asked);
  } finally {
    await host.stop();
  }
});

test('a source answering with an HTML page shows the error in the UI language', async ({ ext }) => {
  let html = false;
  const host = await serveHost(ext, 'https://moved.example.test', (route, req) =>
    html || new URL(req.url()).pathname === '/login'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HTML_PAGE })
      : route.fulfill({ status: 200, contentType: 'application/rss+xml', body: RSS }),
  );
  try {
    const options = await freshOptions(ext);
    // Typed by the user: refused at once, with the reason.
    await addFeed(options, 'https://moved.example.test/login');
    await expect(options.getByTestId('feed-note')).toHaveText('No se ha añadido: la dirección lleva a una página web que no anuncia ningún feed.');
    await expect(options.getByTestId('source-row')).toHaveCount(0);

    // A feed that later turns into a web page: the status says so.
    await addFeed(options, 'https://moved.example.test/rss.xml');
    const r = row(options, 'moved.example.test');
    await expect(r.getByTestId('source-status')).toContainText('2 nuevas', { timeout: 30_000 });
    html = true;
    await r.getByTestId('source-check').click();
    await expect(r.getByTestId('source-error')).toHaveText('Último error: la dirección devuelve una página web, no un feed.', { timeout: 20_000 });

    // After repeated failures the source is stopped and flagged; "Retry" brings it back.
    const id = await r.getAttribute('data-source-id');
    await options.evaluate(async (sourceId) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pulso');
        open.onsuccess = () => {
          const tx = open.result.transaction('sourceStates', 'readwrite');
          const store = tx.objectStore('sourceStates');
          const get = store.get(sourceId as string);
          get.onsuccess = () => store.put({ ...get.result, flagged: true, consecutiveFailures: 6, nextAttemptAt: undefined });
          tx.oncomplete = () => { open.result.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      });
    }, id);
    // Written behind Dexie's back, so the page reads it afresh.
    await options.reload();
    await expect(r.getByTestId('source-flagged')).toHaveText('Detenida tras varios fallos seguidos');
    await expect(r.getByTestId('source-error')).toHaveText('Último error: la dirección devuelve una página web, no un feed. Se ha detenido tras 6 intentos fallidos seguidos: pulsa «Reintentar» para reanudarla.');
    await expect(r.getByTestId('source-check')).toHaveCount(0);
    const axe = await new AxeBuilder({ page: options }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    html = false;
    await r.getByTestId('source-retry').click();
    await expect(r.getByTestId('source-note')).toHaveText('Consultada.', { timeout: 20_000 });
    await expect(r.getByTestId('source-flagged')).toHaveCount(0);
    await expect(r.getByTestId('source-error')).toHaveCount(0);
  } finally {
    await host.stop();
  }
});

test('with "fetch the full article" on, a teaser whose article is about the city is read from the article page', async ({ ext }) => {
  const teasers = readFileSync(path.join(FIXTURES, 'teasers.rss'));
  const article = readFileSync(path.join(FIXTURES, 'article-metro-nocturno.html'));
  const host = await serveHost(ext, 'https://www.diari.example.test', (route, req) => {
    const p = new URL(req.url()).pathname;
    if (p === '/ciutat/rss.xml') return route.fulfill({ status: 200, contentType: 'application/rss+xml', body: teasers });
    if (p === '/ciutat/2026/03/03/metro-nocturno.html') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: article });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  try {
    const options = await freshOptions(ext);
    await addFeed(options, 'https://www.diari.example.test/ciutat/rss.xml');
    const r = row(options, 'www.diari.example.test');
    await expect(r.getByTestId('source-status')).toContainText('3 leídas, 1 nuevas, 1 sobre la ciudad', { timeout: 30_000 });
    expect(host.seen.filter((s) => s.url.endsWith('.html'))).toEqual([]);

    // A controlled box: it shows checked once the permission is granted and the source saved.
    await r.getByTestId('source-articles').click();
    await expect(r.getByTestId('source-articles')).toBeChecked();
    await r.getByTestId('source-check').click();
    await expect(r.getByTestId('source-status')).toContainText('3 leídas, 1 nuevas, 2 sobre la ciudad', { timeout: 20_000 });

    const pages = host.seen.filter((s) => s.url.endsWith('.html'));
    // Only the two teasers' pages, from the service worker; the stored full item is not re-read.
    expect(pages.map((s) => new URL(s.url).pathname).sort()).toEqual(['/ciutat/2026/03/03/metro-nocturno.html', '/ciutat/2026/03/03/recogida.html']);
    expect(pages.every((s) => s.fromWorker && s.headers.cookie === undefined)).toBe(true);
    const metro = (await readMentions(options)).find((m) => String(m.url).endsWith('metro-nocturno.html'));
    expect(String(metro?.text)).toContain('El metro de Barcelona funcionará sin interrupción');
    expect(metro?.title).toBe('Nuevo horario nocturno del metro este fin de semana');
  } finally {
    await host.stop();
  }
});
