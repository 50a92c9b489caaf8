import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';

const TZ = 'Europe/Madrid';
const dayOf = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

async function axe(p: Page) {
  const results = await new AxeBuilder({ page: p }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the demo episode shows as a flagged shift with its posts, fires a notification, and the report carries the figures', async ({ ext }) => {
  test.setTimeout(240_000);
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  await options.reload();
  // Watch the last 30 days against the 90 before them: the planted episode (21–11 days ago) falls in.
  const recent = options.getByRole('spinbutton', { name: 'Comparar los últimos (días)' });
  await recent.fill('30');
  await expect.poll(() => options.evaluate(async () => ((await chrome.storage.local.get('indicatorSettings')).indicatorSettings as { shiftRecentDays?: number } | undefined)?.shiftRecentDays)).toBe(30);
  await options.getByTestId('demo-load').click();
  await expect(options.getByTestId('demo-status')).toHaveText(/Datos de demostración cargados/, { timeout: 150_000 });
  const all = await readMentions(options);

  // The alert pass runs after the ingest batches: a notification about rising violence appears.
  await expect.poll(async () => (Object.keys(await ext.sw.evaluate(() => chrome.notifications.getAll()))).find((id) => id.includes(':attribute:violent:up')), { timeout: 60_000 })
    .toMatch(/#dashboard\/window=30d&focus=shift%3Aattribute%3Aviolent$/);
  const badge = await ext.sw.evaluate(() => chrome.action.getTitle({}));
  expect(badge).toMatch(/^Pulso: presión pública (baja|moderada|alta|crítica) \(\d+\/100\)$/);

  // The notification leads to the dashboard, on the 30-day window, with the shift in view.
  const panel = await openExtensionPage(ext, 'sidepanel', '#dashboard/window=30d&focus=shift%3Aattribute%3Aviolent');
  await expect(panel.getByTestId('dashboard')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const shift = panel.locator('[data-shift="shift:attribute:violent"]');
  await expect(shift).toContainText(/asociación con violencia [\d,]+\s%\sen los últimos 30 días frente a [\d,]+\s%\sen los 90 días anteriores, p < 0,001/);
  await expect(shift).toHaveClass(/up/);

  // Headline volume = the demo mentions of the last 30 local days (rollups agree with the store).
  const today = dayOf(Date.now());
  const first = new Date(Date.parse(`${today}T12:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  const expected = all.filter((m) => { const d = dayOf(Date.parse(String(m.sortAt))); return d >= first && d <= today; }).length;
  const shown = Number((await panel.getByTestId('fig-volume').innerText()).replace(/\D/g, ''));
  expect(shown).toBe(expected);

  // The shift opens its posts: every listed mention carries the violence attribute.
  await shift.getByRole('button').click();
  const drawer = panel.getByTestId('mention-drawer');
  await expect(drawer.getByTestId('mention').first()).toBeVisible();
  const ids = await drawer.getByTestId('mention').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(ids.length).toBeGreaterThan(20);
  const byId = new Map(all.map((m) => [m.id, m]));
  expect(ids.every((id) => (byId.get(id!)?.attributes as string[]).includes('violent'))).toBe(true);
  await expect(drawer).toContainText(/Se muestran 100 de [\d.]+ menciones/);
  await drawer.getByRole('button', { name: 'Cerrar' }).click();

  // Pressure components and the charts render; the dashboard passes axe with its tables open.
  await expect(panel.getByTestId('pressure-panel')).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByTestId('chart-volume').locator('canvas')).toHaveCount(1);
  for (const summary of await panel.locator('details > summary').all()) await summary.click();
  expect(await axe(panel)).toEqual([]);

  // The report for the same window: figures, the shift sentence with evidence, a CSV of it all.
  const report = await ext.context.newPage();
  await report.goto(`chrome-extension://${ext.id}/report.html#dashboard/window=30d`);
  await expect(report.getByTestId('report')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  expect(Number((await report.getByTestId('report-volume').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
  await expect(report.getByTestId('report-shifts')).toContainText(/asociación con violencia .* p < 0,001/);
  const csv = await report.evaluate(async () => (await fetch((document.querySelector('[data-testid="report-csv"]') as HTMLAnchorElement).href)).text());
  expect(csv).toMatch(/^section,metric,key,value,low,high,n,baseline,p,detail\r\n/);
  expect(csv).toMatch(/\r\nshift,attribute,violent,0\.\d+,,,\d+,0\.\d+,/);
  expect(csv).toContain('headline,volume,period,');
  expect(await axe(report)).toEqual([]);
});
