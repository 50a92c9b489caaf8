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
