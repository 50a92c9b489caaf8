import { browser } from 'wxt/browser';
import { captureActiveTab, captureTab } from './capture-tab';

const SELECTION = 'pulso-capture-selection';
const PAGE = 'pulso-capture-page';

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
    if (info.menuItemId === SELECTION) void captureTab(tab.id, 'selection', info.selectionText);
    if (info.menuItemId === PAGE) void captureTab(tab.id, 'page');
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === 'capture-page') void captureActiveTab('auto');
  });
}
