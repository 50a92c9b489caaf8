import { ATTRIBUTES, POSITIVE_ATTRIBUTES, TOPICS, type Attribute, type Lang, type Topic } from '../model/taxonomy';
import type { TopicTaxonomy } from '../model/topic-taxonomy';
import modelData from './learned/attribute-model.json';
import { prepareModel, scoreLabels, type PreparedModel } from './learned/multilabel';
import { postFeatures } from './sentiment';
import { decodeInt8 } from './sentiment/linear-model';
import { compiledFor, isIronic, tagTopics, type CompiledTaxonomy } from './topics';

/**
 * The learned attribute layer: a multi-label logistic regression trained by
 * `scripts/train-attributes.ts` on the labelled city posts, over the sentiment model's feature
 * views (so a post's features are built once). Taxonomy terms find what people say in words the
 * taxonomy lists; the model finds what they say through a scene ("tres horas de cola en
 * urgencias", "1.100 € por un piso de 40 metros"), which terms stopped catching: on posts written
 * blind and never tuned on, terms alone reach 0.67–0.74 attribute F1.
 */
interface LoadedModel extends PreparedModel {
  threshold: number;
  /** Model label index → ATTRIBUTES index. */
  attributeIds: number[];
}

let loaded: LoadedModel | undefined;

function load(): LoadedModel {
  if (loaded) return loaded;
  const attributeIds = modelData.labels.map((l) => ATTRIBUTES.indexOf(l as Attribute));
  if (attributeIds.some((i) => i < 0)) throw new Error('attribute model: unknown label');
  const model = {
    dimBits: modelData.dimBits,
    labels: modelData.labels,
    weights: decodeInt8(modelData.weights),
    scale: modelData.scale,
    bias: modelData.bias,
  };
  loaded = { ...prepareModel(model), threshold: modelData.threshold, attributeIds };
  return loaded;
}

/** The probability threshold above which the model's attribute is given (chosen by cross-validation). */
export function learnedThreshold(): number {
  return load().threshold;
}

const scores = new Float64Array(ATTRIBUTES.length);

/** Each attribute's probability for a post in `lang`, in ATTRIBUTES order. */
export function attributeProbabilities(text: string, lang: Lang): Record<Attribute, number> {
  const m = load();
  scoreLabels(m, postFeatures(text, lang), scores);
  const out = {} as Record<Attribute, number>;
  m.attributeIds.forEach((id, k) => {
    out[ATTRIBUTES[id]] = Math.round(scores[k] * 1000) / 1000;
  });
  return out;
}

const IS_POSITIVE = ATTRIBUTES.map((a) => (POSITIVE_ATTRIBUTES as readonly string[]).includes(a));

export interface BrandTags {
  topics: Topic[];
  attributes: Attribute[];
  /** Attributes the learned layer added (not found by any term), with the model's probability. */
  learned: { attribute: Attribute; probability: number }[];
}

export interface BrandTagOptions {
  taxonomy?: TopicTaxonomy | CompiledTaxonomy;
  /** Add the learned layer's attributes; by default as the taxonomy's `learnedAttributes` says. */
  learned?: boolean;
}

const withheld: Attribute[] = [];

function isOpposite(tax: CompiledTaxonomy, a: number, b: number): boolean {
  return tax.oppositeIds[a] === b || tax.oppositeIds[b] === a;
}

/**
 * Topics and attributes of a post: the taxonomy's terms, plus the attributes the learned layer
 * is confident of (see `mergeLearned`).
 */
export function tagBrand(text: string, lang: Lang, options: BrandTagOptions = {}): BrandTags {
  withheld.length = 0;
  const tax = compiledFor(options.taxonomy);
  const terms = tagTopics(text, lang, tax, withheld);
  if (!(options.learned ?? tax.learned) || !text.trim()) return { ...terms, learned: [] };
  const m = load();
  scoreLabels(m, postFeatures(text, lang), scores);
  return mergeLearned(text, terms, withheld, m.model.labels as readonly Attribute[], scores, m.threshold, tax);
}

/**
 * Adds to the terms' tags each attribute the model gives at least `threshold` (`probabilities`
 * in `labels` order). The model never overrules a term: it adds nothing a term withheld (a
 * negated "no es cara", a question, ironic praise), nothing whose opposite a term gave, and no
 * praise in a post marked ironic. An attribute it adds brings its topics, as a term's would.
 */
export function mergeLearned(
  text: string,
  terms: { topics: Topic[]; attributes: Attribute[] },
  withheldByTerms: readonly Attribute[],
  labels: readonly Attribute[],
  probabilities: ArrayLike<number>,
  threshold: number,
  tax: CompiledTaxonomy,
): BrandTags {
  let learned: BrandTags['learned'] | undefined;
  let ironic = -1;
  for (let k = 0; k < labels.length; k++) {
    if (probabilities[k] < threshold) continue;
    const attribute = labels[k];
    const id = ATTRIBUTES.indexOf(attribute);
    if (terms.attributes.includes(attribute) || withheldByTerms.includes(attribute)) continue;
    // Opposites either way round: the model's "safe" against a term's "unsafe", and back.
    if (terms.attributes.some((b) => isOpposite(tax, id, ATTRIBUTES.indexOf(b)))) continue;
    if (IS_POSITIVE[id]) {
      if (ironic < 0) ironic = isIronic(text) ? 1 : 0;
      if (ironic) continue;
    }
    (learned ??= []).push({ attribute, probability: Math.round(probabilities[k] * 1000) / 1000 });
  }
  if (!learned) return { topics: terms.topics, attributes: terms.attributes, learned: [] };
  const attrOn = new Set<Attribute>([...terms.attributes, ...learned.map((l) => l.attribute)]);
  const topicOn = new Set<Topic>(terms.topics);
  for (const l of learned) for (const t of tax.attributeTopicIds[ATTRIBUTES.indexOf(l.attribute)]) topicOn.add(TOPICS[t]);
  return {
    topics: TOPICS.filter((t) => topicOn.has(t)),
    attributes: ATTRIBUTES.filter((a) => attrOn.has(a)),
    learned,
  };
}
