import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';

const SRC = 'https://ajuntament.barcelona.cat/refugisclimatics/';
const FRAMES_DIR = path.resolve('lib/drafting/frames');
/** The shipped frames by group id (read as files: the spec runs outside the bundler). */
const FRAMES: Record<string, { acknowledge: { es: string }; nextStep: { es: string } }> = Object.fromEntries(
  readdirSync(FRAMES_DIR).map((f) => JSON.parse(readFileSync(path.join(FRAMES_DIR, f), 'utf8'))).map((fr) => [fr.id, fr]),
);

/** Reads every stored draft through an extension page (the extension's own IndexedDB). */
async function readDrafts(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(() => new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
    const req = indexedDB.open('pulso');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const all = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
      all.onsuccess = () => { resolve(all.result); db.close(); };
      all.onerror = () => reject(all.error);
    };
  }));
}

async function addEvidence(panel: Page, e: { fact: string; value: string; unit: string; topic: string; groups: string[] }): Promise<void> {
  const bank = panel.getByTestId('evidence-bank');
  const before = await bank.getByTestId('evidence-item').count();
  const form = bank.locator('form.evidence-form').last();
  await form.getByTestId('ev-factEs').fill(e.fact);
  await form.getByTestId('ev-value').fill(e.value);
  await form.getByTestId('ev-unitEs').fill(e.unit);
  await form.getByTestId('ev-source').fill(SRC);
  await form.getByTestId('ev-topic').selectOption(e.topic);
  for (const g of e.groups) await form.getByTestId(`ev-benefit-${g}`).check();
  await form.getByTestId('ev-save').click();
  await expect(bank.getByTestId('evidence-item')).toHaveCount(before + 1);
  await expect(form.getByTestId('ev-factEs')).toHaveValue('');
}

test('compose for three groups from the evidence bank, fix a clarity finding, keep it after a reload', async ({ ext }) => {
  const panel = await openExtensionPage(ext, 'sidepanel', '#studio');
  await resetData(panel);
  await panel.reload();
  await expect(panel.getByRole('tab', { name: 'Estudio' })).toHaveAttribute('aria-selected', 'true');

  // Two results added through the evidence bank; a half-filled one is refused with the fields to fix.
  await panel.getByTestId('evidence-bank').locator('summary').click();
  const bank = panel.getByTestId('evidence-bank');
  await bank.getByTestId('ev-save').click();
  await expect(bank.getByRole('alert')).toContainText('Hecho en castellano');
  await addEvidence(panel, { fact: 'La red de refugios climáticos suma 400 espacios', value: '400', unit: 'espacios', topic: 'environment', groups: ['citizen', 'media', 'civil_society'] });
  await addEvidence(panel, { fact: 'Dentro de un refugio la temperatura baja hasta 5 °C respecto a la calle', value: '5', unit: '°C', topic: 'environment', groups: ['citizen', 'business'] });
  await expect(bank.getByTestId('evidence-item')).toHaveCount(2);

  // One message, three groups, both results, X in Spanish.
  await panel.getByTestId('compose-message').fill('Hemos abierto 3 nuevos refugios climáticos en Nou Barris');
  for (const g of ['citizen', 'business', 'media']) await panel.getByTestId(`compose-group-${g}`).check();
  for (const box of await panel.getByTestId('compose-evidence').all()) await box.check();
  await panel.getByTestId('compose-channel').selectOption('x');
  await panel.getByTestId('compose-submit').click();
  const drafts = panel.getByTestId('draft');
  await expect(drafts).toHaveCount(3);
  await expect(drafts.nth(0)).toHaveAttribute('data-group', 'citizen');
  const texts = await panel.getByTestId('draft-text').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  expect(new Set(texts).size).toBe(3);
  for (const text of texts) expect(text).toMatch(/\d/);
  for (const d of await drafts.all()) {
    await expect(d.getByTestId('draft-length')).toHaveText(/^\d+ de 280 caracteres$/);
    await expect(d.getByTestId('readability')).toHaveCount(2);
    await expect(d.getByTestId('readability').first()).toHaveText(/Fernández Huerta \d+ \S/);
  }
  // No on-device model in this Chromium: a quiet note, no rewrite button, everything else works.
  await expect(panel.getByTestId('on-device-note')).toBeVisible();
  await expect(panel.getByTestId('rewrite')).toHaveCount(0);

  // Typing updates length and clarity live; a jargon word gets a one-click fix.
  const business = drafts.nth(1);
  const area = business.getByTestId('draft-text');
  const before = await area.inputValue();
  await area.fill(`Vamos a implementar 3 refugios. ${before}`);
  await expect(business.getByTestId('draft-length')).toHaveText(new RegExp(`^${before.length + 32} de 280`));
  const jargon = business.locator('[data-testid="finding"][data-rule="jargon"]').filter({ hasText: 'implementar' });
  await expect(jargon).toHaveCount(1);
  await expect(jargon.getByTestId('finding-words')).toHaveText('implementar');
  await jargon.getByTestId('apply-fix').click();
  await expect(area).not.toHaveValue(/implementar/);
  await expect(area).toHaveValue(/^Vamos a \S/);
  await expect(business.locator('[data-testid="finding"][data-rule="jargon"]').filter({ hasText: 'implementar' })).toHaveCount(0);
  const fixed = await area.inputValue();

  // A draft without a concrete number is flagged.
  const media = drafts.nth(2);
  await media.getByTestId('draft-text').fill('Hemos abierto refugios climáticos en Nou Barris.');
  await expect(media.locator('[data-flag="no-concrete-result"]')).toBeVisible();

  // Mark the citizen draft as sent.
  await drafts.nth(0).getByTestId('sent-url').fill('https://x.com/bcn/status/1234567890');
  await drafts.nth(0).getByTestId('mark-sent').click();
  await expect(drafts.nth(0).getByTestId('draft-sent')).toContainText('https://x.com/bcn/status/1234567890');

  // Everything is in IndexedDB and comes back after a reload.
  await expect.poll(async () => (await readDrafts(panel)).map((d) => (d.versions as unknown[]).length).sort()).toEqual([1, 2, 2]);
  await panel.reload();
  await expect(panel.getByTestId('draft')).toHaveCount(3);
  await expect(panel.getByTestId('draft').nth(1).getByTestId('draft-text')).toHaveValue(fixed);
  await expect(panel.getByTestId('draft').nth(2).getByTestId('draft-text')).toHaveValue('Hemos abierto refugios climáticos en Nou Barris.');
  await expect(panel.getByTestId('draft').nth(0).getByTestId('draft-sent')).toContainText('https://x.com/bcn/status/1234567890');
  await expect(panel.getByTestId('draft').nth(1).locator('details.versions summary')).toHaveText('Versiones (2)');
});

test('a captured negative post gets a respectful reply draft, linked to the mention and kept after a reload', async ({ ext }) => {
  const popup = await openExtensionPage(ext, 'popup');
  await resetData(popup);
  await popup.reload();
  const page = await ext.context.newPage();
  const url = 'https://foro.example.test/bcn';
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="es"><body><p id="post">El metro de Barcelona es un desastre: siempre llega tarde, está sucio y nadie da explicaciones. Qué vergüenza.</p></body></html>' }));
  await page.goto(url);
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#post')!);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.bringToFront();
  await popup.getByRole('button', { name: 'Capturar', exact: true }).click();
  await expect(popup.getByTestId('capture-status')).toContainText('Capturado');
  const [mention] = await readMentions(popup);
  expect((mention.sentiment as { label: string }).label).toBe('negative');

  const panel = await openExtensionPage(ext, 'sidepanel');
  await panel.getByTestId('mention').first().getByTestId('draft-reply').click();
  await expect(panel.getByRole('tab', { name: 'Estudio' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('reply-context')).toContainText('El metro de Barcelona es un desastre');
  const draft = panel.getByTestId('draft');
  await expect(draft).toHaveCount(1);
  const group = (mention.stakeholder as string | undefined) ?? 'citizen';
  await expect(draft).toHaveAttribute('data-group', group);
  await expect(draft.getByTestId('draft-text')).toHaveValue(new RegExp(`^${FRAMES[group].acknowledge.es.slice(0, 30)}`));
  await expect(draft.getByTestId('draft-text')).toHaveValue(new RegExp(FRAMES[group].nextStep.es.slice(0, 20)));

  const stored = await readDrafts(panel);
  expect(stored).toHaveLength(1);
  expect(stored[0].replyTo).toBe(mention.id);

  // Reopening the side panel shows the same reply; asking again opens it rather than a second one.
  await panel.reload();
  await expect(panel.getByTestId('reply-context')).toBeVisible();
  await panel.getByRole('tab', { name: 'Menciones' }).click();
  await panel.getByTestId('mention').first().getByTestId('draft-reply').click();
  await expect(panel.getByTestId('draft')).toHaveCount(1);
  expect(await readDrafts(panel)).toHaveLength(1);
});

test('an edited frame and an edited jargon list change the drafts and the clarity check, and reset to the shipped ones', async ({ ext }) => {
  const panel = await openExtensionPage(ext, 'sidepanel', '#studio');
  await resetData(panel);
  await panel.reload();
  await panel.locator('summary', { hasText: 'Enfoques por grupo' }).click();
  await panel.getByTestId('fr-group').selectOption('citizen');
  await panel.getByTestId('fr-lang').selectOption('es');
  // An emptied list is refused with the field named; nothing is stored.
  await panel.getByTestId('fr-cta').fill('   ');
  await panel.getByTestId('fr-save').click();
  await expect(panel.locator('.frame-editor [role="alert"]')).toContainText('cta');
  await panel.getByTestId('fr-cta').fill('Pásate por el refugio de tu barrio.');
  await panel.getByTestId('fr-save').click();
  await expect(panel.getByTestId('fr-reset')).toBeVisible();

  await panel.locator('summary', { hasText: 'Lista de jerga' }).click();
  await panel.getByTestId('jg-lang').selectOption('es');
  await panel.getByTestId('jg-text').fill('[{"term": "refugio", "alternatives": "sitio fresco"}]');
  await panel.getByTestId('jg-save').click();
  await expect(panel.locator('.jargon-editor [role="alert"]')).toContainText('alternatives');
  await panel.getByTestId('jg-text').fill('[{"term": "refugio", "forms": ["refugios"], "alternatives": ["sitio fresco"]}]');
  await panel.getByTestId('jg-save').click();
  await expect(panel.getByTestId('jg-reset')).toBeVisible();

  await panel.getByTestId('compose-message').fill('Hemos abierto 3 nuevos refugios climáticos en Nou Barris');
  await panel.getByTestId('compose-group-citizen').check();
  await panel.getByTestId('compose-submit').click();
  const draft = panel.getByTestId('draft');
  await expect(draft.getByTestId('draft-text')).toHaveValue(/Pásate por el refugio de tu barrio\.$/);
  await expect(draft.locator('[data-rule="jargon"]').first()).toContainText('sitio fresco');

  // Back to the shipped frame and list: a new draft ends with the built-in call to action again.
  await panel.getByTestId('fr-reset').click();
  await panel.getByTestId('jg-reset').click();
  await expect(panel.getByTestId('fr-reset')).toHaveCount(0);
  await panel.getByTestId('compose-submit').click();
  await expect(draft.getByTestId('draft-text')).not.toHaveValue(/Pásate por el refugio/);
  await expect(draft.locator('[data-rule="jargon"]').filter({ hasText: 'sitio fresco' })).toHaveCount(0);
});
