import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BrowseCaptureSchema } from '@/lib/messaging/protocol';
import { onMessage } from '@/lib/platform/messaging';
import { captureActiveTab } from './capture-tab';
import { ingestBrowse, registerBrowse } from './browse';
import { loadDemo, removeDemo } from './demo';
import { setupMenus } from './menus';
import { registerAuthors } from './authors';
import { registerExplain } from './explain';
import { registerRetag } from './retag';
import { registerSources } from './sources';
import { registerIndicators } from './indicators';
import { registerDataSafety } from './data-safety';
import { registerResponseFilter } from './response-filter';

export default defineBackground(() => {
  setupMenus();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  onMessage('capture/active-tab', ({ data }) => captureActiveTab(data.kind));
  onMessage('capture/browse', ({ data }) => ingestBrowse(BrowseCaptureSchema.parse(data)));
  onMessage('demo/load', ({ data }) => loadDemo(data.seed));
  onMessage('demo/remove', () => removeDemo());
  registerAuthors();
  registerExplain();
  registerRetag();
  registerSources();
  registerIndicators();
  registerBrowse();
  registerDataSafety();
  registerResponseFilter();
});
