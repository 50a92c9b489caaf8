/// <reference types="chrome" />
import { chromium, test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearPulsoStore } from './pulso-store';

/** The e2e build: the shipped extension plus the host access a user would have granted. */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');
export const SHARED = path.resolve('../shared');

export interface Extension {
  context: BrowserContext;
  sw: Worker;
  id: string;
}

/** Launches real Chromium with the built extension on a fresh profile. */
export async function launchExtension(extensionDir = EXTENSION_DIR): Promise<Extension & { close(): Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'pulso-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: !process.env.HEADED,
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox',
      '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--lang=es-ES',
    ],
  });
  // Nothing in a test may reach the internet: anything not routed by the test is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  const id = new URL(sw.url()).host;
  // On install Pulso opens its first-run page; let it appear and close it so tests start clean.
  for (let waited = 0; waited < 5_000; waited += 100) {
    const welcome = context.pages().find((p) => p.url().includes(`${id}/options.html`));
    if (welcome) {
      await welcome.close();
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    context, sw, id,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens one of Pulso's pages as a tab. */
export async function openExtensionPage(ext: Extension, page: 'popup' | 'sidepanel' | 'options', hash = ''): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(`chrome-extension://${ext.id}/${page}.html${hash}`);
  return p;
}

/** Reads every stored mention through an extension page (the extension's own IndexedDB). */
export async function readMentions(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const req = indexedDB.open('pulso');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('mentions')) { db.close(); resolve([]); return; }
          const tx = db.transaction('mentions', 'readonly');
          const all = tx.objectStore('mentions').getAll();
          all.onsuccess = () => { resolve(all.result); db.close(); };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Empties the mentions table and settings between tests that share a browser. */
export async function resetData(page: Page): Promise<void> {
  await page.evaluate(clearPulsoStore, {});
}

/** One browser with the extension per worker; each test gets fresh pages. */
export const test = base.extend<{ ext: Extension }, { sharedExt: Extension & { close(): Promise<void> } }>({
  sharedExt: [
    // Playwright requires the fixtures argument to be destructured, even when empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const ext = await launchExtension();
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ sharedExt }, use) => {
    await use(sharedExt);
    // Keep one blank tab: closing the last one would end the shared browser.
    const keep = await sharedExt.context.newPage();
    for (const p of sharedExt.context.pages()) if (p !== keep) await p.close().catch(() => undefined);
  },
});
export const expect = test.expect;
