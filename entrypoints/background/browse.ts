import type { BrowseCapture, IngestReport } from '@/lib/messaging/protocol';
import { ingest } from '@/lib/ingest/ingest';
import { getDB } from '@/lib/platform/db';
import { currentPipeline } from './current-pipeline';

/** Stores what a content script parsed while the user browsed (matching posts only). */
export async function ingestBrowse(capture: BrowseCapture): Promise<IngestReport> {
  const items = capture.posts.map((raw) => ({ origin: 'browse' as const, raw }));
  const out = await ingest(getDB(), items, await currentPipeline(), new Date());
  return { received: out.received, stored: out.stored, updated: out.updated, dropped: out.dropped + out.invalid, ids: out.ids };
}
