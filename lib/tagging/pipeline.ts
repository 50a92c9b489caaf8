import type { CityProfile } from '../model/city-profile';
import type { Author, Sentiment } from '../model/mention';
import type { Attribute, Lang, Platform, Stakeholder, Topic } from '../model/taxonomy';
import { LANGUAGE_TAGGER, detectLanguage } from './language';
import { MATCH_TAGGER, compileProfile, matchProfile } from './match';
import { SENTIMENT_TAGGER, analyzeSentiment } from './sentiment';
import { STAKEHOLDER_TAGGER, inferStakeholder, type CompiledSignals } from './stakeholder';
import { tagBrand, type BrandTags } from './learned-tags';
import { TOPICS_TAGGER, explainTopics, type CompiledTaxonomy, type TermHit } from './topics';

export interface TagInput {
  text: string;
  title?: string;
  /** Language the source declares (feed, `<html lang>`, post `langs`); a hint, not the answer. */
  langHint?: string;
  /** Forces the language and skips detection (the `npm run tag -- --lang ca` option). */
  lang?: Lang;
  author?: Author;
  url?: string;
  platform?: Platform;
}

export interface TagResult {
  lang: Lang;
  sentiment: Sentiment;
  topics: Topic[];
  attributes: Attribute[];
  stakeholder?: Stakeholder;
  stakeholderConfidence?: number;
  matched: string[];
  excluded: string[];
  isMatch: boolean;
  /** Tagger id → version, stored on the mention. */
  taggers: Record<string, string>;
}

/** Versions of every tagger in this build: a mention tagged with others gets re-tagged. */
export const TAGGER_VERSIONS: Record<string, string> = Object.fromEntries(
  [LANGUAGE_TAGGER, SENTIMENT_TAGGER, TOPICS_TAGGER, STAKEHOLDER_TAGGER, MATCH_TAGGER].map((v) => {
    const [id, version] = v.split('@');
    return [id, version];
  }),
);

/** The tags of one text and the taxonomy terms behind its topics and attributes. */
export interface TagExplanation {
  result: TagResult;
  hits: TermHit[];
  /** Topics and attributes the learned layer added (no term gave them), with its probability. */
  learned: BrandTags['learned'];
}

export interface Pipeline {
  /** Tagger id → version for this pipeline (a user taxonomy or profile adds its fingerprint). */
  versions: Record<string, string>;
  tag(input: TagInput): TagResult;
  /** `tag`, plus the terms found (for a person asking why; slower). */
  explain(input: TagInput): TagExplanation;
  /** Only the city match: lets the ingest path drop other people's posts before tagging them. */
  matches(input: Pick<TagInput, 'text' | 'title'>): boolean;
}

export interface PipelineOptions {
  /** Short fingerprints of the user's edits, folded into the versions so edits trigger re-tagging. */
  fingerprints?: { taxonomy?: string; signals?: string; profile?: string };
  /** The user's edited taxonomy (compiled); the shipped one otherwise. */
  taxonomy?: CompiledTaxonomy;
  /** The user's edited stakeholder signals (compiled); the shipped ones otherwise. */
  signals?: CompiledSignals;
}

/** The text matching and tagging read: the title, then the text (once when the text opens with it). */
export function joinTitle(input: Pick<TagInput, 'text' | 'title'>): string {
  return input.title && !input.text.startsWith(input.title) ? `${input.title}\n${input.text}` : input.text;
}

/**
 * Builds the tagging pipeline for one profile: language → sentiment → topics → stakeholder →
 * match. Throws `QuerySyntaxError` when the profile's query does not parse (validate first).
 */
export function createPipeline(profile: CityProfile, options: PipelineOptions = {}): Pipeline {
  const compiled = compileProfile(profile);
  const f = options.fingerprints ?? {};
  const versions = { ...TAGGER_VERSIONS };
  if (f.taxonomy) versions.topics = `${versions.topics}.${f.taxonomy}`;
  if (f.signals) versions.stakeholder = `${versions.stakeholder}.${f.signals}`;
  if (f.profile) versions.match = `${versions.match}.${f.profile}`;
  /** The tags of one input, and what the learned layer added to them (for `explain`). */
  function tagFull(input: TagInput): { result: TagResult; full: string; learned: BrandTags['learned'] } {
    const full = joinTitle(input);
    const lang = input.lang ?? detectLanguage(full, input.langHint);
    const sentiment = analyzeSentiment(full, lang);
    const { topics, attributes, learned } = tagBrand(full, lang, { taxonomy: options.taxonomy });
    const who = inferStakeholder(input.author, input.url ?? '', input.platform ?? 'web', options.signals);
    const m = matchProfile(full, compiled);
    const result: TagResult = {
      lang,
      sentiment,
      topics,
      attributes,
      stakeholder: who?.group,
      stakeholderConfidence: who?.confidence,
      matched: m.matched,
      excluded: m.excluded,
      isMatch: m.isMatch,
      taggers: { ...versions },
    };
    return { result, full, learned };
  }
  const pipeline: Pipeline = {
    versions,
    matches: (input) => matchProfile(joinTitle(input), compiled).isMatch,
    explain(input) {
      const { result, full, learned } = tagFull(input);
      return { result, hits: explainTopics(full, result.lang, options.taxonomy), learned };
    },
    tag: (input) => tagFull(input).result,
  };
  return pipeline;
}
