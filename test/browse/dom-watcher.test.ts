// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DomScan } from '../../lib/browse/dom-scan';
import { watchDom } from '../../lib/browse/dom-watcher';
import { xAdapter } from '../../lib/capture/platforms/x';

const sample = readFileSync(path.resolve(__dirname, '../fixtures/capture/x/dom-search-tweet.html'), 'utf8');

/** A copy of the sample tweet with its own id, as X adds it while the user scrolls. */
function tweet(id: string): Element {
  const article = document.querySelector('article[data-testid="tweet"]')!.cloneNode(true) as Element;
  for (const a of Array.from(article.querySelectorAll('a[href*="/status/"]'))) a.setAttribute('href', a.getAttribute('href')!.replace(/\/status\/\d+/, `/status/${id}`));
  const cell = document.createElement('div');
  cell.appendChild(article);
  return cell;
}

/** Watches the page with timers shortened to a tick; `json` is what jsonActive answers. */
function watch() {
  document.documentElement.innerHTML = new DOMParser().parseFromString(sample, 'text/html').documentElement.innerHTML;
  const batches: string[][] = [];
  const state: { json: boolean | 'pending' } = { json: false };
  const abort = new AbortController();
  watchDom(xAdapter, {
    doc: document,
    href: () => 'https://x.com/home',
    idle: (fn) => void setTimeout(fn, 0),
    later: (fn) => void setTimeout(fn, 1),
    signal: abort.signal,
    jsonActive: () => state.json,
    send: (scan: DomScan) => batches.push(scan.posts.map((p) => p.nativeId ?? '')),
  });
  const ids = () => batches.flat();
  return { state, batches, ids, stop: () => abort.abort() };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('DOM watcher and page-API JSON', () => {
  it('holds added posts while a JSON body is on its way, and reads them when it parsed nothing', async () => {
    const w = watch();
    await vi.waitFor(() => expect(w.batches).toHaveLength(1));
    w.state.json = 'pending';
    document.body.appendChild(tweet('1800000000000000001'));
    await settle();
    expect(w.ids()).not.toContain('1800000000000000001');
    w.state.json = false;
    await vi.waitFor(() => expect(w.ids()).toContain('1800000000000000001'));
    w.stop();
  });

  it('drops held posts once the JSON body delivered the page (no post read twice)', async () => {
    const w = watch();
    await vi.waitFor(() => expect(w.batches).toHaveLength(1));
    w.state.json = 'pending';
    document.body.appendChild(tweet('1800000000000000002'));
    await settle();
    w.state.json = true;
    await settle();
    document.body.appendChild(tweet('1800000000000000003'));
    await settle();
    expect(w.batches).toHaveLength(1);
    w.stop();
  });

  it('reads added posts at once when no JSON is involved', async () => {
    const w = watch();
    await vi.waitFor(() => expect(w.batches).toHaveLength(1));
    document.body.appendChild(tweet('1800000000000000004'));
    await vi.waitFor(() => expect(w.ids()).toContain('1800000000000000004'));
    w.stop();
  });
});
