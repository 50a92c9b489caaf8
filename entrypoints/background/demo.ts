import { generateDemo } from '@/lib/demo';
import { ingest } from '@/lib/ingest/ingest';
import { getDB } from '@/lib/platform/db';
import { writeSettings } from '@/lib/platform/storage';
import { currentPipeline } from './current-pipeline';

const BATCH = 1000;

/** Generates the demo year ending now and stores it through the normal ingest path. */
export async function loadDemo(seed = 2026): Promise<{ stored: number }> {
  const items = generateDemo({ now: new Date(), seed });
  const pipeline = await currentPipeline();
  let stored = 0;
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH).map((it) => ({ origin: it.origin, raw: it.raw, demo: true }));
    stored += (await ingest(getDB(), batch, pipeline, new Date())).stored;
  }
  await writeSettings({ demoLoaded: true });
  return { stored };
}

/** Removes every mention marked as demo data (and their raw payloads). */
export async function removeDemo(): Promise<{ removed: number }> {
  const db = getDB();
  const ids = (await db.mentions.filter((m) => m.demo === true).primaryKeys()) as string[];
  await db.transaction('rw', db.mentions, db.raws, async () => {
    await db.mentions.bulkDelete(ids);
    await db.raws.bulkDelete(ids);
  });
  await writeSettings({ demoLoaded: false });
  return { removed: ids.length };
}
