import { z } from 'zod';
import { alternativesError } from './term-alternatives';
import { AttributeSchema, TopicSchema } from './taxonomy';

/** Languages a taxonomy can list terms for (the tagger's `und` uses all of them). */
export const TAXONOMY_LANGS = ['es', 'ca', 'en', 'pt', 'fr', 'it', 'de'] as const;
export const TaxonomyLangSchema = z.enum(TAXONOMY_LANGS);

/**
 * One term: words separated by spaces, matched accent- and case-insensitively after light
 * stemming (`turistas` = `turista`). A word ending in `*` matches any word starting with it
 * (`massific*`); a word starting with `=` is matched exactly, without stemming (`=car`); `…` (or
 * `...`) between two words stands for up to five words of any kind (`rent … insane`);
 * `(a|b)` spells out alternatives, one line standing for every combination
 * (`(rent|prices) (is|are) (insane|crazy)`; `(so|)` makes a word optional).
 */
const Term = z.string().trim().min(1).max(600).superRefine((term, ctx) => {
  const bad = alternativesError(term);
  if (bad) ctx.addIssue({ code: 'custom', message: `alternatives in "${term}": ${bad.error} at character ${bad.at + 1}` });
});
const TermList = z.array(Term).max(2000);
/** Term lists by language. */
export const TermsByLangSchema = z.partialRecord(TaxonomyLangSchema, TermList);
export type TermsByLang = z.infer<typeof TermsByLangSchema>;

/**
 * The editable city taxonomy: what words mean which topic or brand attribute, per language.
 * Stored in settings (options page) and validated on every read; the tagger compiles it once.
 */
export const TopicTaxonomySchema = z.object({
  version: z.literal(1),
  topics: z.partialRecord(TopicSchema, TermsByLangSchema),
  attributes: z.partialRecord(AttributeSchema, TermsByLangSchema),
  /**
   * Terms that say an attribute when negated: `no es barata` → expensive, `not clean` → dirty.
   * Negated, they give the attribute; plain, they give nothing.
   */
  negatedAttributes: z.partialRecord(AttributeSchema, TermsByLangSchema).default({}),
  /**
   * Praise that says an attribute in a post marked as ironic (🙃, 🙄, #ironía): `qué limpia` →
   * dirty, `welcome to Barcelona` → unwelcoming. Unmarked, it gives nothing. (In an ironic post a
   * positive attribute term is also read the other way, as a negated one is.)
   */
  ironicAttributes: z.partialRecord(AttributeSchema, TermsByLangSchema).default({}),
  /**
   * Phrases that contain a term but mean something else (`seguro que`, `safe to say`,
   * `clean sheet`): a term inside one of them does not count.
   */
  stopPhrases: TermsByLangSchema.default({}),
  /** Words that negate an attribute term up to `negationWindow` words after them. */
  negators: TermsByLangSchema.default({}),
  negationWindow: z.number().int().min(0).max(6).default(3),
  /** A negated positive attribute implies this one (`no és segura` → unsafe). */
  opposites: z.partialRecord(AttributeSchema, AttributeSchema).default({}),
  /** Topics an attribute implies whenever one of its terms is found (`filthy` → cleanliness). */
  attributeTopics: z.partialRecord(AttributeSchema, z.array(TopicSchema)).default({}),
  /**
   * Also give the topics and attributes the learned model is confident of (said through a scene
   * rather than a listed word); it never overrules a term. Off: tags come from the terms alone.
   */
  learnedTags: z.boolean().default(true),
});
export type TopicTaxonomy = z.infer<typeof TopicTaxonomySchema>;
export type TopicTaxonomyInput = z.input<typeof TopicTaxonomySchema>;

