import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';
import { captureParagraph } from './tagging-helpers';

const N = 20_000;

test('while the background re-tags after a profile edit, the feed shows its progress and keeps its list', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  // One real capture, stored 20,000 times over (the background re-tags nothing until told to).
  await captureParagraph(ext, 'https://diari.example.test/neteja', 'Els carrers del Raval estan més nets des que hi ha recollida nocturna a Barcelona.');
  const [template] = await readMentions(options);
  const panel = await openExtensionPage(ext, 'sidepanel');
  await expect(panel.getByTestId('feed-count')).toHaveText('1 mención');
  await panel.evaluate(async ({ template, n }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pulso');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('mentions', 'readwrite');
      for (let i = 1; i < n; i++) tx.objectStore('mentions').put({ ...template, id: `seed:${i}`, url: `https://example.test/seed/${i}` });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { template, n: N });
  // Written past Dexie, so no live query saw it: open the feed again.
  await panel.reload();
  await expect(panel.getByTestId('feed-count')).toHaveText('20.000 menciones', { timeout: 30_000 });

  // One more alias: every stored mention is re-tagged in the background.
  const edited = { ...BARCELONA_PROFILE, aliases: [...BARCELONA_PROFILE.aliases, 'Ciutat dels Prodigis'] };
  await panel.evaluate(async (p) => chrome.storage.local.set({ cityProfile: p }), edited);
  const status = panel.getByTestId('retag-status');
  await expect(status).toContainText('Volviendo a etiquetar las menciones', { timeout: 15_000 });
  await expect(panel.getByTestId('feed-count')).toHaveText('20.000 menciones');
  await expect(panel.getByTestId('mention').first()).toBeVisible();
  // Done: the status goes, the list is live again and whole.
  await expect(status).toHaveCount(0, { timeout: 120_000 });
  await expect(panel.getByTestId('feed-count')).toHaveText('20.000 menciones');
  const retag = await panel.evaluate(async () => (await chrome.storage.local.get('retag')).retag as { retagged: number; done: boolean });
  expect(retag).toMatchObject({ retagged: N, done: true });
});
