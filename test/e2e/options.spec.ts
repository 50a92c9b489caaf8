/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';
import { addTopicTerm, captureParagraph } from './tagging-helpers';

test('first run stores the demo profile; editing the profile changes what matches', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  await options.evaluate(() => chrome.storage.local.set({ settings: { version: 1, uiLang: 'es', onboarded: false, demoLoaded: false } }));
  await options.reload();
  await expect(options.getByRole('heading', { name: 'Te damos la bienvenida a Pulso' })).toBeVisible();
  await options.getByLabel('Cargar también un año de menciones de demostración').uncheck();
  await options.getByTestId('first-run-start').click();
  await expect(options.getByRole('heading', { name: 'Te damos la bienvenida a Pulso' })).toBeHidden();
  const stored = await options.evaluate(() => chrome.storage.local.get('cityProfile'));
  expect((stored.cityProfile as { id: string }).id).toBe('barcelona-amb');
  // The 35 AMB municipalities besides Barcelona, and the short names people write for some.
  expect((stored.cityProfile as { municipalities: string[] }).municipalities).toEqual(expect.arrayContaining(['Badalona', 'Cornellà de Llobregat', 'Viladecans', 'Sant Cugat']));

  // Add a neighbourhood alias; a page that names only it now matches the city.
  const aliases = options.getByTestId('profile-aliases');
  await aliases.fill(`${await aliases.inputValue()}\nCiutat dels Prodigis`);
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('profile-message')).toHaveText('Perfil guardado.');

  const page = await ext.context.newPage();
  await page.route('https://blog.example.test/post', (r) => r.fulfill({ contentType: 'text/html', body: '<html lang="ca"><body><p id="p">La Ciutat dels Prodigis torna a brillar aquesta primavera.</p></body></html>' }));
  await page.goto('https://blog.example.test/post');
  await page.evaluate(() => { const r = document.createRange(); r.selectNodeContents(document.getElementById('p')!); getSelection()!.addRange(r); });
  const popup = await openExtensionPage(ext, 'popup');
  await page.bringToFront();
  await popup.getByRole('button', { name: 'Capturar', exact: true }).click();
  await expect(popup.getByTestId('capture-status')).toHaveText(/Capturado/);
  const [m] = await readMentions(popup);
  expect(m.matched).toContain('Ciutat dels Prodigis');
  expect(m.unmatched).toBeUndefined();
});

test('a place name that is also an everyday word matches only where it is written with a capital', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  await options.reload();
  const words = options.getByTestId('profile-everydayWords');
  await expect(words).toHaveValue(/El Coll/);
  await words.fill(`${await words.inputValue()}\nPorta`);
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('profile-message')).toHaveText('Perfil guardado.');
  await options.reload();
  await expect(options.getByTestId('profile-everydayWords')).toHaveValue(/\nPorta$/);

  // The barri, written as a place is: a city mention.
  const popup = await captureParagraph(ext, 'https://veins.example.test/porta', 'Els veïns de Porta demanen més neteja als carrers.');
  // The word: kept as a manual capture, not counted as the city.
  await captureParagraph(ext, 'https://receptes.example.test/porta', 'Tanca la porta, que fa fred i el coll em fa mal.');
  const mentions = await readMentions(popup);
  const place = mentions.find((m) => String(m.text).includes('veïns de Porta'));
  const word = mentions.find((m) => String(m.text).includes('Tanca la porta'));
  expect(place?.matched).toEqual(['Porta']);
  expect(place?.unmatched).toBeUndefined();
  expect(word?.matched).toEqual([]);
  expect(word?.unmatched).toBe(true);
});

test('the profile check finds a name the stored posts write as a word, and moving it to the everyday words stops it matching', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  await options.reload();
  // Three posts that use "gòtic" as a word (a style), not as the barri.
  for (const [i, text] of ['Una catedral d’estil gòtic, preciosa.', 'Retaule gòtic restaurat a Vic.', 'Arcs gòtic i romànic al claustre.'].entries()) {
    await captureParagraph(ext, `https://art.example.test/${i}`, text);
  }
  await options.bringToFront();
  await options.getByRole('button', { name: 'Revisar las publicaciones guardadas' }).click();
  const row = options.getByTestId('lower-case-terms').getByRole('listitem').filter({ hasText: 'Gòtic (Barrios)' });
  await expect(row).toContainText('3 de 3 publicaciones lo escriben en minúscula');
  await row.getByRole('button', { name: 'Pasar a palabras comunes' }).click();
  await expect(options.getByTestId('profile-everydayWords')).toHaveValue(/\nGòtic$/);
  await options.getByTestId('profile-save').click();
  await expect(options.getByTestId('profile-message')).toHaveText('Perfil guardado.');

  const popup = await captureParagraph(ext, 'https://art.example.test/after', 'Un altre retaule gòtic al museu.');
  await captureParagraph(ext, 'https://veins.example.test/gotic', 'Passejada nocturna: Gòtic i Raval, plens de gent.');
  const mentions = await readMentions(popup);
  expect(mentions.find((m) => String(m.text).startsWith('Un altre retaule'))?.unmatched).toBe(true);
  expect(mentions.find((m) => String(m.text).startsWith('Passejada nocturna'))?.matched).toContain('Gòtic');
});

test('a malformed profile file is rejected with the field named; a valid one is imported', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  await options.reload();
  const dir = mkdtempSync(path.join(tmpdir(), 'pulso-profile-'));
  const bad = path.join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ version: 1, id: 'x1', name: 'X', country: 'ES', languages: ['es'], timezone: 'Europe/Madrid', names: [] }));
  await options.getByTestId('profile-import').setInputFiles(bad);
  await expect(options.getByTestId('profile-message')).toContainText('names');

  const good = path.join(dir, 'good.json');
  writeFileSync(good, JSON.stringify({ version: 1, id: 'valencia', name: 'València', country: 'ES', languages: ['es', 'ca'], timezone: 'Europe/Madrid', names: ['València', 'Valencia'] }));
  await options.getByTestId('profile-import').setInputFiles(good);
  await expect(options.getByTestId('profile-message')).toHaveText('Perfil importado.');
  await expect(options.getByTestId('profile-name')).toHaveValue('València');

  // Export gives back the same profile as a file.
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Exportar el perfil' }).click();
  const file = await (await download).path();
  expect(JSON.parse(readFileSync(file!, 'utf8')).names).toEqual(['València', 'Valencia']);
});

test('the interface language can be switched in options', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  await options.reload();
  await expect(options.getByRole('heading', { name: 'Ajustes de Pulso' })).toBeVisible();
  await options.getByTestId('ui-lang').selectOption('ca');
  await expect(options.getByRole('heading', { name: 'Configuració de Pulso' })).toBeVisible();
  const panel = await openExtensionPage(ext, 'sidepanel');
  await expect(panel.getByText('Encara no hi ha mencions', { exact: false })).toBeVisible();
  await options.getByTestId('ui-lang').selectOption('en');
  await expect(panel.getByText('No mentions yet', { exact: false })).toBeVisible();
  expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('editing the taxonomy re-tags stored mentions in the background', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  const popup = await captureParagraph(ext, 'https://diari.example.test/nota', 'En Barcelona ya se puede probar el nuevo zorglub en la plaza mayor.');
  const [before] = await readMentions(popup);
  expect(before.lang).toBe('es');
  expect(before.topics).not.toContain('culture');

  await options.reload();
  await addTopicTerm(options, 'culture', 'zorglub');
  await expect.poll(async () => (await readMentions(popup))[0].topics, { timeout: 20_000 }).toContain('culture');
  const [after] = await readMentions(popup);
  expect((after.taggers as Record<string, string>).topics).not.toBe((before.taggers as Record<string, string>).topics);
  await expect(options.getByTestId('retag-status')).toContainText('al día');
});

test('trying a text shows its tags and the words behind them, with the user\'s taxonomy, storing nothing', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  await options.reload();
  await options.getByTestId('try-text').fill('Ayer apuñalaron a un chico en el Raval. El barrio ya no es seguro, lo siento.');
  await options.getByTestId('try-run').click();
  await expect(options.getByTestId('try-result-city')).toHaveText('El Raval');
  await expect(options.getByTestId('try-hits')).toContainText('apuñalaron → − violencia');
  await expect(options.getByTestId('try-hits')).toContainText('es seguro → − inseguridad; temas: seguridad (negado)');
  // A taxonomy edit is what the box tries next: a new culture word is found at once.
  await addTopicTerm(options, 'culture', 'zorglub');
  await options.getByTestId('try-text').fill('Nuevo zorglub en Gràcia');
  await options.getByTestId('try-run').click();
  await expect(options.getByTestId('try-hits')).toContainText('zorglub → temas: cultura');
  // What no listed word says, the learned layer adds and says so; turned off, it is gone.
  await options.getByTestId('try-text').fill('Nos piden 1.200 euros por un piso de 45 metros en Sants, sin ascensor');
  await options.getByTestId('try-run').click();
  await expect(options.getByTestId('learned-reason')).toContainText('− carestía: el modelo aprendido');
  await expect(options.getByTestId('attribute')).toHaveCount(1);
  await options.getByTestId('taxonomy-learned').uncheck();
  await options.getByTestId('taxonomy-save').click();
  await expect(options.getByTestId('taxonomy-message')).toContainText('Taxonomía guardada');
  await options.getByTestId('try-run').click();
  await expect(options.getByTestId('try-result-city')).toHaveText('Sants');
  await expect(options.getByTestId('learned-reason')).toHaveCount(0);
  await expect(options.getByTestId('attribute')).toHaveCount(0);
  const results = await new AxeBuilder({ page: options }).include('#try-text-title').include('[data-testid="try-result"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(await readMentions(options)).toEqual([]);
});
