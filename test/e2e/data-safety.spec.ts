import type { Page } from '@playwright/test';
import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';

const BATCHES = 200;
const PER_BATCH = 50;
const KILL_AFTER_MS = 1500;

/** Adds queue entries straight into the extension's IndexedDB, as the background's enqueue would. */
async function fillQueue(page: Page, batches: number, perBatch: number): Promise<void> {
  await page.evaluate(({ batches, perBatch }) => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('pulso');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('queue', 'readwrite');
      const at = new Date().toISOString();
      for (let b = 0; b < batches; b++) {
        const items = Array.from({ length: perBatch }, (_, i) => {
          const id = `${b}-${i}`;
          return { origin: 'browse', raw: { platform: 'x', nativeId: id, url: `https://x.com/u/status/${id}`, text: `El metro de Barcelona avui va ple, missatge ${id}`, author: { handle: `veina${i}` } } };
        });
        tx.objectStore('queue').add({ enqueuedAt: at, items, attempts: 0 });
      }
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), { batches, perBatch });
}

/** Queue entries and stored mentions, read in one transaction. */
async function snapshot(page: Page): Promise<{ queue: number; mentions: number }> {
  return page.evaluate(() => new Promise<{ queue: number; mentions: number }>((resolve, reject) => {
    const req = indexedDB.open('pulso');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['queue', 'mentions'], 'readonly');
      const q = tx.objectStore('queue').count();
      const m = tx.objectStore('mentions').count();
      tx.oncomplete = () => { resolve({ queue: q.result, mentions: m.result }); db.close(); };
    };
  }));
}

async function queueCount(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve, reject) => {
    const req = indexedDB.open('pulso');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const c = db.transaction('queue', 'readonly').objectStore('queue').count();
      c.onsuccess = () => { resolve(c.result); db.close(); };
    };
  }));
}

/** Wakes (or starts) the service worker with an extension message nobody answers (the start-up drain does the work). */
async function wakeWorker(page: Page): Promise<void> {
  await page.evaluate(() => void chrome.runtime.sendMessage({ id: 1, type: 'data/wake', data: undefined, timestamp: Date.now() }).catch(() => undefined));
}

test('killing the service worker mid-batch loses nothing and stores nothing twice', async ({ ext }) => {
  test.setTimeout(120_000);
  const page = await openExtensionPage(ext, 'options');
  await resetData(page);
  const cdp = await ext.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => statuses.push(...e.versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await fillQueue(page, BATCHES, PER_BATCH);
  expect(await queueCount(page)).toBe(BATCHES);

  // The worker starts, drains on start-up; stop it while batches are still waiting.
  await wakeWorker(page);
  // (Reading the queue from a page while the worker writes would wait behind its transactions,
  // so the stop is timed instead: the whole drain takes several seconds on this machine.)
  await page.waitForTimeout(KILL_AFTER_MS);
  const mark = statuses.length;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.slice(mark).includes('stopped')).toBe(true);
  // One read transaction over both tables: a consistent picture of the moment after the kill.
  const atKill = await snapshot(page);
  expect(atKill.queue).toBeGreaterThan(0);
  expect(atKill.mentions).toBeLessThan(BATCHES * PER_BATCH);
  // Nothing half-written: every stored mention belongs to a batch that left the queue.
  expect(atKill.mentions).toBe((BATCHES - atKill.queue) * PER_BATCH);

  // Any extension event restarts it; the start-up drain finishes the job.
  await wakeWorker(page);
  await expect.poll(() => queueCount(page), { timeout: 90_000 }).toBe(0);
  const stored = await readMentions(page);
  const ids = new Set(stored.map((m) => m.id));
  // A batch processed twice would have moved lastSeenAt past capturedAt (seen again).
  const twice = stored.filter((m) => m.lastSeenAt !== m.capturedAt).length;
  console.log(JSON.stringify({ workerKill: { in: BATCHES * PER_BATCH, storedAtKill: atKill.mentions, leftAtKill: atKill.queue * PER_BATCH, stored: stored.length, distinct: ids.size, duplicates: twice } }));
  expect(stored).toHaveLength(BATCHES * PER_BATCH);
  expect(ids.size).toBe(BATCHES * PER_BATCH);
  expect(twice).toBe(0);
});
