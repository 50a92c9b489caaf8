import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';

test('demo data loads labelled, an author group set in the feed applies to all their mentions, and demo data can be removed', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  await options.reload();
  await options.getByTestId('demo-load').click();
  await expect(options.getByTestId('demo-status')).toHaveText(/Datos de demostración cargados: [\d.]+ menciones/, { timeout: 120_000 });
  const all = await readMentions(options);
  expect(all.length).toBeGreaterThan(5000);
  expect(all.every((m) => m.demo === true)).toBe(true);

  const panel = await openExtensionPage(ext, 'sidepanel');
  await expect(panel.getByRole('note')).toContainText('datos de demostración');
  const first = panel.getByTestId('mention').first();
  await expect(first.getByText('Datos de demostración')).toBeVisible();
  const id = await first.getAttribute('data-id');
  const target = all.find((m) => m.id === id)!;
  const handle = String((target.author as { handle: string }).handle).toLowerCase();
  const sameAuthor = all.filter((m) => m.platform === target.platform && String((m.author as { handle?: string }).handle ?? '').toLowerCase() === handle);
  const group = target.stakeholder === 'international' ? 'culture' : 'international';
  await first.getByTestId('author-group').selectOption(group);
  await expect.poll(async () => (await readMentions(options)).filter((m) => m.stakeholder === group && sameAuthor.some((s) => s.id === m.id)).length).toBe(sameAuthor.length);

  await options.getByTestId('demo-remove').click();
  await expect(options.getByTestId('demo-status')).toHaveText(/quitados/, { timeout: 60_000 });
  expect(await readMentions(options)).toHaveLength(0);
  await expect(panel.getByRole('note')).toHaveCount(0);
});
