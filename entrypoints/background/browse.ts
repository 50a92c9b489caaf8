import { browser } from 'wxt/browser';
import type { BrowseCapture, IngestReport } from '@/lib/messaging/protocol';
import { PageViewSchema, PayloadCaptureSchema, type PayloadReport } from '@/lib/messaging/browse';
import { extractFromJsonText } from '@/lib/capture/extract';
import { ingestQueued } from './data-safety';
import { recordBatch, recordPageView } from '@/lib/db/parser-health-store';
import { BROWSE_SETTINGS_KEY, readBrowseSettings, syncCaptureScripts } from '@/lib/platform/browse-capture';
import { getDB } from '@/lib/platform/db';
import { onMessage } from '@/lib/platform/messaging';
import { watchStorage } from '@/lib/platform/storage';
import { currentPipeline } from './current-pipeline';

/** Stores what a content script parsed while the user browsed (matching posts only), and counts it for parser health. */
export async function ingestBrowse(capture: BrowseCapture): Promise<IngestReport> {
  const now = new Date();
  const items = capture.posts.map((raw) => ({ origin: 'browse' as const, raw }));
  const out = await ingestQueued(getDB(), items, await currentPipeline(), now);
  const parsed = capture.posts.length - out.invalid;
  await recordBatch(getDB(), capture.platform, {
    seen: capture.posts.length + capture.skipped, parsed, matched: out.ids.length, skipped: capture.skipped + out.invalid,
  }, now);
  return { received: out.received, stored: out.stored, updated: out.updated, dropped: out.dropped + out.invalid, ids: out.ids };
}

/** Parses a page-API body relayed by the page-world hook and stores the matching posts. */
export async function ingestPayload(data: unknown): Promise<PayloadReport> {
  const { url, pageUrl, text } = PayloadCaptureSchema.parse(data);
  const settings = await readBrowseSettings();
  const r = extractFromJsonText(text, url, { pageUrl, newsDomains: settings.newsDomains });
  if (!r.platform) return { platform: null, parsed: 0, skipped: r.skipped, stored: 0, updated: 0, dropped: 0 };
  const now = new Date();
  const out = await ingestQueued(getDB(), r.posts.map((raw) => ({ origin: 'browse' as const, raw })), await currentPipeline(), now);
  await recordBatch(getDB(), r.platform, { seen: r.seen, parsed: r.parsed, matched: out.ids.length, skipped: r.skipped, reasons: r.reasons }, now);
  return { platform: r.platform, parsed: r.parsed, skipped: r.skipped, stored: out.stored, updated: out.updated, dropped: out.dropped + out.invalid };
}

/** Wires browse capture: relayed payloads, page views, and content-script registration kept in step with the settings. */
export function registerBrowse(): void {
  onMessage('capture/payload', ({ data }) => ingestPayload(data));
  onMessage('capture/page-view', async ({ data }) => {
    const v = PageViewSchema.parse(data);
    await recordPageView(getDB(), v.platform, new Date());
  });
  // One sync at a time: a settings change and a permission grant often arrive together, and
  // interleaved unregister/register calls would collide on script ids.
  let chain: Promise<unknown> = Promise.resolve();
  const sync = () => {
    chain = chain.then(syncCaptureScripts).catch((err: unknown) => console.warn('Pulso: content-script registration failed', err));
  };
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  watchStorage([BROWSE_SETTINGS_KEY], sync);
}
