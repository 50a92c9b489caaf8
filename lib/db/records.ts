import { z } from 'zod';
import { StakeholderSchema } from '../model/taxonomy';

/** The user's choice of stakeholder group for an author; applies to past and future mentions. */
export const AuthorOverrideSchema = z.object({
  /** `${platform}:${handle lower-cased}` (or the author URL when there is no handle). */
  key: z.string().min(1).max(500),
  group: StakeholderSchema,
  updatedAt: z.iso.datetime({ offset: true }),
});
export type AuthorOverride = z.infer<typeof AuthorOverrideSchema>;

/** Largest raw payload kept per mention (characters of JSON). */
export const MAX_RAW_CHARS = 50_000;

/** A post's own JSON, kept so a later parser fix can re-parse it without re-capture. */
export const RawPayloadSchema = z.object({
  id: z.string().min(1),
  json: z.string().max(MAX_RAW_CHARS),
  capturedAt: z.iso.datetime({ offset: true }),
});
export type RawPayload = z.infer<typeof RawPayloadSchema>;
