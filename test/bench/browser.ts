import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A real Chromium with the shipped extension build loaded, for browser-side figures. */
export async function withExtension<T>(run: (ctx: { context: BrowserContext; id: string }) => Promise<T>, extensionDir = path.resolve('.output/chrome-mv3')): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pulso-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await context.route(/^https?:\/\//, (r) => r.abort());
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker');
    return await run({ context, id: new URL(sw.url()).host });
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Puts records into the extension's `pulso.mentions` store in one transaction; returns ms. */
export async function bulkStore(page: Page, records: unknown[]): Promise<number> {
  return page.evaluate(async (rows) => {
    // Open through the app's own schema first (the page has created it), then time the write.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pulso');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('mentions', 'readwrite');
      const store = tx.objectStore('mentions');
      for (const r of rows) store.put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - t0;
    db.close();
    return ms;
  }, records);
}

/**
 * Milliseconds from navigation start to a performance mark the page sets on its first real
 * render (`pulso:feed-ready`, `pulso:dashboard-ready`), read after `selector` is visible.
 */
export async function markedRenderMs(context: BrowserContext, url: string, selector: string, mark: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(selector).first().waitFor({ timeout: 120_000 });
  const ms = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, mark);
  await page.close();
  if (!Number.isFinite(ms)) throw new Error(`${url} did not set the ${mark} mark`);
  return ms;
}
