import type { Page } from '@playwright/test';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { withExtension } from './browser';
import { rollupsFor, storeRange, storeRollups } from './dashboard';
import { syntheticMentions } from './store';

const N = 100_000;

/** The background job's stored progress (lib/platform/storage RETAG_KEY). */
async function retagProgress(page: Page): Promise<{ scanned: number; retagged: number; total: number; done: boolean; versions: string } | undefined> {
  return page.evaluate(async () => (await chrome.storage.local.get('retag')).retag as { scanned: number; retagged: number; total: number; done: boolean; versions: string } | undefined);
}

/** Edits the profile (one alias more) from `page` and waits for the re-tagging it starts; returns ms. */
async function retagAfterEdit(page: Page, alias: string): Promise<number> {
  const before = await retagProgress(page);
  const edited = { ...BARCELONA_PROFILE, aliases: [...BARCELONA_PROFILE.aliases, alias] };
  const t0 = Date.now();
  await page.evaluate(async (p) => chrome.storage.local.set({ cityProfile: p }), edited);
  for (;;) {
    const p = await retagProgress(page);
    if (p && p.versions !== before?.versions && p.done) {
      if (p.retagged !== N) throw new Error(`re-tagged ${p.retagged} of ${N}`);
      return Date.now() - t0;
    }
    if (Date.now() - t0 > 900_000) throw new Error(`re-tagging did not finish in 15 minutes (${JSON.stringify(p)})`);
    await page.waitForTimeout(100);
  }
}

/**
 * Re-tagging 100k stored mentions in the shipped build: the user edits the profile (one alias
 * more), the background job re-tags every mention in batches, and the figure is the time from
 * the edit to its stored progress saying done, every mention re-tagged (reads, tagging, writes
 * and the daily rollups kept in step). Once with no Pulso page open, once with the side panel's
 * feed open (its live queries re-read as the batches land).
 */
export async function benchRetag(): Promise<Record<string, number>> {
  const templates = syntheticMentions(3000);
  const nowMs = Date.now();
  return withExtension(async ({ context, id }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/sidepanel.html#feed`);
    await page.getByTestId('feed-count').waitFor({ timeout: 60_000 });
    await page.evaluate((t) => { (window as unknown as { __templates: unknown[] }).__templates = t; }, templates);
    await storeRange(page, 0, N, nowMs);
    await storeRollups(page, rollupsFor(templates, N, nowMs), BARCELONA_PROFILE.timezone);
    // A page with no live query: the extension's bare relay frame.
    await page.goto(`chrome-extension://${id}/capture-relay.html`);
    const quiet = await retagAfterEdit(page, 'Ciutat dels Prodigis');
    process.stderr.write(`bench retag: ${N} mentions in ${quiet} ms, no page open\n`);
    await page.goto(`chrome-extension://${id}/sidepanel.html#feed`);
    await page.getByTestId('feed-count').waitFor({ timeout: 60_000 });
    const feedOpen = await retagAfterEdit(page, 'Ciutat de les Idees');
    process.stderr.write(`bench retag: ${N} mentions in ${feedOpen} ms, feed open\n`);
    await page.close();
    return { 'retag.ms.100k': quiet, 'retag.msFeedOpen.100k': feedOpen };
  });
}
