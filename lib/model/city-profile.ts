import { z } from 'zod';

export const PROFILE_VERSION = 1;

const Terms = z.array(z.string().trim().min(1).max(200)).max(2000);

/**
 * The city profile: who the city is, in the words people use for it. Stored in
 * chrome.storage.local under `cityProfile`, validated on every read.
 */
export const CityProfileSchema = z.object({
  version: z.literal(PROFILE_VERSION),
  /** Short stable id, e.g. `barcelona-amb`. */
  id: z.string().regex(/^[a-z0-9-]{2,60}$/, 'use 2–60 lowercase letters, digits or dashes'),
  name: z.string().trim().min(1).max(200),
  /** ISO 3166-1 alpha-2, e.g. `ES`. */
  country: z.string().regex(/^[A-Z]{2}$/, 'use a two-letter country code such as ES'),
  /** Languages the city's public speaks, most used first (ISO 639-1). */
  languages: z.array(z.enum(['es', 'ca', 'en', 'pt', 'fr', 'it', 'de'])).min(1),
  /** IANA time zone for daily figures, e.g. `Europe/Madrid`. */
  timezone: z.string().min(1).max(100),
  names: Terms.min(1),
  aliases: Terms.default([]),
  /** The name in other languages: Barcelone, Barcellona… */
  exonyms: Terms.default([]),
  districts: Terms.default([]),
  neighbourhoods: Terms.default([]),
  municipalities: Terms.default([]),
  /**
   * Place names that are also everyday words (Flores, la Boca, Providencia, Suba): they count
   * only where a text writes them with a capital, as a place name is written.
   */
  everydayWords: Terms.default([]),
  officials: Terms.default([]),
  /** Without the leading #. */
  hashtags: Terms.default([]),
  /** The city's own accounts (handles), for the response inbox. */
  ownAccounts: Terms.default([]),
  /** Phrases that mean a text is not about the city (FC Barcelona…). */
  exclusions: Terms.default([]),
  /** Optional boolean query (AND, OR, NOT, "phrases", NEAR/n, parentheses). */
  query: z.string().max(5000).optional(),
});
export type CityProfile = z.infer<typeof CityProfileSchema>;
export type CityProfileInput = z.input<typeof CityProfileSchema>;

/** Term lists of a profile that count as a match, in the order they are reported. */
export const MATCH_FIELDS = [
  'names', 'aliases', 'exonyms', 'hashtags', 'districts', 'neighbourhoods', 'municipalities',
  'everydayWords', 'officials', 'ownAccounts',
] as const;
