import { Readability } from '@mozilla/readability';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '@/lib/capture-manual/read-page';

// Injected (activeTab) into the tab the user asked to capture, in the extension's isolated world.
// It defines one reader function; the background then calls it with the kind of capture wanted.
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __pulsoRead: unknown }).__pulsoRead = (kind: 'auto' | 'selection' | 'page') =>
    readPage(document, window.getSelection(), (doc) => new Readability(doc).parse(), kind);
});
