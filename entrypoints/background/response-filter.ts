import { browser } from 'wxt/browser';
import { BodyCollector } from '@/lib/browse/body-collector';
import { BROWSE_PLATFORMS, platformOrigins } from '@/lib/browse/browse-settings';
import { captureTargetFor, ResponseGate, responseFilterPlan, responseFilterUrls, type ResponseFilterTarget } from '@/lib/browse/response-filter-plan';
import { apiPathsByPlatform } from '@/lib/capture/registry';
import { BROWSE_SETTINGS_KEY, readBrowseSettings } from '@/lib/platform/browse-capture';
import { watchStorage } from '@/lib/platform/storage';
import { ingestPayload } from './browse';

// Firefox-only API surface used here (the shared API types are Chrome's and lack it).
interface StreamFilter {
  ondata: ((e: { data: ArrayBuffer }) => void) | null;
  onstop: (() => void) | null;
  onerror: (() => void) | null;
  write(data: ArrayBuffer): void;
  close(): void;
  disconnect(): void;
}
interface RequestDetails { requestId: string; url: string; documentUrl?: string; originUrl?: string; statusCode?: number }
type Listener = (d: RequestDetails) => object | undefined;
interface RequestEvent {
  addListener(cb: Listener, filter: { urls: string[]; types?: string[] }, extra?: string[]): void;
  removeListener(cb: Listener): void;
}
interface FirefoxWebRequest {
  filterResponseData(requestId: string): StreamFilter;
  onBeforeRequest: RequestEvent;
  onCompleted: RequestEvent;
  onErrorOccurred: RequestEvent;
}

type Payload = { url: string; pageUrl: string };

/** Hands a released body to the same ingest as the Chrome page-world hook. */
function ingest(got: { meta: Payload; text: string } | null): void {
  if (!got) return;
  ingestPayload({ ...got.meta, text: got.text }).catch((err: unknown) => console.warn('Pulso: response capture failed', err));
}

/**
 * Copies a page-API response as it streams to the page: every chunk is written through
 * unchanged first, a capped copy is kept, and the gate releases it for ingest once the request
 * has also completed with a 2xx status. Any failure disconnects the filter so the response
 * flows as normal.
 */
function copyResponse(wr: FirefoxWebRequest, d: RequestDetails, gate: ResponseGate<Payload>): void {
  let filter: StreamFilter;
  try {
    filter = wr.filterResponseData(d.requestId);
  } catch {
    return;
  }
  gate.start(d.requestId, { url: d.url, pageUrl: d.documentUrl ?? d.originUrl ?? '' });
  const body = new BodyCollector();
  const letGo = () => {
    gate.drop(d.requestId);
    try {
      filter.disconnect();
    } catch {
      // Already closed: nothing of ours stands between the response and the page.
    }
  };
  filter.ondata = (e) => {
    try {
      filter.write(e.data); // the page's data first, as it arrives
    } catch {
      return letGo();
    }
    try {
      // Over the cap there is nothing to keep: step aside and let the rest flow natively.
      if (!body.push(e.data)) letGo();
    } catch {
      letGo();
    }
  };
  filter.onstop = () => {
    try {
      filter.close();
    } catch {
      letGo();
    }
    const got = body.finish();
    ingest(gate.body(d.requestId, got.ok ? got.text : null));
  };
  filter.onerror = () => gate.drop(d.requestId);
}

/**
 * Firefox build: page-API JSON read through `webRequest.filterResponseData` (Firefox MV2 has no
 * page world for registered scripts). Listens only to the enabled platforms' API URLs on granted
 * hosts, and re-plans whenever the settings or the granted permissions change.
 */
export function registerResponseFilter(): void {
  if (!import.meta.env.FIREFOX) return;
  const wr = (browser as unknown as { webRequest?: FirefoxWebRequest }).webRequest;
  if (typeof wr?.filterResponseData !== 'function') return;
  const gate = new ResponseGate<Payload>();
  let active: { before: Listener; completed: Listener; failed: Listener } | null = null;

  const listen = (plan: ResponseFilterTarget[]) => {
    if (active) {
      wr.onBeforeRequest.removeListener(active.before);
      wr.onCompleted.removeListener(active.completed);
      wr.onErrorOccurred.removeListener(active.failed);
      active = null;
    }
    const urls = responseFilterUrls(plan);
    if (!urls.length) return;
    // Fresh functions each time: the old ones (with their old plan) are gone for good.
    const before: Listener = (d) => {
      try {
        // A redirect fires again with the same request id: its filter is already open.
        if (!gate.has(d.requestId) && captureTargetFor(d.url, plan)) copyResponse(wr, d, gate);
      } catch {
        // Never let capture change what the request does.
      }
      return {};
    };
    // The final status (after redirects; a cache hit reports its stored one) decides whether the copy is read.
    const completed: Listener = (d) => {
      ingest(gate.completed(d.requestId, d.statusCode ?? 0));
      return undefined;
    };
    const failed: Listener = (d) => {
      gate.drop(d.requestId);
      return undefined;
    };
    const filter = { urls, types: ['xmlhttprequest'] };
    wr.onBeforeRequest.addListener(before, filter, ['blocking']);
    wr.onCompleted.addListener(completed, filter);
    wr.onErrorOccurred.addListener(failed, filter);
    active = { before, completed, failed };
  };

  const apply = async () => {
    const settings = await readBrowseSettings();
    const candidates = new Set(BROWSE_PLATFORMS.filter((p) => settings.enabled.includes(p)).flatMap((p) => platformOrigins(p, settings)));
    const granted = new Set<string>();
    for (const o of candidates) if (await browser.permissions.contains({ origins: [o] })) granted.add(o);
    listen(responseFilterPlan(settings, (o) => granted.has(o), apiPathsByPlatform()));
  };
  // One re-plan at a time: a settings change and a permission grant often arrive together.
  let chain: Promise<unknown> = Promise.resolve();
  const sync = () => {
    chain = chain.then(apply).catch((err: unknown) => console.warn('Pulso: response filter setup failed', err));
  };
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  watchStorage([BROWSE_SETTINGS_KEY], sync);
}
