import { browser } from 'wxt/browser';
import { captureOutcomeText } from '@/lib/i18n/capture-outcome';
import { translate } from '@/lib/i18n';
import { errorDetail } from '@/lib/model/capture-failure';
import { resolveUiLang } from '@/lib/model/settings';
import type { CaptureResult } from '@/lib/platform/messaging';
import { readSettings } from '@/lib/platform/storage';
import { captureActiveTab, captureTab } from './capture-tab';

const SELECTION = 'pulso-capture-selection';
const PAGE = 'pulso-capture-page';
// One id: a second capture replaces the first one's notification instead of stacking.
const NOTIFICATION = 'pulso-capture';

/**
 * Says what a capture from the context menu or the shortcut did, in the UI language: there is
 * no popup open to show it, and a capture that silently failed would look like a stored one.
 */
async function report(capture: Promise<CaptureResult>): Promise<void> {
  let result: CaptureResult;
  try {
    result = await capture;
  } catch (err) {
    result = { ok: false, failure: { code: 'blocked', detail: errorDetail(err) } };
  }
  const lang = resolveUiLang((await readSettings()).uiLang, globalThis.navigator?.languages ?? []);
  await browser.notifications.create(NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: translate(lang, 'capture.notificationTitle'),
    message: captureOutcomeText(lang, result),
  });
}

/** Context-menu entries (localised through _locales) and the keyboard shortcut. */
export function setupMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll(() => {
      browser.contextMenus.create({ id: SELECTION, title: browser.i18n.getMessage('menuCaptureSelection'), contexts: ['selection'] });
      browser.contextMenus.create({ id: PAGE, title: browser.i18n.getMessage('menuCapturePage'), contexts: ['page'] });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === SELECTION) void report(captureTab(tab.id, 'selection', info.selectionText));
    if (info.menuItemId === PAGE) void report(captureTab(tab.id, 'page'));
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === 'capture-page') void report(captureActiveTab('auto'));
  });
}
