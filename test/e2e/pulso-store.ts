/**
 * In-page helpers for the e2e tests of both browsers: they run inside an extension page (passed
 * to Playwright's or Puppeteer's `page.evaluate`), so they must stay self-contained.
 */

/** Empties every table of the `pulso` database and the stored settings, then stores `values` next to fresh settings. */
export async function clearPulsoStore(values: Record<string, unknown>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('pulso');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const names = Array.from(db.objectStoreNames);
      if (!names.length) { db.close(); resolve(); return; }
      const tx = db.transaction(names, 'readwrite');
      for (const n of names) tx.objectStore(n).clear();
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
  await chrome.storage.local.clear();
  await chrome.storage.local.set({ settings: { version: 1, uiLang: 'es', onboarded: true, demoLoaded: false }, ...values });
}
