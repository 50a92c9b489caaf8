import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickDomAdapter } from '@/lib/browse/dom-scan';
import { watchDom } from '@/lib/browse/dom-watcher';
import { createRelay } from '@/lib/browse/relay';
import { SOCIAL_ADAPTERS } from '@/lib/browse/social-adapters';
import { sendMessage } from '@/lib/platform/messaging';

// Isolated world, registered at run time per enabled platform: relays the page-world hook's API
// bodies to the background (parsed there), reads posts from the DOM when no JSON delivers them,
// and counts page views for parser health.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main(ctx) {
    let jsonAt = '';
    ctx.addEventListener(window, 'message', createRelay(window, async ({ url, text }) => {
      const pageUrl = location.href;
      const r = await sendMessage('capture/payload', { url, pageUrl, text });
      if (r.parsed > 0) jsonAt = pageUrl;
    }));

    const start = () => {
      const platform = SOCIAL_ADAPTERS.find((a) => a.detect(new URL(location.href), document))?.id;
      if (!platform) return;
      const view = () => void sendMessage('capture/page-view', { platform, url: location.href }).catch(() => undefined);
      view();
      ctx.addEventListener(window, 'wxt:locationchange', view);
      const adapter = pickDomAdapter(SOCIAL_ADAPTERS, location.href, document);
      if (!adapter) return;
      watchDom(adapter, {
        doc: document,
        href: () => location.href,
        idle: (fn) => void ctx.requestIdleCallback(fn, { timeout: 2000 }),
        later: (fn, ms) => void ctx.setTimeout(fn, ms),
        signal: ctx.signal,
        jsonActive: () => jsonAt === location.href,
        send: (scan, pageUrl) => {
          for (let i = 0; i < Math.max(scan.posts.length, 1); i += 500) {
            const posts = scan.posts.slice(i, i + 500);
            void sendMessage('capture/browse', { platform: scan.platform, pageUrl, posts, skipped: i === 0 ? scan.skipped : 0 }).catch(() => undefined);
          }
        },
      });
    };
    if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });
    else start();
  },
});
