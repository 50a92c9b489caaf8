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
