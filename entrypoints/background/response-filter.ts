import { browser } from 'wxt/browser';
import { BodyCollector } from '@/lib/browse/body-collector';
import { BROWSE_PLATFORMS, platformOrigins } from '@/lib/browse/browse-settings';
import { captureTargetFor, responseFilterPlan, responseFilterUrls, type ResponseFilterTarget } from '@/lib/browse/response-filter-plan';
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
interface FirefoxWebRequest { filterResponseData(requestId: string): StreamFilter; onBeforeRequest: RequestEvent; onHeadersReceived: RequestEvent }

const MAX_OPEN = 256;

/**
 * Copies a page-API response as it streams to the page: every chunk is written through
 * unchanged first, a capped copy is kept, and at the end the copy goes to the same ingest as
 * the Chrome page-world hook. Any failure disconnects the filter so the response flows as normal.
 */
function copyResponse(wr: FirefoxWebRequest, d: RequestDetails, status: Map<string, number | undefined>): void {
  let filter: StreamFilter;
  try {
    filter = wr.filterResponseData(d.requestId);
  } catch {
    return;
  }
  if (status.size >= MAX_OPEN) status.delete(status.keys().next().value as string);
  status.set(d.requestId, undefined);
  const body = new BodyCollector();
  const letGo = () => {
    status.delete(d.requestId);
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
    const code = status.get(d.requestId);
    status.delete(d.requestId);
    try {
      filter.close();
    } catch {
      letGo();
    }
    // Like the hook, only successful responses are read (an unknown status is a cache hit).
    if (code !== undefined && (code < 200 || code >= 300)) return;
    const got = body.finish();
    if (!got.ok) return;
    ingestPayload({ url: d.url, pageUrl: d.documentUrl ?? d.originUrl ?? '', text: got.text })
      .catch((err: unknown) => console.warn('Pulso: response capture failed', err));
  };
  filter.onerror = () => status.delete(d.requestId);
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
  const status = new Map<string, number | undefined>();
  let active: { before: Listener; headers: Listener } | null = null;

  const listen = (plan: ResponseFilterTarget[]) => {
    if (active) {
      wr.onBeforeRequest.removeListener(active.before);
      wr.onHeadersReceived.removeListener(active.headers);
      active = null;
    }
    const urls = responseFilterUrls(plan);
    if (!urls.length) return;
    // Fresh functions each time: the old ones (with their old plan) are gone for good.
    const before: Listener = (d) => {
      try {
        // A redirect fires again with the same request id: its filter is already open.
        if (!status.has(d.requestId) && captureTargetFor(d.url, plan)) copyResponse(wr, d, status);
      } catch {
        // Never let capture change what the request does.
      }
      return {};
    };
    const headers: Listener = (d) => {
      if (status.has(d.requestId)) status.set(d.requestId, d.statusCode);
      return undefined;
    };
    const filter = { urls, types: ['xmlhttprequest'] };
    wr.onBeforeRequest.addListener(before, filter, ['blocking']);
    wr.onHeadersReceived.addListener(headers, filter);
    active = { before, headers };
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
