import { z } from 'zod';
import { RawPostSchema } from '../model/mention';
import { OriginSchema } from '../model/taxonomy';

/** Every demo post's nativeId starts with this, so demo data can be found and removed. */
export const DEMO_ID_PREFIX = 'demo-';

/** One generated demo post, ready for the ingest path: how it arrived and what the platform showed. */
export const DemoItemSchema = z.object({
  origin: OriginSchema.extract(['browse', 'poll', 'manual']),
  raw: RawPostSchema,
});
export type DemoItem = z.infer<typeof DemoItemSchema>;

/** Options of `generateDemo`; `now` fixes the time axis, `seed` fixes everything else. */
export const DemoOptionsSchema = z.object({
  now: z.date(),
  seed: z.number().finite(),
  /** Days of history before `now`. */
  days: z.number().int().min(1).max(3660).default(365),
  /** Ordinary-day volume; events and the episode add to it. */
  perDay: z.number().positive().max(2000).default(25),
});
export type DemoOptions = z.input<typeof DemoOptionsSchema>;

const MENTION_ID = new RegExp(`^[a-z]+:${DEMO_ID_PREFIX}`);

/**
 * True when a nativeId, or a mention id built from one (`platform:nativeId`, see mentionId),
 * belongs to generated demo data.
 */
export function isDemoId(id: string | undefined): boolean {
  if (!id) return false;
  return id.startsWith(DEMO_ID_PREFIX) || MENTION_ID.test(id);
}
