import { ATTRIBUTES, POSITIVE_ATTRIBUTES, TOPICS, type Attribute, type Lang, type Topic } from '../model/taxonomy';
import type { TopicTaxonomy } from '../model/topic-taxonomy';
import modelData from './learned/tag-model.json';
import { prepareModel, scoreLabels, type PreparedModel } from './learned/multilabel';
import { postFeatures } from './sentiment';
import { decodeInt8 } from './sentiment/linear-model';
import { compiledFor, isIronic, tagTopics, type CompiledTaxonomy } from './topics';

/**
 * The learned layer: a multi-label logistic regression trained by `scripts/train-tags.ts` on the
 * labelled city posts, over the sentiment model's feature views (so a post's features are built
 * once), with one label per brand attribute and per topic. Taxonomy terms find what people say
 * in the words the taxonomy lists; the model finds what they say through a scene ("tres horas de
 * cola en urgencias", "1.200 € por un piso de 45 metros"), which terms stopped catching: on
 * posts written blind and never tuned on, terms alone reach 0.65–0.74 attribute F1.
 */
interface LoadedModel extends PreparedModel {
  attributeThreshold: number;
  topicThreshold: number;
}

let loaded: LoadedModel | undefined;

function load(): LoadedModel {
  if (loaded) return loaded;
  const labels = [...modelData.attributes, ...modelData.topics];
  if (modelData.attributes.join() !== ATTRIBUTES.join() || modelData.topics.join() !== TOPICS.join()) {
    throw new Error('learned tag model: its labels are not this build\'s attributes and topics');
  }
  const model = {
    dimBits: modelData.dimBits,
    labels,
    weights: decodeInt8(modelData.weights),
    scale: modelData.scale,
    bias: modelData.bias,
  };
  loaded = { ...prepareModel(model), attributeThreshold: modelData.attributeThreshold, topicThreshold: modelData.topicThreshold };
  return loaded;
}

/** Probabilities above which the model's attribute or topic is given (even odds, see the training script). */
export function learnedThresholds(): { attribute: number; topic: number } {
  const m = load();
  return { attribute: m.attributeThreshold, topic: m.topicThreshold };
}

// Attributes first, then topics: the model's label order.
const scores = new Float64Array(ATTRIBUTES.length + TOPICS.length);

/** The model's probability for each attribute and topic of a post in `lang`. */
export function learnedProbabilities(text: string, lang: Lang): { attributes: Record<Attribute, number>; topics: Record<Topic, number> } {
  scoreLabels(load(), postFeatures(text, lang), scores);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    attributes: Object.fromEntries(ATTRIBUTES.map((a, k) => [a, round(scores[k])])) as Record<Attribute, number>,
    topics: Object.fromEntries(TOPICS.map((t, k) => [t, round(scores[ATTRIBUTES.length + k])])) as Record<Topic, number>,
  };
}

const IS_POSITIVE = ATTRIBUTES.map((a) => (POSITIVE_ATTRIBUTES as readonly string[]).includes(a));

/** A tag the learned layer added, which no term gave. */
export type LearnedTag =
  | { kind: 'attribute'; attribute: Attribute; probability: number }
  | { kind: 'topic'; topic: Topic; probability: number };

export interface BrandTags {
  topics: Topic[];
  attributes: Attribute[];
  /** Tags the learned layer added, with the model's probability. */
  learned: LearnedTag[];
}

export interface BrandTagOptions {
  taxonomy?: TopicTaxonomy | CompiledTaxonomy;
  /** Add the learned layer's tags; by default as the taxonomy's `learnedTags` says. */
  learned?: boolean;
}

/** Model probabilities in model order (attributes, then topics) and the two thresholds. */
export interface LearnedScores {
  probabilities: ArrayLike<number>;
  attributeThreshold: number;
  topicThreshold: number;
}

const withheld: Attribute[] = [];

function isOpposite(tax: CompiledTaxonomy, a: number, b: number): boolean {
  return tax.oppositeIds[a] === b || tax.oppositeIds[b] === a;
}

/**
 * Topics and attributes of a post: the taxonomy's terms, plus the tags the learned layer is
 * confident of (see `mergeLearned`).
 */
export function tagBrand(text: string, lang: Lang, options: BrandTagOptions = {}): BrandTags {
  withheld.length = 0;
  const tax = compiledFor(options.taxonomy);
  const terms = tagTopics(text, lang, tax, withheld);
  if (!(options.learned ?? tax.learned) || !text.trim()) return { ...terms, learned: [] };
  const m = load();
  scoreLabels(m, postFeatures(text, lang), scores);
  return mergeLearned(text, terms, withheld, { probabilities: scores, attributeThreshold: m.attributeThreshold, topicThreshold: m.topicThreshold }, tax);
}

/**
 * Adds to the terms' tags each attribute and topic the model gives at least its threshold. The
 * model never overrules a term: it adds no attribute a term withheld (a negated "no es cara", a
 * question, ironic praise), none whose opposite a term gave, and no praise in a post marked
 * ironic. An attribute it adds brings its topics, as a term's would.
 */
export function mergeLearned(
  text: string,
  terms: { topics: Topic[]; attributes: Attribute[] },
  withheldByTerms: readonly Attribute[],
  s: LearnedScores,
  tax: CompiledTaxonomy,
): BrandTags {
  const learned: LearnedTag[] = [];
  const p = s.probabilities;
  let ironic = -1;
  for (let id = 0; id < ATTRIBUTES.length; id++) {
    if (p[id] < s.attributeThreshold) continue;
    const attribute = ATTRIBUTES[id];
    if (terms.attributes.includes(attribute) || withheldByTerms.includes(attribute)) continue;
    // Opposites either way round: the model's "safe" against a term's "unsafe", and back.
    if (terms.attributes.some((b) => isOpposite(tax, id, ATTRIBUTES.indexOf(b)))) continue;
    if (IS_POSITIVE[id]) {
      if (ironic < 0) ironic = isIronic(text) ? 1 : 0;
      if (ironic) continue;
    }
    learned.push({ kind: 'attribute', attribute, probability: Math.round(p[id] * 1000) / 1000 });
  }
  // Most posts get nothing from the model: sets are built only once it gives something.
  let topicOn: Set<Topic> | undefined;
  if (learned.length) {
    topicOn = new Set(terms.topics);
    for (const l of learned) if (l.kind === 'attribute') for (const t of tax.attributeTopicIds[ATTRIBUTES.indexOf(l.attribute)]) topicOn.add(TOPICS[t]);
  }
  for (let id = 0; id < TOPICS.length; id++) {
    const probability = p[ATTRIBUTES.length + id];
    if (probability < s.topicThreshold) continue;
    topicOn ??= new Set(terms.topics);
    if (topicOn.has(TOPICS[id])) continue;
    topicOn.add(TOPICS[id]);
    learned.push({ kind: 'topic', topic: TOPICS[id], probability: Math.round(probability * 1000) / 1000 });
  }
  if (!learned.length || !topicOn) return { topics: terms.topics, attributes: terms.attributes, learned };
  const attrOn = new Set<Attribute>(terms.attributes);
  for (const l of learned) if (l.kind === 'attribute') attrOn.add(l.attribute);
  return {
    topics: TOPICS.filter((t) => topicOn.has(t)),
    attributes: ATTRIBUTES.filter((a) => attrOn.has(a)),
    learned,
  };
}
