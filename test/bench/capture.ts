import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { withExtension } from './browser';

const E2E_BUILD = path.resolve('.output/chrome-mv3-e2e');
const SHARED = path.resolve('../shared/fixtures');
const POSTS = 2000;
const PER_PAGE = 100;
const FEED = 'https://x.com/home';
const API = (n: number) => `https://x.com/i/api/graphql/benchHome/HomeTimeline?cursor=${n}`;

/** 20 HomeTimeline-shaped GraphQL pages of 100 real-format tweets (twscrape template), one in five about Barcelona. */
function payloads(): string[] {
  const search = JSON.parse(readFileSync(path.join(SHARED, 'x-twitter/twscrape/raw_search.json'), 'utf8'));
  const entries = search.data.search_by_raw_query.search_timeline.timeline.instructions[0].entries as Array<{ content: { itemContent?: { tweet_results?: { result?: Record<string, unknown> } } } }>;
  const template = entries.map((e) => e.content.itemContent?.tweet_results?.result).find((t) => t?.__typename === 'Tweet' && !t.quoted_status_result)!;
  const out: string[] = [];
  for (let p = 0; p < POSTS / PER_PAGE; p++) {
    const list = [];
    for (let i = 0; i < PER_PAGE; i++) {
      const n = p * PER_PAGE + i;
      const t = structuredClone(template) as Record<string, unknown> & { legacy: Record<string, unknown> };
      t.rest_id = String(1800000000000000000n + BigInt(n));
      delete t.note_tweet;
      t.legacy = { ...t.legacy, id_str: t.rest_id, entities: { urls: [], media: [] },
        full_text: n % 5 === 0 ? `Barcelona post ${n}: la Rambla està plena de gent avui` : `Post ${n} about something else entirely, with a few more words to read` };
      list.push({ entryId: `tweet-${t.rest_id}`, content: { itemContent: { tweet_results: { result: t } } } });
    }
    out.push(JSON.stringify({ data: { home: { home_timeline_urt: { instructions: [{ type: 'TimelineAddEntries', entries: list }] } } } }));
  }
  return out;
}

/** The feed page: each "load more" fetches a timeline page and renders its tweets with X's markup. */
function feedHtml(): string {
  const cell = readFileSync(path.resolve('test/fixtures/capture/x/dom-search-tweet.html'), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Home / X</title></head><body>
<template id="tpl">${cell}</template><main id="feed" style="width:600px"></main>
<script>
window.more = async (n) => {
  const j = await (await fetch(${JSON.stringify(API(0).replace(/0$/, ''))} + n)).json();
  const frag = document.createDocumentFragment();
  for (const e of j.data.home.home_timeline_urt.instructions[0].entries) {
    const t = e.content.itemContent.tweet_results.result;
    const cell = document.getElementById('tpl').content.firstElementChild.cloneNode(true);
    for (const a of cell.querySelectorAll('a[href*="/status/"]')) a.setAttribute('href', a.getAttribute('href').replace(/status\\/\\d+/, 'status/' + t.rest_id));
    cell.querySelector('[data-testid="tweetText"]').textContent = t.legacy.full_text;
    frag.appendChild(cell);
  }
  document.getElementById('feed').appendChild(frag);
};
</script></body></html>`;
}

async function health(ext: Page): Promise<number> {
  return ext.evaluate(() => new Promise<number>((resolve) => {
    const req = indexedDB.open('pulso');
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('parserHealth', 'readonly').objectStore('parserHealth').get('x');
      get.onsuccess = () => { resolve(Number(get.result?.parsed ?? 0)); db.close(); };
      get.onerror = () => { resolve(0); db.close(); };
    };
    req.onerror = () => resolve(0);
  }));
}

/** Loads the feed, scrolls through 2,000 posts and returns main-thread figures for the page. */
async function scenario(context: BrowserContext, ext: Page, enabled: boolean, bodies: string[]) {
  await ext.evaluate(async (on) => {
    await chrome.storage.local.set({ browseCapture: { enabled: on ? ['x'] : [] } });
  }, enabled);
  const want = enabled ? 2 : 0;
  for (let i = 0; i < 100; i++) {
    const ids = await ext.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
    if (ids === want) break;
    await ext.waitForTimeout(50);
  }
  const before = enabled ? await health(ext) : 0;
  const page = await context.newPage();
  await page.route(FEED, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: feedHtml() }));
  await page.route(/\/i\/api\/graphql\/benchHome\/HomeTimeline/, (r) => {
    const n = Number(new URL(r.request().url()).searchParams.get('cursor'));
    return r.fulfill({ status: 200, contentType: 'application/json', body: bodies[n] });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(FEED);
  for (let n = 0; n < bodies.length; n++) {
    await page.evaluate((i) => (window as unknown as { more: (i: number) => Promise<void> }).more(i), n);
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(120);
  }
  if (enabled) {
    for (let i = 0; i < 300 && (await health(ext)) - before < POSTS; i++) await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long.length);
  const captured = enabled ? (await health(ext)) - before : 0;
  await page.close();

  // Self time of every sampled frame from Pulso's own scripts (chrome-extension:// URLs).
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples!.length; i++) self.set(profile.samples![i], (self.get(profile.samples![i]) ?? 0) + profile.timeDeltas![i]);
  let pulsoUs = 0;
  for (const node of profile.nodes) if (node.callFrame.url.startsWith('chrome-extension://')) pulsoUs += self.get(node.id) ?? 0;
  return { pulsoMs: pulsoUs / 1000, scriptMs: metrics.ScriptDuration * 1000, taskMs: metrics.TaskDuration * 1000, longTasks, captured };
}

/** Capture while scrolling a 2,000-post X feed: Pulso's main-thread time per post, long tasks, bundle sizes. */
export async function benchCapture(): Promise<Record<string, number>> {
  if (!existsSync(path.join(E2E_BUILD, 'manifest.json'))) {
    const r = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('e2e build failed');
  }
  const bytes = (f: string) => statSync(path.join(E2E_BUILD, 'content-scripts', f)).size;
  const bodies = payloads();
  return withExtension(async ({ context, id }) => {
    const ext = await context.newPage();
    // The background opens the options page on install, which can interrupt this first navigation.
    for (let i = 0; ; i++) {
      try {
        await ext.goto(`chrome-extension://${id}/sidepanel.html`);
        break;
      } catch (err) {
        if (i >= 2) throw err;
        await ext.waitForTimeout(300);
      }
    }
    const base = await scenario(context, ext, false, bodies);
    const run = await scenario(context, ext, true, bodies);
    if (run.captured < POSTS) throw new Error(`only ${run.captured} of ${POSTS} posts captured`);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    return {
      'capture.msPerPost': r3(run.pulsoMs / run.captured),
      'capture.pulsoMainThreadMs': Math.round(run.pulsoMs),
      'capture.postsCaptured': run.captured,
      'capture.longTasks': Math.max(0, run.longTasks - base.longTasks),
      'capture.longTasksTotal': run.longTasks,
      'capture.scriptMs': Math.round(run.scriptMs),
      'capture.taskMs': Math.round(run.taskMs),
      'capture.contentScriptBytes': bytes('capture.js'),
      'capture.hookBytes': bytes('page-hook.js'),
      'capture.readerBytes': bytes('reader.js'),
      'capture.baseline.longTasks': base.longTasks,
      'capture.baseline.scriptMs': Math.round(base.scriptMs),
      'capture.baseline.taskMs': Math.round(base.taskMs),
      'capture.baseline.pulsoMainThreadMs': Math.round(base.pulsoMs),
    };
  }, E2E_BUILD);
}
