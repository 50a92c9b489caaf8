import { describe, expect, it, vi } from 'vitest';
import { FRAME_CHANNEL, UNDELIVERED, createFrameChannel, type RelayOutcome } from '../../lib/browse/frame-channel';
import { handshakePort, serveRelayPort } from '../../lib/browse/relay-frame';
import type { PayloadCapture } from '../../lib/messaging/browse';

type Sent = PayloadCapture;

/**
 * A page with just what the channel touches. The iframe's window runs the real frame side
 * (handshakePort + serveRelayPort) on a real MessageChannel, so both ends are tested together;
 * `frame: 'silent'` is a frame that never loads (blocked or very slow).
 */
function fakePage(opts: { frame: 'serve' | 'silent'; parentOrigin?: string | null; send?: (p: Sent) => Promise<RelayOutcome> }) {
  const toBackground: Sent[] = [];
  const send = opts.send ?? (async (p: Sent) => {
    toBackground.push(p);
    return { parsed: p.text.split('post').length - 1 };
  });
  const handshakes: Array<{ origin: string }> = [];
  class El {
    children: El[] = [];
    attrs: Record<string, string> = {};
    listeners: Record<string, () => void> = {};
    src = '';
    removed = false;
    contentWindow: { postMessage: (data: unknown, origin: string, ports: MessagePort[]) => void } | null = null;
    constructor(readonly tag: string) {}
    setAttribute(k: string, v: string) { this.attrs[k] = v; }
    attachShadow() { return { append: (c: El) => this.children.push(c) }; }
    addEventListener(type: string, fn: () => void) { this.listeners[type] = fn; }
    remove() { this.removed = true; }
  }
  const added: El[] = [];
  const doc = {
    createElement: (tag: string) => {
      const el = new El(tag);
      if (tag === 'iframe') {
        el.contentWindow = {
          postMessage: (data, origin, ports) => {
            handshakes.push({ origin });
            const port = handshakePort({ data, ports });
            if (port) serveRelayPort(port, { parentOrigin: opts.parentOrigin === undefined ? 'https://x.com' : opts.parentOrigin, send });
          },
        };
      }
      return el;
    },
    documentElement: {
      append: (host: El) => {
        added.push(host);
        const frame = host.children[0];
        if (opts.frame === 'serve') setTimeout(() => frame.listeners.load?.(), 5);
      },
    },
  } as unknown as Document;
  return { doc, toBackground, added, handshakes };
}

const later = (fn: () => void, ms: number) => void setTimeout(fn, ms);
const SRC = 'chrome-extension://abc/capture-relay.html';
const API = 'https://x.com/i/api/graphql/q/HomeTimeline';
const PAGE = 'https://x.com/home';

describe('frame channel (content script → relay frame → background)', () => {
  it('carries Blob and text bodies to the background as text, in order, and returns what was parsed', async () => {
    const page = fakePage({ frame: 'serve' });
    const direct = vi.fn(async () => ({ parsed: 99 }));
    const send = createFrameChannel({ doc: page.doc, src: SRC, direct, later });
    const bodies: Array<string | Blob> = [new Blob(['{"a":"post post · Plaça 🌍"}']), '{"b":"post"}', new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])])];
    const outcomes = await Promise.all(bodies.map((body, i) => send({ url: `${API}?n=${i}`, pageUrl: PAGE, body })));
    expect(outcomes).toEqual([{ parsed: 2 }, { parsed: 1 }, { parsed: 0 }]);
    expect(page.toBackground).toEqual([
      { url: `${API}?n=0`, pageUrl: PAGE, text: '{"a":"post post · Plaça 🌍"}' },
      { url: `${API}?n=1`, pageUrl: PAGE, text: '{"b":"post"}' },
      { url: `${API}?n=2`, pageUrl: PAGE, text: '{}' },
    ]);
    expect(direct).not.toHaveBeenCalled();
    // One hidden frame for the page, however many bodies.
    expect(page.added).toHaveLength(1);
    expect(page.added[0].tag).toBe('pulso-relay');
    expect(page.added[0].attrs.style).toContain('display:none');
    expect(page.added[0].children[0].src).toBe(SRC);
  });

  it('sends bodies straight to the background when the frame never answers (blocked or removed)', async () => {
    const page = fakePage({ frame: 'silent' });
    const direct = vi.fn(async (p: Sent) => ({ parsed: p.text.length }));
    const send = createFrameChannel({ doc: page.doc, src: SRC, direct, later, readyMs: 20 });
    // The relay hands bodies on one at a time, as here.
    expect(await send({ url: API, pageUrl: PAGE, body: new Blob(['{"x":1}']) })).toEqual({ parsed: 7 });
    expect(await send({ url: API, pageUrl: PAGE, body: '{}' })).toEqual({ parsed: 2 });
    expect(direct.mock.calls.map((c) => c[0])).toEqual([{ url: API, pageUrl: PAGE, text: '{"x":1}' }, { url: API, pageUrl: PAGE, text: '{}' }]);
    expect(page.added[0].removed).toBe(true);
  });

  it('makes no frame where there is no relay page, and drops bodies over the cap', async () => {
    const page = fakePage({ frame: 'serve' });
    const direct = vi.fn(async () => ({ parsed: 1 }));
    const send = createFrameChannel({ doc: page.doc, src: '', direct, later });
    expect(await send({ url: API, pageUrl: PAGE, body: '{}' })).toEqual({ parsed: 1 });
    expect(await send({ url: API, pageUrl: PAGE, body: 'x'.repeat(5_000_001) })).toEqual({ parsed: 0 });
    expect(direct).toHaveBeenCalledTimes(1);
    expect(page.added).toHaveLength(0);
  });

  it('sends a body the frame could not pass on directly, and keeps using the frame', async () => {
    let calls = 0;
    const page = fakePage({
      frame: 'serve',
      send: async (p) => {
        if (++calls === 1) throw new Error('background restarting');
        page.toBackground.push(p);
        return { parsed: 2 };
      },
    });
    const direct = vi.fn(async () => ({ parsed: 7 }));
    const send = createFrameChannel({ doc: page.doc, src: SRC, direct, later });
    expect(await send({ url: API, pageUrl: PAGE, body: '{"first":1}' })).toEqual({ parsed: 7 });
    expect(direct).toHaveBeenCalledWith({ url: API, pageUrl: PAGE, text: '{"first":1}' });
    expect(await send({ url: API, pageUrl: PAGE, body: '{"second":1}' })).toEqual({ parsed: 2 });
    expect(page.toBackground.map((p) => p.text)).toEqual(['{"second":1}']);
    expect(page.added[0].removed).toBe(false);
  });

  it('resends a body the frame does not answer directly, and sends the next ones directly too', async () => {
    let calls = 0;
    const page = fakePage({ frame: 'serve', send: () => (++calls === 1 ? new Promise<RelayOutcome>(() => undefined) : Promise.resolve({ parsed: 5 })) });
    const direct = vi.fn(async (p: { text: string }) => ({ parsed: p.text.length }));
    const send = createFrameChannel({ doc: page.doc, src: SRC, direct, later, replyMs: 30 });
    // The frame swallowed the body: it is not lost, it goes to the background directly.
    expect(await send({ url: API, pageUrl: PAGE, body: new Blob(['{"stuck":1}']) })).toEqual({ parsed: 11 });
    expect(direct).toHaveBeenCalledWith({ url: API, pageUrl: PAGE, text: '{"stuck":1}' });
    expect(await send({ url: API, pageUrl: PAGE, body: '{"next":1}' })).toEqual({ parsed: 10 });
    expect(direct).toHaveBeenCalledTimes(2);
    expect(page.added[0].removed).toBe(true);
  });
});

describe('relay frame (untrusted port messages)', () => {
  /** Serves one end of a channel and returns a way to post to it and collect the answers. */
  function served(parentOrigin: string | null, send: (p: Sent) => Promise<RelayOutcome>) {
    const ch = new MessageChannel();
    const answers: unknown[] = [];
    ch.port1.onmessage = (e) => answers.push(e.data);
    serveRelayPort(ch.port2, { parentOrigin, send });
    const wait = (n: number) => vi.waitFor(() => expect(answers.length).toBeGreaterThanOrEqual(n));
    return { post: (m: unknown) => ch.port1.postMessage(m), answers, wait, close: () => { ch.port1.close(); ch.port2.close(); } };
  }
  const ok = { channel: FRAME_CHANNEL, id: 1, url: API, pageUrl: PAGE, body: '{"post":1}' };

  it.each([
    ['a well-formed body', ok, 'https://x.com', 1],
    ['a page of another origin than the embedding one', { ...ok, pageUrl: 'https://bank.example/' }, 'https://x.com', 0],
    ['a page when the browser does not say who embeds the frame', ok, null, 1],
    ['a javascript: API address', { ...ok, url: 'javascript:alert(1)' }, 'https://x.com', 0],
    ['a body that is neither text nor a Blob', { ...ok, body: 42 }, 'https://x.com', 0],
    ['an empty body', { ...ok, body: '' }, 'https://x.com', 0],
    ['another channel', { ...ok, channel: 'other' }, 'https://x.com', 0],
  ])('%s', async (_name, message, parentOrigin, delivered) => {
    const sent: Sent[] = [];
    const s = served(parentOrigin, async (p) => { sent.push(p); return { parsed: 1 }; });
    s.post(message);
    await s.wait(2);
    expect(s.answers[0]).toEqual({ channel: FRAME_CHANNEL, ready: true });
    expect(s.answers[1]).toEqual({ channel: FRAME_CHANNEL, id: 1, parsed: delivered });
    expect(sent).toHaveLength(delivered);
    s.close();
  });

  it('answers every body even when the background fails (as undelivered, to be resent), and goes on with the next', async () => {
    let n = 0;
    const s = served('https://x.com', async () => {
      if (++n === 1) throw new Error('background restarting');
      return { parsed: 4 };
    });
    s.post({ ...ok, id: 7 });
    s.post({ ...ok, id: 8 });
    await s.wait(3);
    expect(s.answers.slice(1)).toEqual([{ channel: FRAME_CHANNEL, id: 7, parsed: UNDELIVERED }, { channel: FRAME_CHANNEL, id: 8, parsed: 4 }]);
    s.close();
  });

  it('takes a port only from a well-formed handshake', () => {
    const { port1 } = new MessageChannel();
    expect(handshakePort({ data: { channel: FRAME_CHANNEL }, ports: [port1] })).toBe(port1);
    expect(handshakePort({ data: { channel: 'other' }, ports: [port1] })).toBeNull();
    expect(handshakePort({ data: { channel: FRAME_CHANNEL }, ports: [] })).toBeNull();
    expect(handshakePort({ data: null, ports: [port1] })).toBeNull();
    port1.close();
  });
});
