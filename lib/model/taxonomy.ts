import { z } from 'zod';

/** Platforms Pulso knows. Ids never change: they are stored on every mention. */
export const PLATFORMS = [
  'web', 'news', 'x', 'reddit', 'mastodon', 'bluesky', 'facebook', 'instagram',
  'youtube', 'linkedin', 'tiktok', 'telegram',
] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** How a mention reached Pulso. */
export const ORIGINS = ['browse', 'poll', 'manual', 'import'] as const;
export const OriginSchema = z.enum(ORIGINS);
export type Origin = z.infer<typeof OriginSchema>;

/** Languages the taggers and the UI serve; `und` when unknown. */
export const LANGS = ['es', 'ca', 'en', 'pt', 'fr', 'it', 'de', 'und'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export const SentimentLabelSchema = z.enum(SENTIMENT_LABELS);
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

/** Stakeholder groups of a mention's author. */
export const STAKEHOLDERS = [
  'citizen', 'business', 'academia', 'culture', 'civil_society', 'media', 'official',
  'international', 'sport',
] as const;
export const StakeholderSchema = z.enum(STAKEHOLDERS);
export type Stakeholder = z.infer<typeof StakeholderSchema>;

/** City topics (tagging issue's taxonomy). */
export const TOPICS = [
  'security', 'cleanliness', 'mobility', 'housing', 'tourism', 'economy', 'culture',
  'environment', 'public_services', 'governance', 'international', 'sport', 'health', 'education',
] as const;
export const TopicSchema = z.enum(TOPICS);
export type Topic = z.infer<typeof TopicSchema>;

/** Brand attributes: the values a city wants to own and the ones it must shed. */
export const POSITIVE_ATTRIBUTES = [
  'safe', 'welcoming', 'innovative', 'cultural', 'sustainable', 'liveable', 'open',
] as const;
export const NEGATIVE_ATTRIBUTES = [
  'violent', 'unsafe', 'dirty', 'corrupt', 'expensive', 'overcrowded', 'chaotic', 'unwelcoming',
] as const;
export const ATTRIBUTES = [...POSITIVE_ATTRIBUTES, ...NEGATIVE_ATTRIBUTES] as const;
export const AttributeSchema = z.enum(ATTRIBUTES);
export type Attribute = z.infer<typeof AttributeSchema>;
