import type { Page } from '@playwright/test';
import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';

// Hostile strings placed in a page as text; capture must keep them as text, byte for byte.
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("xss")</script>',
  '"><svg onload=alert(2)>',
  "javascript:alert('3')",
  'Barcelona \u202Eevil\u202C \u0000 zero\u200Bwidth 👩‍👩‍👧 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̬ {{constructor.constructor("alert(4)")()}}',
];

test('hostile text in a selection is stored and shown exactly, and never runs', async ({ ext }) => {
  const popup = await openExtensionPage(ext, 'popup');
  await resetData(popup);
  const page = await ext.context.newPage();
  const dialogs: string[] = [];
  const watch = (p: Page) => p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  watch(page);
  watch(popup);
  await page.route('https://hostile.example.test/', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html><body><pre id="t"></pre></body></html>' }),
  );
  await page.goto('https://hostile.example.test/');
  const selected: string[] = [];
  for (const text of HOSTILE) {
    selected.push(
      await page.evaluate((value) => {
        const pre = document.getElementById('t')!;
        pre.textContent = value;
        const range = document.createRange();
        range.selectNodeContents(pre);
        const s = window.getSelection()!;
        s.removeAllRanges();
        s.addRange(range);
        return s.toString();
      }, text),
    );
    await page.bringToFront();
    await popup.getByRole('button', { name: 'Capturar', exact: true }).click();
    await expect(popup.getByTestId('capture-status')).toHaveText(/Capturado/);
  }

  const stored = await readMentions(popup);
  expect(stored.map((m) => m.text).sort()).toEqual([...selected].sort());

  const panel = await openExtensionPage(ext, 'sidepanel');
  watch(panel);
  await expect(panel.getByTestId('mention')).toHaveCount(HOSTILE.length);
  const shown = await panel.getByTestId('mention-text').allTextContents();
  expect(shown.sort()).toEqual([...selected].sort());
  // Nothing was parsed as markup: no injected image or svg, no script beyond the page's own.
  expect(await panel.locator('.mention img, .mention svg, .mention script').count()).toBe(0);
  await panel.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
