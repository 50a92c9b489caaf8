import { z } from 'zod';
import { StakeholderSchema, TopicSchema } from './taxonomy';

/** Languages the drafting studio writes and speaks in (UI and drafts). */
export const DRAFT_LANGS = ['es', 'ca', 'en'] as const;
export const DraftLangSchema = z.enum(DRAFT_LANGS);
export type DraftLang = z.infer<typeof DraftLangSchema>;

/** A text given in one or more of the studio's languages; at least one must be present. */
export const LocalizedTextSchema = z
  .object({ es: z.string().min(1), ca: z.string().min(1), en: z.string().min(1) })
  .partial()
  .refine((t) => Boolean(t.es ?? t.ca ?? t.en), { message: 'at least one language is required' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The number behind a fact: 3 refugios, 5 °C, 1.2 M€. */
export const EvidenceNumberSchema = z.object({
  value: z.number().finite(),
  /** What the number counts, in words or a symbol ("refugios climáticos", "%", "€"). */
  unit: LocalizedTextSchema,
});
export type EvidenceNumber = z.infer<typeof EvidenceNumberSchema>;

/**
 * One verified result the city can cite: the fact, its number, when it was true, where it is
 * published and who it helps. Drafts pull their concrete results from here.
 */
export const EvidenceSchema = z.object({
  id: z.string().min(1).max(200),
  /** The fact as one plain sentence, without the source. */
  fact: LocalizedTextSchema,
  number: EvidenceNumberSchema,
  /** The date the fact refers to (YYYY-MM-DD). */
  date: z.iso.date(),
  /** Public page that backs the fact. */
  source: z.url(),
  /** Stakeholder groups this result benefits. */
  benefits: z.array(StakeholderSchema).min(1),
  topic: TopicSchema,
  /** Optional plain benefit statement per group ("Tienes un sitio fresco a 10 minutos de casa"). */
  benefitFor: z.partialRecord(StakeholderSchema, LocalizedTextSchema).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Picks the text in `lang`, falling back to es, ca, en in that order. */
export function pickText(text: LocalizedText, lang: DraftLang): string {
  return text[lang] ?? text.es ?? text.ca ?? text.en ?? '';
}
