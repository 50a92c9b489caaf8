import type { PayloadCapture } from '../messaging/browse';
import { FramedBodySchema, type FramedBodyMessage } from '../messaging/relay-frame';
import { FRAME_CHANNEL, UNDELIVERED, type RelayOutcome } from './frame-channel';
import { bodyText } from './hook-message';

/** Bodies waiting in the frame beyond this many are refused, so a flood never piles up work. */
const MAX_QUEUED = 50;

/** The port end the frame serves; a parameter so tests pass a MessageChannel's port. */
export interface RelayPort {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/** What the frame needs from its page. */
export interface RelayFrameEnv {
  /** The embedding page's origin (`location.ancestorOrigins[0]`), or null where the browser does not say. */
  parentOrigin: string | null;
  /** Hands one decoded body to the background (`capture/payload`). */
  send: (p: PayloadCapture) => Promise<RelayOutcome>;
}

/** True when a body claims a page of another origin than the one embedding the frame. */
function foreignPage(pageUrl: string, parentOrigin: string | null): boolean {
  if (!parentOrigin || !/^https?:\/\//i.test(pageUrl)) return false;
  try {
    return new URL(pageUrl).origin !== parentOrigin;
  } catch {
    return true;
  }
}

/**
 * Serves one content-script port inside the relay frame: each body is checked (zod), decoded to
 * text and handed to the background one at a time; every body gets an answer with the number of
 * posts parsed (0 when refused or lost), which the content script waits for.
 */
export function serveRelayPort(port: RelayPort, env: RelayFrameEnv): void {
  const queue: FramedBodyMessage[] = [];
  let busy = false;
  // `parsed: UNDELIVERED` tells the content script to send that body to the background itself.
  const answer = (id: number, parsed: number) => port.postMessage({ channel: FRAME_CHANNEL, id, parsed });
  const pump = async () => {
    if (busy) return;
    busy = true;
    while (queue.length) {
      const m = queue.shift() as FramedBodyMessage;
      let parsed = 0;
      try {
        const text = await bodyText(m.body);
        if (text !== null) parsed = (await env.send({ url: m.url, pageUrl: m.pageUrl, text })).parsed;
      } catch {
        // The background may be restarting: the content script retries this body directly.
        parsed = UNDELIVERED;
      }
      answer(m.id, parsed);
    }
    busy = false;
  };
  port.onmessage = (e: MessageEvent) => {
    const r = FramedBodySchema.safeParse(e.data);
    if (!r.success) {
      const id = (e.data as { id?: unknown } | null)?.id;
      if (typeof id === 'number') answer(id, 0);
      return;
    }
    if (foreignPage(r.data.pageUrl, env.parentOrigin)) {
      answer(r.data.id, 0);
      return;
    }
    if (queue.length >= MAX_QUEUED) {
      answer(r.data.id, UNDELIVERED);
      return;
    }
    queue.push(r.data);
    void pump();
  };
  port.postMessage({ channel: FRAME_CHANNEL, ready: true });
}

/** The port a well-formed handshake message carries (`{ channel }` plus one transferred port), else null. */
export function handshakePort(e: Pick<MessageEvent, 'data' | 'ports'>): MessagePort | null {
  const d = e.data as { channel?: unknown } | null;
  if (d === null || typeof d !== 'object' || d.channel !== FRAME_CHANNEL) return null;
  return e.ports.length === 1 ? e.ports[0] : null;
}
