import { z } from 'zod';
import {
  AttributeSchema, LangSchema, OriginSchema, PlatformSchema, SentimentLabelSchema,
  StakeholderSchema, TopicSchema,
} from './taxonomy';

const IsoDate = z.iso.datetime({ offset: true });

export const AuthorSchema = z.object({
  handle: z.string().max(200).optional(),
  name: z.string().max(300).optional(),
  url: z.string().max(2000).optional(),
  /** Profile description, when the capture provides it (helps infer the stakeholder group). */
  bio: z.string().max(2000).optional(),
  verified: z.boolean().optional(),
});
export type Author = z.infer<typeof AuthorSchema>;

export const MetricsSchema = z.object({
  likes: z.number().int().nonnegative().optional(),
  reposts: z.number().int().nonnegative().optional(),
  replies: z.number().int().nonnegative().optional(),
  quotes: z.number().int().nonnegative().optional(),
  views: z.number().int().nonnegative().optional(),
  followers: z.number().int().nonnegative().optional(),
});
export type Metrics = z.infer<typeof MetricsSchema>;

export const SentimentSchema = z.object({
  label: SentimentLabelSchema,
  /** -1 (most negative) … 1 (most positive). */
  score: z.number().min(-1).max(1),
  /** Tagger id and version, e.g. `sentiment-en@1`. */
  tagger: z.string().min(1),
});
export type Sentiment = z.infer<typeof SentimentSchema>;

/**
 * The user's corrections of a mention's tags. They apply to the tagger's own tags (`tagged`),
 * which re-tagging replaces; the corrections stay, over re-tagging and the post being seen again.
 */
export const TagEditsSchema = z.object({
  tagged: z.object({ topics: z.array(TopicSchema), attributes: z.array(AttributeSchema), sentiment: SentimentSchema }),
  addTopics: z.array(TopicSchema),
  removeTopics: z.array(TopicSchema),
  addAttributes: z.array(AttributeSchema),
  removeAttributes: z.array(AttributeSchema),
  sentiment: SentimentLabelSchema.optional(),
  editedAt: IsoDate,
});
export type TagEdits = z.infer<typeof TagEditsSchema>;

/** Longest text stored for one mention; longer text is cut and marked (see `truncated`). */
export const MAX_TEXT_CHARS = 100_000;

/** A stored mention: one post, article or passage about the city. Table `mentions`. */
export const MentionSchema = z.object({
  id: z.string().min(1).max(200),
  origin: OriginSchema,
  platform: PlatformSchema,
  url: z.string().min(1).max(4000),
  text: z.string().max(MAX_TEXT_CHARS),
  title: z.string().max(1000).optional(),
  author: AuthorSchema,
  publishedAt: IsoDate.optional(),
  capturedAt: IsoDate,
  /** Last time the same post was seen again (dedupe updates it). */
  lastSeenAt: IsoDate.optional(),
  lang: LangSchema,
  sentiment: SentimentSchema,
  topics: z.array(TopicSchema),
  attributes: z.array(AttributeSchema),
  stakeholder: StakeholderSchema.optional(),
  stakeholderConfidence: z.number().min(0).max(1).optional(),
  /** The user's corrections; `topics`, `attributes` and `sentiment` already include them. */
  tagEdits: TagEditsSchema.optional(),
  /** Profile terms the text matched (canonical form). Empty for an unmatched manual capture. */
  matched: z.array(z.string()),
  /** True for a manual capture kept although no profile term matched. */
  unmatched: z.boolean().optional(),
  metrics: MetricsSchema.optional(),
  /** Tagger id → version that produced the tags, for background re-tagging. */
  taggers: z.record(z.string(), z.string()),
  /** The text was longer than MAX_TEXT_CHARS and was cut. */
  truncated: z.boolean().optional(),
  /** Generated demo data, removable from options. */
  demo: z.boolean().optional(),
  /** `sortAt` = publishedAt ?? capturedAt: one indexed time for feeds and windows. */
  sortAt: IsoDate,
});
export type Mention = z.infer<typeof MentionSchema>;

/**
 * What a capture adapter or a poller produces before normalisation: the platform's view of a
 * post, with no tags. Adapters return RawPost[] and never throw.
 */
export const RawPostSchema = z.object({
  platform: PlatformSchema,
  /** The platform's own id for the post (tweet id, at-uri, reddit fullname…), when known. */
  nativeId: z.string().max(500).optional(),
  url: z.string().min(1).max(4000),
  text: z.string(),
  title: z.string().optional(),
  author: AuthorSchema.optional(),
  publishedAt: z.string().optional(),
  lang: z.string().optional(),
  metrics: MetricsSchema.optional(),
  /** The platform's own JSON for this post, for re-parsing later (capped before storage). */
  raw: z.unknown().optional(),
});
export type RawPost = z.infer<typeof RawPostSchema>;
