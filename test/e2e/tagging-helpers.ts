import type { Page } from '@playwright/test';
import { expect, openExtensionPage, type Extension } from './fixtures';

/**
 * Serves a page at `url` with one paragraph, selects it and captures it from the popup, as a
 * user would; returns the popup (a page of the extension's origin, to read the database from).
 */
export async function captureParagraph(ext: Extension, url: string, text: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: `<html lang="es"><body><p id="p">${text}</p></body></html>` }));
  await page.goto(url);
  await page.evaluate(() => { const r = document.createRange(); r.selectNodeContents(document.getElementById('p')!); getSelection()!.addRange(r); });
  const popup = await openExtensionPage(ext, 'popup');
  await page.bringToFront();
  await popup.getByRole('button', { name: 'Capturar', exact: true }).click();
  await expect(popup.getByTestId('capture-status')).toHaveText(/Capturado/);
  return popup;
}

/** Adds a Spanish term to a topic in the options page's taxonomy editor and saves. */
export async function addTopicTerm(options: Page, topic: string, term: string): Promise<void> {
  await options.getByTestId('taxonomy-kind').selectOption('topics');
  await options.getByTestId('taxonomy-key').selectOption(topic);
  await options.getByTestId('taxonomy-lang').selectOption('es');
  const terms = options.getByTestId('taxonomy-terms');
  await terms.fill(`${await terms.inputValue()}\n${term}`);
  await options.getByTestId('taxonomy-save').click();
  await expect(options.getByTestId('taxonomy-message')).toContainText('Taxonomía guardada');
}
