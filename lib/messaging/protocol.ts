import { z } from 'zod';
import { AuthorSchema, RawPostSchema } from '../model/mention';
import { AttributeSchema, LangSchema, PlatformSchema, SentimentLabelSchema, StakeholderSchema, TopicSchema } from '../model/taxonomy';

/** Selection or whole page taken by the user (context menu, shortcut, popup). */
export const ManualCaptureSchema = z.object({
  url: z.string().min(1).max(4000),
  title: z.string().max(1000).optional(),
  /** The selected passage, or the page's readable text for a whole-page capture. */
  text: z.string(),
  kind: z.enum(['selection', 'page']),
  /** `<html lang>` of the page, a hint for language detection. */
  langHint: z.string().max(50).optional(),
  author: z.string().max(300).optional(),
  siteName: z.string().max(300).optional(),
  publishedAt: z.string().max(100).optional(),
  /** The page declares itself an article (JSON-LD Article types or og:type=article). */
  isArticle: z.boolean().optional(),
});
export type ManualCapture = z.infer<typeof ManualCaptureSchema>;

/** Posts that a content script parsed on a platform page while the user browsed. */
export const BrowseCaptureSchema = z.object({
  platform: PlatformSchema,
  pageUrl: z.string().max(4000),
  posts: z.array(RawPostSchema).max(500),
  /** Items the adapter saw but could not parse (unknown shape). */
  skipped: z.number().int().nonnegative(),
});
export type BrowseCapture = z.infer<typeof BrowseCaptureSchema>;

/** What storing a batch did, reported back to the sender. */
export const IngestReportSchema = z.object({
  received: z.number().int(),
  stored: z.number().int(),
  updated: z.number().int(),
  dropped: z.number().int(),
  ids: z.array(z.string()),
});
export type IngestReport = z.infer<typeof IngestReportSchema>;

/** The user sets an author's stakeholder group from a mention. */
export const AuthorGroupRequestSchema = z.object({
  platform: PlatformSchema,
  author: AuthorSchema,
  group: StakeholderSchema,
});
export type AuthorGroupRequest = z.infer<typeof AuthorGroupRequestSchema>;

/** The user asks how Pulso tags a text of their own (Settings → try a text). */
export const ExplainRequestSchema = z.object({
  text: z.string().min(1).max(100_000),
  /** A stored mention's title, tagged with its text as at capture. */
  title: z.string().max(1000).optional(),
  /** Forces the language; detected when absent. */
  lang: LangSchema.optional(),
});
export type ExplainRequest = z.infer<typeof ExplainRequestSchema>;

/** The user corrects one tag of a stored mention from the feed; without `edit`, undoes every correction. */
export const CorrectTagsRequestSchema = z.object({
  id: z.string().min(1).max(200),
  edit: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('topic'), label: TopicSchema, on: z.boolean() }),
    z.object({ kind: z.literal('attribute'), label: AttributeSchema, on: z.boolean() }),
    z.object({ kind: z.literal('sentiment'), label: SentimentLabelSchema }),
  ]).optional(),
});
export type CorrectTagsRequest = z.infer<typeof CorrectTagsRequestSchema>;
