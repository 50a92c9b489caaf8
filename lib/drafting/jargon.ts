import { z } from 'zod';
import { DraftLangSchema, type DraftLang } from '../model/evidence';
import data from './jargon.json';

/** One institutional term with plain alternatives; `forms` are inflections also flagged. */
export const JargonEntrySchema = z.object({
  term: z.string().min(1),
  forms: z.array(z.string().min(1)).optional(),
  alternatives: z.array(z.string().min(1)).min(1),
  /** False when no word-for-word swap works (the sentence must be rephrased). */
  fixable: z.boolean().optional(),
  hint: z.string().optional(),
});
export type JargonEntry = z.infer<typeof JargonEntrySchema>;
export const JargonListSchema = z.record(DraftLangSchema, z.array(JargonEntrySchema));
export type JargonList = z.infer<typeof JargonListSchema>;

/** The built-in jargon list (lib/drafting/jargon.json), validated at load. */
export const DEFAULT_JARGON: JargonList = JargonListSchema.parse(data);

/** Parses a user-edited jargon list; throws a zod error on invalid data. */
export function parseJargon(input: unknown): JargonList {
  return JargonListSchema.parse(input);
}

/** Entries for one language. */
export function jargonFor(list: JargonList, lang: DraftLang): JargonEntry[] {
  return list[lang] ?? [];
}
