import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { dayKeyOfMs } from '../../lib/indicators';
import { addMention, emptyTally } from '../../lib/indicators/tally';
import type { DayRollup } from '../../lib/model/indicator';
import type { Mention } from '../../lib/model/mention';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { withExtension } from './browser';
import { syntheticMentions } from './store';

const TZ = BARCELONA_PROFILE.timezone;
const TEMPLATES = 3000;
const SPAN_MINUTES = 365 * 24 * 60;
// Record i is template i % TEMPLATES at minute (i · STRIDE) mod a year before `now`: every day
// of the year gets mentions, deterministically. The page generates the same records (below).
const STRIDE = 7919;

function sortAtMs(i: number, nowMs: number): number {
  return nowMs - ((i * STRIDE) % SPAN_MINUTES) * 60_000 - 1000;
}

/** The daily rollups of records [0, n), computed as the app keeps them (tally per local day). */
export function rollupsFor(templates: Mention[], n: number, nowMs: number): DayRollup[] {
  const rows = new Map<string, DayRollup>();
  for (let i = 0; i < n; i++) {
    const day = dayKeyOfMs(sortAtMs(i, nowMs), TZ);
    let row = rows.get(day);
    if (!row) rows.set(day, (row = { day, ...emptyTally() }));
    addMention(row, templates[i % templates.length], 1);
  }
  return [...rows.values()];
}

/** Writes records [from, to) generated inside the page (1M cannot travel as JSON); returns ms. */
export async function storeRange(page: Page, from: number, to: number, nowMs: number): Promise<number> {
  return page.evaluate(async ({ from, to, nowMs, stride, span }) => {
    const w = window as unknown as { __templates: Record<string, unknown>[] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pulso');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const t0 = performance.now();
    const CHUNK = 25_000;
    for (let start = from; start < to; start += CHUNK) {
      await new Promise<void>((resolve, reject) => {
        // Relaxed durability, as Dexie's bulk writes use in Chromium: no fsync per transaction.
        const tx = db.transaction('mentions', 'readwrite', { durability: 'relaxed' });
        const store = tx.objectStore('mentions');
        for (let i = start; i < Math.min(to, start + CHUNK); i++) {
          const tpl = w.__templates[i % w.__templates.length];
          const at = new Date(nowMs - ((i * stride) % span) * 60_000 - 1000).toISOString();
          store.put({ ...tpl, id: `bench:${i}`, url: `https://example.test/bench/${i}`, sortAt: at, capturedAt: at, publishedAt: at });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    const ms = performance.now() - t0;
    db.close();
    return ms;
  }, { from, to, nowMs, stride: STRIDE, span: SPAN_MINUTES });
}

/** Replaces the rollups table and marks it in step for the profile's time zone. */
export async function storeRollups(page: Page, rows: DayRollup[], tz: string): Promise<void> {
  await page.evaluate(async ({ rows, tz }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pulso');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['rollups', 'indicatorMeta'], 'readwrite');
      tx.objectStore('rollups').clear();
      for (const r of rows) tx.objectStore('rollups').put(r);
      tx.objectStore('indicatorMeta').put({ key: 'rollups', tz, stale: false, computedAt: new Date().toISOString() });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { rows, tz });
}

/** Mentions the dashboard's 30-day headline should count, read back through the page. */
async function countSince(page: Page, fromIso: string): Promise<number> {
  return page.evaluate(async (from) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pulso');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const n = await new Promise<number>((resolve, reject) => {
      const req = db.transaction('mentions').objectStore('mentions').index('sortAt').count(IDBKeyRange.lowerBound(from));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return n;
  }, fromIso);
}

/**
 * Milliseconds from navigation start to the dashboard's `pulso:dashboard-ready` mark (set once
 * headline, shifts and charts are drawn).
 */
async function renderDashboard(page: Page, url: string): Promise<number> {
  const p = await page.context().newPage();
  await p.goto(url);
  await p.locator('[data-testid="dashboard"][data-ready="true"] [data-testid="chart-volume"] canvas').waitFor({ timeout: 120_000 });
  const ms = await p.evaluate(() => performance.getEntriesByName('pulso:dashboard-ready')[0]?.startTime ?? Number.NaN);
  await p.close();
  if (!Number.isFinite(ms)) throw new Error('the dashboard did not mark its first render');
  return ms;
}

/**
 * Dashboard first render (headline, shifts and charts drawn from rollups) over 100k and 1M
 * stored mentions, and the time to bulk-store the first 100k, in the shipped build.
 */
export async function benchDashboard(): Promise<Record<string, number>> {
  // The shipped build must contain the dashboard: rebuild (a few seconds) rather than trust a stale one.
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error('build failed');
  const templates = syntheticMentions(TEMPLATES);
  const nowMs = Date.now();
  return withExtension(async ({ context, id }) => {
    const url = `chrome-extension://${id}/sidepanel.html#dashboard/window=30d`;
    // Records are written from the feed page (it creates the database); the dashboard opens fresh.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/sidepanel.html#feed`);
    await page.getByTestId('feed-count').waitFor({ timeout: 60_000 });
    // Warm-up: open the dashboard twice (empty), as a user who has opened the side panel before;
    // Chromium caches a page's compiled code from its third load on, so the figures measure the
    // data work, not the first compiles of the page's code.
    for (let i = 0; i < 2; i++) await renderDashboard(page, url);
    await page.evaluate((t) => { (window as unknown as { __templates: unknown[] }).__templates = t; }, templates);
    const out: Record<string, number> = {};
    let stored = 0;
    for (const [label, n] of [['100k', 100_000], ['1M', 1_000_000]] as const) {
      const ms = await storeRange(page, stored, n, nowMs);
      process.stderr.write(`bench dashboard: stored ${n} in ${Math.round(ms)} ms\n`);
      if (label === '100k') out['store.bulkMs.100k'] = Math.round(ms);
      stored = n;
      const rows = rollupsFor(templates, n, nowMs);
      await storeRollups(page, rows, TZ);
      // Sanity: the rollups hold every stored record.
      const total = rows.reduce((s, x) => s + x.n, 0);
      if (total !== n || (await countSince(page, new Date(0).toISOString())) !== n) throw new Error(`stored ${n} but rollups hold ${total}`);
      // A user opens the dashboard some time after an import, not while IndexedDB is still
      // flushing it: let the store settle for two seconds first.
      await page.waitForTimeout(2000);
      out[`dashboard.firstRenderMs.${label}`] = Math.round(await renderDashboard(page, url));
      process.stderr.write(`bench dashboard: rendered ${label} in ${out[`dashboard.firstRenderMs.${label}`]} ms\n`);
    }
    await page.close();
    return out;
  });
}
