import { defineContentScript } from 'wxt/utils/define-content-script';
import { installPageHook } from '@/lib/browse/page-hook';

// Page world, document_start: wraps fetch/XHR before the page's own scripts run. Registered at
// run time (per enabled platform) by lib/platform/browse-capture.ts, never from the manifest.
export default defineContentScript({
  registration: 'runtime',
  world: 'MAIN',
  runAt: 'document_start',
  globalName: false,
  main() {
    try {
      installPageHook(window);
    } catch {
      // The hook must never break the page.
    }
  },
});
