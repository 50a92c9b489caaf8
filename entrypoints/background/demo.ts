import { generateDemo } from '@/lib/demo';
import { ingest } from '@/lib/ingest/ingest';
import { deleteMentions } from '@/lib/db/delete-mentions';
import { ensureRollups } from '@/lib/db/rollup-store';
import { getDB } from '@/lib/platform/db';
import { readProfile, writeSettings } from '@/lib/platform/storage';
import { currentPipeline } from './current-pipeline';

const BATCH = 1000;

/** Demo posts are "captured" shortly after they were published, as a monitoring team would. */
function demoCaptureTime(publishedAt: string | undefined, now: Date): Date {
  const t = publishedAt ? Date.parse(publishedAt) + 20 * 60_000 : now.getTime();
  return new Date(Math.min(t, now.getTime()));
}

/** Generates the demo year ending now and stores it through the normal ingest path. */
export async function loadDemo(seed = 2026): Promise<{ stored: number }> {
  const now = new Date();
  const items = generateDemo({ now, seed });
  const pipeline = await currentPipeline();
  const { profile } = await readProfile();
  let stored = 0;
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH).map((it) => ({ origin: it.origin, raw: it.raw, demo: true, capturedAt: demoCaptureTime(it.raw.publishedAt, now) }));
    stored += (await ingest(getDB(), batch, pipeline, new Date(), { timeZone: profile.timezone })).stored;
  }
  await writeSettings({ demoLoaded: true });
  return { stored };
}

/** Removes every mention marked as demo data (and their raw payloads); the daily rollups follow. */
export async function removeDemo(): Promise<{ removed: number }> {
  const db = getDB();
  const ids = (await db.mentions.filter((m) => m.demo === true).primaryKeys()) as string[];
  const { removed, rollupsFollowed } = await deleteMentions(db, ids);
  if (!rollupsFollowed) await ensureRollups(db, (await readProfile()).profile.timezone, new Date());
  await writeSettings({ demoLoaded: false });
  return { removed };
}
