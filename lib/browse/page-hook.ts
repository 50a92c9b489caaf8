import { HOOK_CHANNEL, bodyFits } from './hook-message';
import { HOOK_API_PATTERNS, hookWants } from './hook-patterns';

/** The parts of a page's window the hook wraps; a parameter so tests pass their own. */
export interface HookTarget {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
  postMessage(message: unknown, targetOrigin: string): void;
  location: { origin: string; href: string };
}

const INSTALLED = Symbol.for('pulso.pageHook');

/**
 * Wraps the page's `fetch` and `XMLHttpRequest` so the bodies of known page-API responses are
 * handed to the isolated content script. The page's own response is returned untouched (the hook
 * reads a clone); every step is guarded, so a failure here never reaches the page.
 */
export function installPageHook(win: HookTarget, patterns: readonly RegExp[] = HOOK_API_PATTERNS): boolean {
  const marked = win as unknown as Record<symbol, boolean>;
  if (marked[INSTALLED]) return false;
  marked[INSTALLED] = true;

  const hand = (url: string, body: string | Blob): void => {
    if (!bodyFits(body)) return;
    try {
      const origin = win.location.origin;
      // A Blob crosses by handle: copying megabytes of JSON text on the page's main thread was
      // most of capture's cost there. It is read as text in the extension's own process.
      win.postMessage({ channel: HOOK_CHANNEL, url, body }, origin === 'null' ? '*' : origin);
    } catch {
      // Posting can only fail on an odd origin; the page is unaffected.
    }
  };
  const absolute = (u: unknown): string => {
    try {
      return new URL(String(u), win.location.href).href;
    } catch {
      return '';
    }
  };

  const origFetch = win.fetch;
  if (typeof origFetch === 'function') {
    const wrapped = function (this: unknown, ...args: Parameters<typeof fetch>): Promise<Response> {
      const p = origFetch.apply(this, args);
      try {
        const input = args[0];
        const url = absolute(typeof input === 'object' && input && 'url' in input ? (input as Request).url : input);
        if (url && hookWants(url, patterns)) {
          p.then((res) => {
            // Clone in the same tick the response resolves, before the page reads its body.
            if (!res.ok || res.bodyUsed) return;
            res.clone().blob().then((b) => hand(res.url || url, b), () => undefined);
          }, () => undefined);
        }
      } catch {
        // Never let the hook change what the page's fetch does.
      }
      return p;
    };
    win.fetch = wrapped as typeof fetch;
  }

  const XHR = win.XMLHttpRequest;
  if (typeof XHR === 'function') {
    const urls = new WeakMap<XMLHttpRequest, string>();
    const origOpen = XHR.prototype.open;
    const origSend = XHR.prototype.send;
    XHR.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        urls.set(this, absolute(args[1]));
      } catch {
        // Ignore: the request goes on as the page asked.
      }
      return (origOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof XHR.prototype.open;
    XHR.prototype.send = function (this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const url = urls.get(this);
        if (url && hookWants(url, patterns)) {
          this.addEventListener('load', () => {
            try {
              if (this.status < 200 || this.status >= 300) return;
              const type = this.responseType;
              if (type === '' || type === 'text') hand(this.responseURL || url, this.responseText);
              else if (type === 'json' && this.response !== null) hand(this.responseURL || url, JSON.stringify(this.response));
            } catch {
              // A body we cannot read is simply not captured.
            }
          });
        }
      } catch {
        // Ignore: the request goes on as the page asked.
      }
      return (origSend as (...a: unknown[]) => void).apply(this, args);
    } as typeof XHR.prototype.send;
  }
  return true;
}
