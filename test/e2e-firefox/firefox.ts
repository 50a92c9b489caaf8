import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { clearPulsoStore } from '../e2e/pulso-store';

/** Debian's Firefox ESR (.ci/run installs it; scripts/test-all.mjs runs these tests only where it exists). */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The Firefox e2e build (`wxt build -b firefox --mode e2e`): the shipped add-on plus the host access a user would grant. */
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv2-e2e');
const ADDON_ID = 'pulso@pulso.local';
// Firefox gives each add-on a random internal UUID per profile; a preset one lets the tests
// open moz-extension:// pages without asking the browser for it.
const UUID = '5d1c7e0a-3b9f-4c2e-8a61-0f4d2b7c9e13';

export interface FirefoxExtension {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Launches stock Firefox through WebDriver BiDi with a fresh profile and installs the built
 * add-on as a temporary one. Every network connection goes to the local proxy at `proxyPort`
 * (see local-site.ts; by default a dead port), so a request the test does not answer itself
 * fails instead of reaching the internet. The proxy's test certificate is accepted.
 */
export async function launchFirefox(proxyPort = 9): Promise<FirefoxExtension> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox e2e build in ${FIREFOX_BUILD}: run npx wxt build -b firefox --mode e2e`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !process.env.HEADED,
    acceptInsecureCerts: true,
    // BiDi refuses to navigate to moz-extension:// pages without system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'intl.locale.requested': 'es-ES',
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_BUILD);
    if (id !== ADDON_ID) throw new Error(`installed add-on id ${id}, expected ${ADDON_ID}`);
  } catch (err) {
    await browser.close();
    throw err;
  }
  return { browser, close: () => browser.close() };
}

/**
 * Opens one of Pulso's pages in a new tab and waits until its document is ready. BiDi reports
 * no load for moz-extension:// documents, so the navigation is started and the page polled.
 */
export async function openExtensionPage(ext: FirefoxExtension, name: 'sidepanel' | 'options'): Promise<Page> {
  const page = await ext.browser.newPage();
  const url = `moz-extension://${UUID}/${name}.html`;
  void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  for (const started = Date.now(); Date.now() - started < 15_000; ) {
    const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (ready) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not load`);
}

/** One answer the test serves for a URL. */
export interface Served {
  body: string;
  contentType: string;
  status?: number;
  headers?: Record<string, string>;
}

/** Answers the page's requests from `routes` (exact URLs) and refuses every other one. */
export async function serveOnly(page: Page, routes: Map<string, Served>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    const hit = routes.get(req.url());
    if (!hit) return void req.abort('internetdisconnected');
    void req.respond({ status: hit.status ?? 200, contentType: hit.contentType, body: hit.body, headers: hit.headers ?? {} });
  });
}

/** Every record of one table of the extension's IndexedDB `pulso` ([] when the table does not exist yet). */
export async function readTable(page: Page, table: string): Promise<Array<Record<string, unknown>>> {
  return page.evaluate((t) => new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
    const req = indexedDB.open('pulso');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(t)) { db.close(); resolve([]); return; }
      const all = db.transaction(t, 'readonly').objectStore(t).getAll();
      all.onsuccess = () => { resolve(all.result as Array<Record<string, unknown>>); db.close(); };
      all.onerror = () => reject(all.error);
    };
  }), table);
}

/** Empties every table and the settings, then stores `storage` (e.g. browse-capture settings) as the background reads them. */
export async function resetData(page: Page, storage: Record<string, unknown>): Promise<void> {
  await page.evaluate(clearPulsoStore, storage);
}
