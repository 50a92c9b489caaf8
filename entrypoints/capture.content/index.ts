import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickDomAdapter } from '@/lib/browse/dom-scan';
import { watchDom } from '@/lib/browse/dom-watcher';
import { createFrameChannel } from '@/lib/browse/frame-channel';
import { createRelay } from '@/lib/browse/relay';
import { SOCIAL_ADAPTERS } from '@/lib/browse/social-adapters';
import { sendMessage } from '@/lib/platform/messaging';
import { browser } from 'wxt/browser';

// Isolated world, registered at run time per enabled platform: relays the page-world hook's API
// bodies to the background (parsed there), reads posts from the DOM when no JSON delivers them,
// and counts page views for parser health.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main(ctx) {
    let jsonAt = '';
    // Bodies of the current page still on their way to the background (see watchDom's jsonActive).
    let inFlight = 0;
    let inFlightAt = '';
    const toFrame = createFrameChannel({
      doc: document,
      // Firefox reads page-API bodies in the background (webRequest), so no hook feeds this there.
      src: import.meta.env.FIREFOX ? '' : browser.runtime.getURL('/capture-relay.html'),
      direct: (p) => sendMessage('capture/payload', p),
      later: (fn, ms) => void ctx.setTimeout(fn, ms),
    });
    ctx.addEventListener(window, 'message', createRelay(window, async ({ url, body }) => {
      const pageUrl = location.href;
      if (inFlightAt !== pageUrl) inFlight = 0;
      inFlightAt = pageUrl;
      inFlight++;
      try {
        const r = await toFrame({ url, pageUrl, body });
        if (r.parsed > 0) jsonAt = pageUrl;
      } finally {
        if (inFlightAt === pageUrl) inFlight--;
      }
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
        jsonActive: () => jsonAt === location.href || (inFlight > 0 && inFlightAt === location.href && 'pending'),
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
