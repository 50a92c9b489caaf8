import type { PayloadReport } from '../messaging/browse';
import type { FramedBodyMessage } from '../messaging/relay-frame';
import { bodyText } from './hook-message';

/**
 * Messages between the isolated content script and the extension's relay frame (an extension
 * page in a hidden iframe, in the extension's own process). Bodies cross on a MessagePort, a Blob
 * by handle, and are read as text in the frame: `runtime.sendMessage` serialises every body on
 * the page's main thread, which was most of capture's cost there.
 */
export const FRAME_CHANNEL = 'pulso:relay-frame:v1';

/** Waits this long for the frame to answer its port before sending bodies directly instead. */
export const FRAME_READY_MS = 5000;
/** A body the frame has not answered after this long goes to the background directly (the frame was probably removed). */
export const FRAME_REPLY_MS = 60_000;

/** The frame's answer for a body it could not pass on (background unreachable, queue full). */
export const UNDELIVERED = -1;

/** What the background made of one body: how many posts it parsed (0 when unknown). */
export type RelayOutcome = Pick<PayloadReport, 'parsed'>;

/** One body for the frame: the hook's payload and the page the user was on. */
export type FramedBody = Omit<FramedBodyMessage, 'channel' | 'id'>;

/** What the channel needs from the content script. */
export interface FrameChannelEnv {
  doc: Document;
  /** The relay page's address (`runtime.getURL`), or '' where there is none (no frame is made). */
  src: string;
  /** Sends one body's text straight to the background: the fallback when the frame is unavailable. */
  direct: (p: { url: string; pageUrl: string; text: string }) => Promise<RelayOutcome>;
  /** Runs `fn` after `ms` (a timer tied to the script's lifetime). */
  later: (fn: () => void, ms: number) => void;
  readyMs?: number;
  replyMs?: number;
}

/** The frame's answer to one body, read from untrusted port data. */
function readReply(data: unknown): { ready: true } | { id: number; parsed: number } | null {
  if (data === null || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.channel !== FRAME_CHANNEL) return null;
  if (d.ready === true) return { ready: true };
  if (typeof d.id === 'number' && typeof d.parsed === 'number') return { id: d.id, parsed: d.parsed };
  return null;
}

/**
 * Opens (on first use) a hidden relay frame and sends each body to it over a MessagePort;
 * returns the function that sends one body and resolves with the background's outcome. When the
 * frame cannot be made or does not answer in time, bodies go straight to the background instead,
 * so none is lost to a page that blocks or removes the frame.
 */
export function createFrameChannel(env: FrameChannelEnv): (b: FramedBody) => Promise<RelayOutcome> {
  const readyMs = env.readyMs ?? FRAME_READY_MS;
  const replyMs = env.replyMs ?? FRAME_REPLY_MS;
  let state: 'idle' | 'opening' | 'open' | 'failed' = env.src ? 'idle' : 'failed';
  let port: MessagePort | null = null;
  let host: Element | null = null;
  let waiting: Array<() => void> = [];
  // Bodies handed to the frame and not yet answered: kept so a frame that dies cannot lose them.
  const pending = new Map<number, { body: FramedBody; resolve: (r: RelayOutcome | Promise<RelayOutcome>) => void }>();
  let seq = 0;

  const direct = async (b: FramedBody): Promise<RelayOutcome> => {
    const text = await bodyText(b.body);
    return text === null ? { parsed: 0 } : env.direct({ url: b.url, pageUrl: b.pageUrl, text });
  };

  const settle = (next: 'open' | 'failed') => {
    if (state === 'failed') return;
    state = next;
    if (next === 'failed') {
      port?.close();
      port = null;
      host?.remove();
      host = null;
      // Unanswered bodies go again, directly: the frame may have passed some on already, but the
      // background stores a post once however often it arrives, and losing one is worse.
      const unanswered = [...pending.values()];
      pending.clear();
      for (const { body, resolve } of unanswered) resolve(direct(body));
    }
    for (const w of waiting) w();
    waiting = [];
  };

  const open = (): Promise<void> => {
    if (state === 'open' || state === 'failed') return Promise.resolve();
    const ready = new Promise<void>((resolve) => waiting.push(resolve));
    if (state === 'opening') return ready;
    state = 'opening';
    try {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => {
        const r = readReply(e.data);
        if (!r) return;
        if ('ready' in r) settle('open');
        else {
          const p = pending.get(r.id);
          pending.delete(r.id);
          // A body the frame could not pass on goes directly; the frame stays in use.
          p?.resolve(r.parsed === UNDELIVERED ? direct(p.body) : { parsed: r.parsed });
        }
      };
      port = channel.port1;
      // A closed shadow root keeps the frame out of the page's selectors and styles; the host
      // stays out of layout whatever the page's CSS says.
      host = env.doc.createElement('pulso-relay');
      host.setAttribute('style', 'display:none !important');
      const frame = env.doc.createElement('iframe');
      frame.src = env.src;
      // '*': a dynamic web-accessible URL commits under the extension's own origin, not the one
      // `src` shows. Only the first load is answered, and only the frame's reply on the port opens it.
      frame.addEventListener('load', () => frame.contentWindow?.postMessage({ channel: FRAME_CHANNEL }, '*', [channel.port2]), { once: true });
      host.attachShadow({ mode: 'closed' }).append(frame);
      env.doc.documentElement.append(host);
      env.later(() => {
        if (state === 'opening') settle('failed');
      }, readyMs);
    } catch {
      settle('failed');
    }
    return ready;
  };

  return async (b) => {
    await open();
    const p = port;
    if (state !== 'open' || !p) return direct(b);
    const id = ++seq;
    return new Promise<RelayOutcome>((resolve) => {
      pending.set(id, { body: b, resolve });
      // No answer in time: the frame is taken as gone, and every unanswered body goes directly.
      env.later(() => {
        if (pending.has(id)) settle('failed');
      }, replyMs);
      try {
        p.postMessage({ channel: FRAME_CHANNEL, id, url: b.url, pageUrl: b.pageUrl, body: b.body });
      } catch {
        pending.delete(id);
        settle('failed');
        resolve(direct(b));
      }
    });
  };
}
