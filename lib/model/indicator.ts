import { z } from 'zod';
import {
  AttributeSchema, LangSchema, OriginSchema, PlatformSchema, StakeholderSchema, TopicSchema,
} from './taxonomy';

const IsoDate = z.iso.datetime({ offset: true });
const Count = z.number().int().nonnegative();
/** Mention ids behind a number, most contributing first (top-N). */
const MentionIds = z.array(z.string());

// ---------------------------------------------------------------- windows

/** Preset time windows of the dashboard; `custom` takes explicit bounds. */
export const WINDOW_KINDS = ['24h', '7d', '30d', '90d', '1y', 'custom'] as const;
export const WindowKindSchema = z.enum(WINDOW_KINDS);
export type WindowKind = z.infer<typeof WindowKindSchema>;

/** A half-open time interval [from, to) in ISO 8601. */
export const TimeWindowSchema = z
  .object({ kind: WindowKindSchema, from: IsoDate, to: IsoDate })
  .refine((w) => Date.parse(w.from) < Date.parse(w.to), { message: 'from must be before to' });
export type TimeWindow = z.infer<typeof TimeWindowSchema>;

// ---------------------------------------------------------------- tallies and rollups

const Counts = <K extends z.ZodEnum>(key: K) => z.partialRecord(key, Count);

/**
 * Additive counts over a set of mentions. Summing tallies equals tallying the union, so daily
 * rollups can be added up for any day range without touching mentions. Zero entries are omitted.
 */
export const TallySchema = z.object({
  n: Count,
  pos: Count,
  neu: Count,
  neg: Count,
  /** Mentions carrying at least one positive / negative brand attribute. */
  posAttr: Count,
  negAttr: Count,
  /**
   * Sum of the per-mention perception score in fifths: 3·s + 2·a, with s the sentiment sign and
   * a the attribute sign (−1, 0, 1). Integers so incremental updates stay exact.
   */
  pScore5: z.number().int(),
  /** Sum of (3·s + 2·a)², for the perception index variance. */
  pScore5Sq: Count,
  attributes: Counts(AttributeSchema),
  topics: Counts(TopicSchema),
  platforms: Counts(PlatformSchema),
  origins: Counts(OriginSchema),
  langs: Counts(LangSchema),
  stakeholders: Counts(StakeholderSchema),
  /** Sum of likes + reposts + replies + quotes over mentions whose metrics report any of them. */
  engagement: Count,
  /** Mentions with known engagement (missing metrics are not zero). */
  engagementKnown: Count,
});
export type Tally = z.infer<typeof TallySchema>;

/** Local calendar day in the user's time zone, `YYYY-MM-DD`. */
export const DayKeySchema = z.iso.date();

/** The tally of one local day. Table `rollups`, keyed by `day`. */
export const DayRollupSchema = TallySchema.extend({ day: DayKeySchema });
export type DayRollup = z.infer<typeof DayRollupSchema>;

/** Signed change to one day's rollup (adding or removing one mention). Counts may be negative. */
export const RollupDeltaSchema = z.object({
  day: DayKeySchema,
  sign: z.union([z.literal(1), z.literal(-1)]),
  tally: TallySchema,
});
export type RollupDelta = z.infer<typeof RollupDeltaSchema>;

/** Rollups by day key. */
export const RollupsSchema = z.record(DayKeySchema, DayRollupSchema);
export type Rollups = z.infer<typeof RollupsSchema>;

// ---------------------------------------------------------------- indicator results

/** An estimate with its interval and whether it is safe to read as a trend. */
export const EstimateSchema = z.object({
  value: z.number(),
  low: z.number(),
  high: z.number(),
  n: Count,
  /** n is large enough and the interval narrow enough (see `reliability` in stats.ts). */
  reliable: z.boolean(),
});
export type Estimate = z.infer<typeof EstimateSchema>;

export const BREAKDOWN_DIMENSIONS = [
  'origin', 'platform', 'lang', 'topic', 'attribute', 'stakeholder',
] as const;
export const BreakdownDimensionSchema = z.enum(BREAKDOWN_DIMENSIONS);
export type BreakdownDimension = z.infer<typeof BreakdownDimensionSchema>;

/** One bucket of a volume breakdown. */
export const VolumeBucketSchema = z.object({
  key: z.string(),
  count: Count,
  share: z.number().min(0).max(1),
  mentionIds: MentionIds,
});

/** Mentions in a window, total and per dimension, biggest bucket first. */
export const VolumeResultSchema = z.object({
  total: Count,
  by: z.record(BreakdownDimensionSchema, z.array(VolumeBucketSchema)),
  mentionIds: MentionIds,
});
export type VolumeResult = z.infer<typeof VolumeResultSchema>;

/** Net sentiment and brand perception index with intervals. */
export const PerceptionResultSchema = z.object({
  n: Count,
  pos: Count,
  neu: Count,
  neg: Count,
  /** (pos − neg) / n, in [−1, 1]. */
  netSentiment: EstimateSchema,
  /** 0–100; 50 is neutral (see perceptionIndex in perception.ts). */
  perceptionIndex: EstimateSchema,
  /** Most positive and most negative contributors. */
  positiveIds: MentionIds,
  negativeIds: MentionIds,
});
export type PerceptionResult = z.infer<typeof PerceptionResultSchema>;

export const AssociationSchema = z.object({
  attribute: AttributeSchema,
  polarity: z.enum(['positive', 'negative']),
  count: Count,
  /** Share of the window's mentions carrying the attribute, Wilson 95 % interval. */
  share: EstimateSchema,
  mentionIds: MentionIds,
});
export type Association = z.infer<typeof AssociationSchema>;

export const SHIFT_METRICS = ['attribute', 'topic', 'sentiment', 'volume'] as const;
export const SHIFT_TESTS = ['z-two-proportion', 'fisher-mid-p', 'poisson-mid-p', 'poisson-z'] as const;

/** One recent-vs-baseline comparison. */
export const ShiftSchema = z.object({
  metric: z.enum(SHIFT_METRICS),
  /** Attribute id, topic id, `positive` / `negative`, or `total` for volume. */
  key: z.string(),
  direction: z.enum(['up', 'down', 'flat']),
  /** Share (0–1) for proportions, mentions per day for volume. */
  recent: z.number(),
  baseline: z.number(),
  recentCount: Count,
  baselineCount: Count,
  recentN: Count,
  baselineN: Count,
  difference: z.number(),
  /** recent / baseline; null when the baseline is zero. */
  ratio: z.number().nullable(),
  /** Cohen's h for proportions; null for volume. */
  cohensH: z.number().nullable(),
  test: z.enum(SHIFT_TESTS),
  pValue: z.number().min(0).max(1),
  /** Benjamini–Hochberg adjusted p (false discovery rate over all comparisons of the call). */
  qValue: z.number().min(0).max(1),
  significant: z.boolean(),
  /** Recent mentions carrying the key (for volume: all recent mentions). */
  driverCount: Count,
  driverIds: MentionIds,
});
export type Shift = z.infer<typeof ShiftSchema>;

export const ShiftReportSchema = z.object({
  recent: TimeWindowSchema,
  baseline: TimeWindowSchema,
  alpha: z.number(),
  shifts: z.array(ShiftSchema),
});
export type ShiftReport = z.infer<typeof ShiftReportSchema>;

export const PRESSURE_COMPONENTS = ['volume', 'negativity', 'velocity', 'reach', 'media'] as const;
export const PressureComponentIdSchema = z.enum(PRESSURE_COMPONENTS);
export const PRESSURE_LEVELS = ['low', 'moderate', 'high', 'critical'] as const;
export const PressureLevelSchema = z.enum(PRESSURE_LEVELS);
export type PressureLevel = z.infer<typeof PressureLevelSchema>;

export const PressureComponentSchema = z.object({
  id: PressureComponentIdSchema,
  /** Nominal weight; `effectiveWeight` after redistributing unknown components. */
  weight: z.number(),
  effectiveWeight: z.number(),
  /** The measured quantity (ratio, share…), null when unknown (e.g. no metrics at all). */
  raw: z.number().nullable(),
  /** 0–1 after scaling; null when unknown. */
  score: z.number().min(0).max(1).nullable(),
  /** Points this component adds to the 0–100 index. */
  points: z.number(),
  mentionIds: MentionIds,
});
export type PressureComponent = z.infer<typeof PressureComponentSchema>;

export const PressureResultSchema = z.object({
  score: z.number().min(0).max(100),
  level: PressureLevelSchema,
  components: z.array(PressureComponentSchema),
  recentCount: Count,
  baselineDailyMean: z.number(),
  at: IsoDate,
  mentionIds: MentionIds,
});
export type PressureResult = z.infer<typeof PressureResultSchema>;

// ---------------------------------------------------------------- inbox

export const INBOX_STATUSES = ['open', 'answered', 'dismissed'] as const;

/** What the user did with an inbox item; stored by the UI, one record per mention. */
export const InboxItemStateSchema = z.object({
  mentionId: z.string().min(1),
  status: z.enum(INBOX_STATUSES),
  note: z.string().max(5000).optional(),
  updatedAt: IsoDate,
});
export type InboxItemState = z.infer<typeof InboxItemStateSchema>;

export const INBOX_REASONS = [
  'addressed', 'question', 'complaint', 'high-reach-negative', 'fast-spreading',
] as const;
export const InboxReasonSchema = z.enum(INBOX_REASONS);
export type InboxReason = z.infer<typeof InboxReasonSchema>;

export const InboxItemSchema = z.object({
  mentionId: z.string(),
  score: z.number(),
  reasons: z.array(InboxReasonSchema).min(1),
  /** Own accounts the post addresses (lowercase, without @). */
  addressed: z.array(z.string()),
  reach: z.number().nullable(),
  engagementPerHour: z.number().nullable(),
  state: InboxItemStateSchema.optional(),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;

/** An earlier metrics reading of a mention, to measure spread between sightings. */
export const SightingSchema = z.object({
  at: IsoDate,
  likes: Count.optional(),
  reposts: Count.optional(),
  replies: Count.optional(),
  quotes: Count.optional(),
});
export type Sighting = z.infer<typeof SightingSchema>;

// ---------------------------------------------------------------- peers

export const PeerRowSchema = z.object({
  profileId: z.string(),
  count: Count,
  shareOfVoice: EstimateSchema,
  perception: PerceptionResultSchema,
  /** Attributes by share, highest first. */
  topAttributes: z.array(AssociationSchema),
});
export type PeerRow = z.infer<typeof PeerRowSchema>;

// ---------------------------------------------------------------- series

export const SeriesPointSchema = z.object({
  day: DayKeySchema,
  n: Count,
  netSentiment: z.number().nullable(),
  perceptionIndex: z.number().nullable(),
  pos: Count,
  neg: Count,
  /** Enough mentions that day for the sentiment to be read as a trend (see reliability). */
  reliable: z.boolean(),
});
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

/** Share of a day's mentions carrying each attribute (absent = 0; null-free so charts stack). */
export const AssociationPointSchema = z.object({
  day: DayKeySchema,
  n: Count,
  shares: z.partialRecord(AttributeSchema, z.number().min(0).max(1)),
});
export type AssociationPoint = z.infer<typeof AssociationPointSchema>;

// ---------------------------------------------------------------- annotations and alerts

/** A note pinned to a moment on the charts ("campaign launch"). */
export const AnnotationSchema = z.object({
  id: z.string().min(1),
  at: IsoDate,
  text: z.string().min(1).max(500),
  createdAt: IsoDate,
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** Quiet hours in the user's time zone, `HH:MM`; may cross midnight (22:00–07:00). */
export const QuietHoursSchema = z.object({
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** Critical alerts still fire during quiet hours (default true). */
  allowCritical: z.boolean().default(true),
});
export type QuietHours = z.infer<typeof QuietHoursSchema>;
export type QuietHoursInput = z.input<typeof QuietHoursSchema>;

const RuleBase = z.object({
  id: z.string().min(1),
  enabled: z.boolean().default(true),
  /** Same alert is not repeated within this many minutes. */
  cooldownMinutes: z.number().int().min(0).default(360),
});

/** Fires when the pressure index reaches a score or a level. */
export const PressureRuleSchema = RuleBase.extend({
  kind: z.literal('pressure'),
  minScore: z.number().min(0).max(100).optional(),
  minLevel: PressureLevelSchema.optional(),
});

/** Fires on a significant shift, optionally only one metric/key/direction. */
export const ShiftRuleSchema = RuleBase.extend({
  kind: z.literal('shift'),
  metric: z.enum(SHIFT_METRICS).optional(),
  key: z.string().optional(),
  direction: z.enum(['up', 'down']).optional(),
  /** Minimum |Cohen's h| (proportions) to fire; volume shifts use minRatio. */
  minEffect: z.number().min(0).default(0),
  minRatio: z.number().min(1).default(1),
});

export const AlertRuleSchema = z.discriminatedUnion('kind', [PressureRuleSchema, ShiftRuleSchema]);
export type AlertRule = z.infer<typeof AlertRuleSchema>;
export type AlertRuleInput = z.input<typeof AlertRuleSchema>;

export const AlertSchema = z.object({
  /** Stable de-duplication key: same key within the cooldown does not fire again. */
  key: z.string(),
  ruleId: z.string(),
  kind: z.enum(['pressure', 'shift']),
  severity: PressureLevelSchema,
  firedAt: IsoDate,
  /** Ready-to-show sentence per UI language. */
  message: z.object({ es: z.string(), ca: z.string(), en: z.string() }),
  mentionIds: MentionIds,
});
export type Alert = z.infer<typeof AlertSchema>;

// ---------------------------------------------------------------- report

export const ReportBucketSchema = z.object({ key: z.string(), count: Count, share: z.number() });

export const ReportDataSchema = z.object({
  profileId: z.string(),
  profileName: z.string(),
  period: TimeWindowSchema,
  baseline: TimeWindowSchema,
  generatedAt: IsoDate,
  /** `mentions` when built from raw mentions; `rollups` when only daily rollups were available. */
  source: z.enum(['mentions', 'rollups']),
  headline: z.object({
    volume: Count,
    baselineVolume: Count,
    netSentiment: EstimateSchema,
    perceptionIndex: EstimateSchema,
    pressure: PressureResultSchema.nullable(),
  }),
  shifts: z.array(ShiftSchema.extend({ sentence: z.object({ es: z.string(), ca: z.string(), en: z.string() }) })),
  topics: z.array(ReportBucketSchema),
  stakeholders: z.array(ReportBucketSchema),
  associations: z.array(ReportBucketSchema),
  /** Most engaging and most negative posts of the period (empty from rollups). */
  notablePosts: z.array(z.object({
    id: z.string(),
    url: z.string(),
    platform: PlatformSchema,
    sortAt: IsoDate,
    sentiment: z.string(),
    engagement: z.number().nullable(),
    excerpt: z.string(),
  })),
});
export type ReportData = z.infer<typeof ReportDataSchema>;
