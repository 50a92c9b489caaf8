import { z } from 'zod';
import { StakeholderSchema, TopicSchema } from './taxonomy';
import { DraftLangSchema, LocalizedTextSchema } from './evidence';

/** Where a draft will be published; each channel has its own length rule. */
export const CHANNELS = ['x', 'bluesky', 'mastodon', 'instagram', 'facebook', 'press', 'newsletter'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

const LocalizedList = z.object({
  es: z.array(z.string().min(1)).min(1),
  ca: z.array(z.string().min(1)).min(1),
  en: z.array(z.string().min(1)).min(1),
});
const FullText = z.object({ es: z.string().min(1), ca: z.string().min(1), en: z.string().min(1) });

/**
 * How to speak to one stakeholder group: what it cares about, the benefit angle, tone, channels,
 * words to avoid and the call to action. One JSON file per group under lib/drafting/frames/.
 */
export const FrameSchema = z.object({
  id: StakeholderSchema,
  label: FullText,
  /** What the group cares about, most important first. */
  cares: LocalizedList,
  /** The angle every draft for this group opens with. */
  benefitAngle: FullText,
  /** Opening benefit sentence per topic; the generic one is used for topics not listed. */
  benefitByTopic: z.partialRecord(TopicSchema, FullText),
  benefitGeneric: FullText,
  /** How to sound, for the writer and for the on-device rewriter. */
  tone: FullText,
  /** Register used by the rewriter: formal for officials and partners, casual for residents. */
  register: z.enum(['formal', 'neutral', 'casual']),
  channels: z.array(ChannelSchema).min(1),
  /** Preferred length in words for long formats (press note, newsletter). */
  lengthWords: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
  avoid: LocalizedList,
  /** Calls to action, the shortest last (used when space runs out). */
  cta: LocalizedList,
  /** Opening for a reply to a critical post from this group: acknowledge first. */
  acknowledge: FullText,
  /** Next step offered at the end of such a reply. */
  nextStep: FullText,
});
export type Frame = z.infer<typeof FrameSchema>;

/** One saved state of a draft's text. */
export const DraftVersionSchema = z.object({
  text: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  /** Who produced it: the deterministic composer, the user, or the on-device model. */
  origin: z.enum(['template', 'edit', 'on-device']),
});
export type DraftVersion = z.infer<typeof DraftVersionSchema>;

/** Problems the composer found with the draft it produced. */
export const DRAFT_FLAGS = ['no-concrete-result', 'over-length', 'no-evidence'] as const;
export const DraftFlagSchema = z.enum(DRAFT_FLAGS);

/** A message for one stakeholder group on one channel, with its history. Table `drafts`. */
export const DraftSchema = z.object({
  id: z.string().min(1).max(200),
  group: StakeholderSchema,
  channel: ChannelSchema,
  lang: DraftLangSchema,
  topic: TopicSchema.optional(),
  /** The core message the user started from. */
  message: z.string(),
  /** Evidence ids cited in the current text. */
  evidenceIds: z.array(z.string()),
  /** Oldest first; the last one is the current text. */
  versions: z.array(DraftVersionSchema).min(1),
  /** Length as the channel counts it, and the channel's limit (null: no hard limit). */
  length: z.object({ count: z.number().int().nonnegative(), limit: z.number().int().positive().nullable() }),
  flags: z.array(DraftFlagSchema),
  /** Mention id this draft answers (see MentionSchema.id). */
  replyTo: z.string().min(1).max(200).optional(),
  /** Link to the published post once sent. */
  sent: z.object({ url: z.url(), at: z.iso.datetime({ offset: true }) }).optional(),
});
export type Draft = z.infer<typeof DraftSchema>;

export { LocalizedTextSchema };

/** A one-click fix: replace text[start, end) with `replacement`. */
export const FixSchema = z.object({
  replacement: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Fix = z.infer<typeof FixSchema>;

/** Rule ids of the clarity checks. Ids never change: the UI and saved reports use them. */
export const CLARITY_RULES = [
  'jargon', 'avoid-word', 'long-sentence', 'passive', 'number-without-context', 'no-number', 'no-reader',
  'no-benefit', 'no-cta', 'too-long', 'negative-tone',
] as const;
export const ClarityRuleSchema = z.enum(CLARITY_RULES);
export type ClarityRule = z.infer<typeof ClarityRuleSchema>;

/** One clarity problem, located by UTF-16 offsets into the checked text. */
export const FindingSchema = z.object({
  rule: ClarityRuleSchema,
  message: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  fix: FixSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ReadabilityScoreSchema = z.object({
  formula: z.enum(['fernandez-huerta', 'szigriszt-pazos', 'flesch']),
  scale: z.enum(['fernandez-huerta', 'inflesz', 'flesch']),
  score: z.number(),
  band: z.string(),
  bandLabel: z.string(),
});

/** The result of checkClarity: scores, counts, tone and findings, messages in `uiLang`. */
export const ClarityReportSchema = z.object({
  lang: DraftLangSchema,
  uiLang: DraftLangSchema,
  readability: z.array(ReadabilityScoreSchema),
  stats: z.object({ words: z.number().int(), sentences: z.number().int(), syllables: z.number().int() }),
  /** Caveat about the scores (Catalan uses the Spanish formulas). */
  note: z.string().optional(),
  length: z.object({
    channel: ChannelSchema, count: z.number().int(), limit: z.number().int(), unit: z.string(), over: z.boolean(),
  }).optional(),
  tone: z.object({ label: z.enum(['negative', 'neutral', 'positive']), score: z.number(), tagger: z.string() }),
  findings: z.array(FindingSchema),
});
export type ClarityReport = z.infer<typeof ClarityReportSchema>;
