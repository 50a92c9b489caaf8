import { browser } from 'wxt/browser';
import { ManualCaptureSchema } from '@/lib/messaging/protocol';
import { manualToRawPost } from '@/lib/capture-manual/to-raw-post';
import { errorDetail } from '@/lib/model/capture-failure';
import { ingestQueued } from './data-safety';
import { getDB } from '@/lib/platform/db';
import type { CaptureResult } from '@/lib/platform/messaging';
import { currentPipeline } from './current-pipeline';

type Kind = 'auto' | 'selection' | 'page';

/** The tab a capture request means: the active web tab of the last focused window. */
export async function findTargetTab(): Promise<{ id: number; url?: string } | undefined> {
  const isWeb = (t: { url?: string }) => !!t.url && /^(https?|file):/.test(t.url);
  const [focused] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (focused?.id !== undefined && isWeb(focused)) return { id: focused.id, url: focused.url };
  const active = (await browser.tabs.query({ active: true })).filter(isWeb);
  active.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  const best = active[0];
  return best?.id !== undefined ? { id: best.id, url: best.url } : undefined;
}

/**
 * Captures the selection (or the whole page) of a tab as a manual mention. The reader runs in
 * the page through activeTab; the text comes back as data and is stored by the background.
 */
export async function captureTab(tabId: number, kind: Kind, fallbackSelection?: string): Promise<CaptureResult> {
  let value: unknown;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/page-reader.js'] });
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: (k: Kind) => (globalThis as unknown as { __pulsoRead: (k: Kind) => unknown }).__pulsoRead(k),
      args: [kind],
    });
    value = result?.result;
  } catch (err) {
    if (!fallbackSelection) return { ok: false, failure: { code: 'blocked', detail: errorDetail(err) } };
    const tab = await browser.tabs.get(tabId);
    value = { kind: 'selection', url: tab.url ?? 'about:blank', title: tab.title, text: fallbackSelection };
  }
  const parsed = ManualCaptureSchema.safeParse(value);
  if (!parsed.success) return { ok: false, failure: { code: 'unreadable' } };
  if (!parsed.data.text.trim()) return { ok: false, failure: { code: 'empty' } };
  const report = await ingestQueued(getDB(), [{ origin: 'manual', raw: manualToRawPost(parsed.data), langHint: parsed.data.langHint }], await currentPipeline(), new Date());
  const stored = report.ids.length ? await getDB().mentions.get(report.ids[0]) : undefined;
  return {
    ok: true,
    report: { received: report.received, stored: report.stored, updated: report.updated, dropped: report.dropped, ids: report.ids },
    unmatched: !!stored?.unmatched,
  };
}

/** Captures from the active tab: used by the popup button and the keyboard shortcut. */
export async function captureActiveTab(kind: Kind): Promise<CaptureResult> {
  const tab = await findTargetTab();
  if (!tab) return { ok: false, failure: { code: 'no-tab' } };
  return captureTab(tab.id, kind);
}
