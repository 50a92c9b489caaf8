import type { PulsoDB } from '../db/schema';
import { mentionId } from '../capture/mention-id';
import { ingest } from '../ingest/ingest';
import type { RawPost } from '../model/mention';
import type { Pipeline } from '../tagging/pipeline';
import type { RunPollDeps } from './run-poll';

/**
 * The poller's `ingest`: stores polled items with origin `poll` through the one write path (which
 * keeps only profile matches) and reports how many were new and how many matched. `write` is that
 * path: `ingest`, or the background's durable queue in front of it.
 */
export function ingestPolled(db: PulsoDB, pipeline: Pipeline, write: typeof ingest = ingest): RunPollDeps['ingest'] {
  return async (_source, items: RawPost[], now) => {
    const out = await write(db, items.map((raw) => ({ origin: 'poll' as const, raw })), pipeline, now);
    return { new: out.stored, matched: out.received - out.dropped - out.invalid };
  };
}

/** Which polled items are already stored (so their article pages are not fetched again). */
export function knownItems(db: PulsoDB): (items: RawPost[]) => Promise<boolean[]> {
  return async (items) => (await db.mentions.bulkGet(items.map((i) => mentionId(i)))).map((m) => m !== undefined);
}
