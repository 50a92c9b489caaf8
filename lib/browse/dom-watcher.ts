import type { Adapter } from '../capture/adapter';
import { addedNodesView, scanDom, type DomScan } from './dom-scan';

/** What the watcher needs from the content script: the page, a scheduler and where batches go. */
export interface DomWatchEnv {
  doc: Document;
  /** The page's current address (read on every scan: single-page apps navigate in place). */
  href: () => string;
  /** Runs `fn` when the page is idle (requestIdleCallback tied to the script's lifetime). */
  idle: (fn: () => void) => void;
  /** Runs `fn` after `ms` (a timer tied to the script's lifetime). */
  later: (fn: () => void, ms: number) => void;
  /** Aborted when the content script is invalidated (extension reloaded or disabled). */
  signal: AbortSignal;
  send: (scan: DomScan, pageUrl: string) => void;
  /**
   * True while page-API JSON already delivers this page's posts: mutation scans then stop.
   * `'pending'` while a body from this page is still on its way: added nodes are kept, not
   * scanned, until its outcome is known (so posts are neither read twice nor dropped).
   */
  jsonActive?: () => boolean | 'pending';
}

/** Mutations are gathered this long before one scan (scrolling adds posts in bursts). */
export const DEBOUNCE_MS = 400;
/** Beyond this many pending added nodes, one scan of the whole page is cheaper. */
const MAX_PENDING = 2000;

/**
 * Reads the page's posts once when it is idle, then reads only the nodes added since, batched
 * after a pause and run in idle time, so capture never competes with scrolling. Posts already
 * sent from this page are not sent again.
 */
export function watchDom(adapter: Adapter, env: DomWatchEnv): void {
  const sent = new Set<string>();
  let pending: Element[] = [];
  let whole = true;
  let timer = false;

  const run = () => {
    timer = false;
    if (env.signal.aborted) return;
    const roots = pending;
    const all = whole;
    pending = [];
    whole = false;
    if (!all) {
      const json = env.jsonActive?.();
      if (json === 'pending') {
        pending = roots;
        if (roots.length) schedule();
        return;
      }
      if (json || !roots.length) return;
    }
    const href = env.href();
    const scan = scanDom(adapter, all ? env.doc : addedNodesView(roots), href, sent);
    if (scan.seen > 0) env.send(scan, href);
  };
  const schedule = () => {
    if (timer) return;
    timer = true;
    env.later(() => env.idle(run), DEBOUNCE_MS);
  };

  const observer = new MutationObserver((records) => {
    // Kept minimal: this runs on the page's main thread at every DOM change.
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType !== 1) continue;
        if (pending.length < MAX_PENDING) pending.push(n as Element);
        else whole = true;
      }
    }
    if (pending.length || whole) schedule();
  });
  observer.observe(env.doc.documentElement, { childList: true, subtree: true });
  env.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  env.idle(run);
}
