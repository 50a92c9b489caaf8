import type { PulsoDB } from '../db/schema';
import { ingest } from '../ingest/ingest';
import type { RawPost } from '../model/mention';
import type { Pipeline } from '../tagging/pipeline';
import type { RunPollDeps } from './run-poll';

/**
 * The poller's `ingest`: stores polled items with origin `poll` through the one write path (which
 * keeps only profile matches) and reports how many were new and how many matched.
 */
export function ingestPolled(db: PulsoDB, pipeline: Pipeline): RunPollDeps['ingest'] {
  return async (_source, items: RawPost[], now) => {
    const out = await ingest(db, items.map((raw) => ({ origin: 'poll' as const, raw })), pipeline, now);
    return { new: out.stored, matched: out.received - out.dropped - out.invalid };
  };
}
