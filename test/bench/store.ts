import { generateDemo } from '../../lib/demo';
import { prepareMentions } from '../../lib/ingest/ingest';
import type { Mention } from '../../lib/model/mention';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { createPipeline } from '../../lib/tagging/pipeline';
import { bulkStore, markedRenderMs, withExtension } from './browser';

/** `n` distinct, fully tagged mentions built by the real pipeline from the demo generator. */
export function syntheticMentions(n: number, now = new Date('2026-11-24T12:00:00Z')): Mention[] {
  const pipeline = createPipeline(BARCELONA_PROFILE);
  const out: Mention[] = [];
  for (let seed = 1; out.length < n; seed++) {
    const items = generateDemo({ now, seed }).map((it) => ({ ...it, raw: { ...it.raw, nativeId: `${it.raw.nativeId ?? 'x'}-s${seed}` } }));
    out.push(...prepareMentions(items, pipeline, now, new Map()).mentions);
  }
  return out.slice(0, n);
}

/** Bulk-storing 10k mentions in Chromium's IndexedDB, and the side panel's first render over them. */
export async function benchStore(): Promise<Record<string, number>> {
  const mentions = syntheticMentions(10_000);
  return withExtension(async ({ context, id }) => {
    // Let the extension create its database (the feed page opens it), then time a bulk write.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/sidepanel.html`);
    await page.getByTestId('feed-count').waitFor();
    const bulk = await bulkStore(page, mentions);
    await page.close();
    const url = `chrome-extension://${id}/sidepanel.html#feed`;
    // One warm-up load: Chromium caches the page's compiled code, as it does for a user who
    // opens the side panel more than once; the figure is the second load.
    await markedRenderMs(context, url, '[data-testid="mention-text"]', 'pulso:feed-ready');
    const feed = await markedRenderMs(context, url, '[data-testid="mention-text"]', 'pulso:feed-ready');
    return { 'store.bulkMs.10k': Math.round(bulk), 'feed.firstRenderMs.10k': Math.round(feed) };
  });
}
