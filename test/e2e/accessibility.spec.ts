import AxeBuilder from '@axe-core/playwright';
import { expect, openExtensionPage, resetData, test } from './fixtures';

for (const page of ['popup', 'sidepanel', 'options'] as const) {
  test(`${page} has no serious or critical accessibility violations`, async ({ ext }) => {
    const p = await openExtensionPage(ext, page);
    await resetData(p);
    await p.reload();
    await p.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page: p }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the drafting studio, with drafts and every section open, has no serious or critical accessibility violations', async ({ ext }) => {
  const p = await openExtensionPage(ext, 'sidepanel', '#studio');
  await resetData(p);
  await p.reload();
  await p.getByTestId('compose-message').fill('Hemos abierto 3 nuevos refugios climáticos en Nou Barris');
  await p.getByTestId('compose-group-citizen').check();
  await p.getByTestId('compose-group-media').check();
  await p.getByTestId('compose-submit').click();
  await expect(p.getByTestId('draft')).toHaveCount(2);
  for (const summary of await p.locator('details > summary').all()) await summary.click();
  const results = await new AxeBuilder({ page: p }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the dashboard and the report page have no serious or critical accessibility violations', async ({ ext }) => {
  const p = await openExtensionPage(ext, 'sidepanel', '#dashboard');
  await resetData(p);
  await p.reload();
  await expect(p.getByTestId('dashboard')).toHaveAttribute('data-ready', 'true');
  for (const summary of await p.locator('details > summary').all()) await summary.click();
  const results = await new AxeBuilder({ page: p }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await p.goto(`chrome-extension://${ext.id}/report.html`);
  await expect(p.getByTestId('report')).toHaveAttribute('data-ready', 'true');
  const report = await new AxeBuilder({ page: p }).analyze();
  expect(report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('every page with the storage alert, the feed with mentions and the data section asking to confirm have no serious or critical accessibility violations', async ({ ext }) => {
  const scan = async (p: import('@playwright/test').Page) => {
    const results = await new AxeBuilder({ page: p }).analyze();
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${p.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  const p = await openExtensionPage(ext, 'options');
  await resetData(p);
  await p.evaluate(async () => {
    await chrome.storage.local.set({ storageAlert: { kind: 'quota-exceeded', at: new Date().toISOString(), waiting: 12 } });
    const posts = [1, 2, 3].map((i) => ({ platform: 'x', nativeId: `a11y-${i}`, url: `https://x.com/a/status/${i}`, text: `El metro de Barcelona, missatge ${i}`, author: { handle: 'veina' } }));
    await chrome.runtime.sendMessage({ id: 1, type: 'capture/browse', data: { platform: 'x', pageUrl: 'https://x.com/home', posts, skipped: 0 }, timestamp: Date.now() });
  });
  await p.reload();
  await expect(p.getByTestId('storage-alert')).toBeVisible();
  await p.getByTestId('delete-all').click();
  await expect(p.getByTestId('delete-all-confirm')).toBeVisible();
  const bad = await scan(p);
  await p.getByTestId('pseudonymise').click();
  await expect(p.getByTestId('pseudonymise-confirm')).toBeVisible();
  bad.push(...(await scan(p)));
  for (const [page, hash] of [['popup', ''], ['sidepanel', '#feed']] as const) {
    const q = await openExtensionPage(ext, page, hash);
    await expect(q.getByTestId('storage-alert')).toBeVisible();
    if (page === 'sidepanel') await expect(q.getByTestId('mention')).toHaveCount(3);
    bad.push(...(await scan(q)));
  }
  expect(bad).toEqual([]);
});
