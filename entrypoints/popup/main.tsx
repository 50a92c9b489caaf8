import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '@/assets/styles.css';
import { AppShell } from '@/components/AppShell';
import { PopupView } from '@/components/PopupView';
import { getDB } from '@/lib/platform/db';
import { sendMessage } from '@/lib/platform/messaging';
import { StorageAlertBanner } from '@/components/StorageAlertBanner';
import { storageAlertSource } from '@/lib/platform/data-safety';

/** Chrome opens its side panel on this user gesture; Firefox its sidebar. */
async function openPanel(): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(o: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel) {
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) await api.sidePanel.open({ windowId: win.id });
  } else if (api.sidebarAction) {
    await api.sidebarAction.open();
  }
  window.close();
}

createRoot(document.getElementById('root')!).render(
  <AppShell>
    <StorageAlertBanner {...storageAlertSource} />
    <PopupView
      db={getDB()}
      onCapture={() => sendMessage('capture/active-tab', { kind: 'auto' })}
      onOpenPanel={openPanel}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  </AppShell>,
);
