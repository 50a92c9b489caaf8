import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickDomAdapter, scanDom, type DomScan } from '@/lib/browse/dom-scan';
import { watchDom } from '@/lib/browse/dom-watcher';
import { mastodonAdapter } from '@/lib/capture/platforms/mastodon';
import { newsAdapter } from '@/lib/capture/platforms/news';
import { sendMessage } from '@/lib/platform/messaging';

// Isolated world, document_idle, registered only on the user's news domains and Mastodon
// instances: the heavy readers (Readability, htmlparser2) kept out of the always-loaded script.
// News: article pages only (JSON-LD / og:type), read once. Mastodon: recognised by its markup.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    const adapter = pickDomAdapter([mastodonAdapter, newsAdapter], location.href, document);
    if (!adapter) return;
    void sendMessage('capture/page-view', { platform: adapter.id, url: location.href }).catch(() => undefined);
    const send = (scan: DomScan, pageUrl: string) => {
      for (let i = 0; i < Math.max(scan.posts.length, 1); i += 500) {
        void sendMessage('capture/browse', { platform: scan.platform, pageUrl, posts: scan.posts.slice(i, i + 500), skipped: i === 0 ? scan.skipped : 0 }).catch(() => undefined);
      }
    };
    const env = {
      doc: document,
      href: () => location.href,
      idle: (fn: () => void) => void ctx.requestIdleCallback(fn, { timeout: 2000 }),
      later: (fn: () => void, ms: number) => void ctx.setTimeout(fn, ms),
      signal: ctx.signal,
      send,
    };
    if (adapter.id === 'mastodon') watchDom(adapter, env);
    // An article is read once, when idle; its later changes (comments, ads) are not news.
    else env.idle(() => send(scanDom(adapter, document, location.href, new Set()), location.href));
  },
});
