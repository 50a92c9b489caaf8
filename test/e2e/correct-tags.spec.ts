import AxeBuilder from '@axe-core/playwright';
import { expect, openExtensionPage, readMentions, resetData, test } from './fixtures';
import { captureParagraph } from './tagging-helpers';

test('a tag corrected from the feed is stored, shown as corrected and can be undone', async ({ ext }) => {
  const options = await openExtensionPage(ext, 'options');
  await resetData(options);
  const popup = await captureParagraph(ext, 'https://diari.example.test/baralla', 'Pelea multitudinaria anoche en la Barceloneta: dos heridos y la playa llena de basura.');
  const [before] = await readMentions(popup);
  expect(before.attributes).toEqual(['violent', 'dirty']);

  const panel = await openExtensionPage(ext, 'sidepanel');
  const card = panel.getByTestId('mention').first();
  await expect(card.getByTestId('attribute')).toHaveCount(2);
  // Why these tags: the background tags the text again and names the words behind each tag.
  await card.getByTestId('why-tags').click();
  await expect(card.getByTestId('why-hits')).toContainText('Pelea multitudinaria → − violencia');
  await expect(card.getByTestId('why-hits')).toContainText('− suciedad');
  await card.getByTestId('correct-tags').click();
  const axe = await new AxeBuilder({ page: panel }).include('[data-testid="mention"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await card.getByTestId('correct-attribute-dirty').uncheck();
  await card.getByTestId('correct-topic-tourism').check();
  await expect.poll(async () => (await readMentions(popup))[0].attributes).toEqual(['violent']);
  // The feed's attribute filter follows the correction.
  await panel.getByTestId('filter-attribute').selectOption('dirty');
  await expect(panel.getByTestId('mention')).toHaveCount(0);
  await panel.getByTestId('filter-attribute').selectOption('violent');
  await expect(panel.getByTestId('mention')).toHaveCount(1);
  await panel.getByTestId('filter-attribute').selectOption('');
  const [after] = await readMentions(popup);
  expect(after.topics).toContain('tourism');
  expect(after.tagEdits).toMatchObject({ removeAttributes: ['dirty'], addTopics: ['tourism'] });

  await panel.reload();
  const again = panel.getByTestId('mention').first();
  await expect(again.getByTestId('corrected')).toHaveText('Corregida por ti');
  await expect(again.getByTestId('attribute')).toHaveCount(1);
  await again.getByTestId('correct-tags').click();
  await again.getByTestId('correct-undo').click();
  await expect(again.getByTestId('corrected')).toHaveCount(0);
  const [undone] = await readMentions(popup);
  expect(undone.attributes).toEqual(before.attributes);
  expect(undone.topics).toEqual(before.topics);
  expect(undone.tagEdits).toBeUndefined();
});
