import { browser } from 'wxt/browser';
import { retagBatch, type RetagProgress } from '@/lib/db/retag-batch';
import { getDB } from '@/lib/platform/db';
import { PROFILE_KEY, RETAG_KEY, SIGNALS_KEY, TAXONOMY_KEY } from '@/lib/platform/storage';
import { currentPipeline } from './current-pipeline';

const ALARM = 'pulso-retag';
let running = false;

type Stored = RetagProgress & { versions: string };

/**
 * Re-tags old mentions in the background whenever tagger versions change (a new build, an
 * edited profile, taxonomy or signals). Progress lives in storage, so a killed service worker
 * resumes where it stopped; batches are short transactions, so capture is never blocked.
 */
export async function runRetag(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (;;) {
      const pipeline = await currentPipeline();
      const versions = JSON.stringify(pipeline.versions);
      const got = (await browser.storage.local.get(RETAG_KEY))[RETAG_KEY] as Stored | undefined;
      let progress: Stored =
        got && got.versions === versions
          ? got
          : { scanned: 0, retagged: 0, total: await getDB().mentions.count(), done: false, versions };
      if (progress.done) return;
      while (!progress.done) {
        progress = { ...(await retagBatch(getDB(), pipeline, progress)), versions };
        await browser.storage.local.set({ [RETAG_KEY]: progress });
        // Yield between batches so messages (captures) are handled promptly.
        await new Promise((r) => setTimeout(r, 0));
        if ((await currentPipeline()) !== pipeline) break;
      }
      if (progress.done) return;
    }
  } finally {
    running = false;
  }
}

/** Starts re-tagging at start-up, when the user's tagging inputs change, and on a safety alarm. */
export function registerRetag(): void {
  // Creating an alarm again restarts its countdown: only create it when it is missing.
  void browser.alarms.get(ALARM).then((a) => { if (!a) void browser.alarms.create(ALARM, { periodInMinutes: 5 }); });
  browser.alarms.onAlarm.addListener((a) => { if (a.name === ALARM) void runRetag(); });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && [PROFILE_KEY, TAXONOMY_KEY, SIGNALS_KEY].some((k) => k in changes)) void runRetag();
  });
  void runRetag();
}
