import { handshakePort, serveRelayPort } from '@/lib/browse/relay-frame';
import { sendMessage } from '@/lib/platform/messaging';

// A hidden frame the capture content script puts on a page (lib/browse/frame-channel.ts). It runs
// in the extension's process, so turning page-API bodies into text and sending them to the
// background costs the page's main thread nothing. Only the embedding window may hand it ports.
const parentOrigin = location.ancestorOrigins?.[0] ?? null;
let served = 0;
window.addEventListener('message', (e) => {
  if (e.source !== window.parent || window.parent === window || served >= 4) return;
  const port = handshakePort(e);
  if (!port) return;
  served++;
  serveRelayPort(port, { parentOrigin, send: (p) => sendMessage('capture/payload', p) });
});
