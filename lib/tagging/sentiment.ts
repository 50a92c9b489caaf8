import type { Lang } from '../model/taxonomy';
import type { Sentiment as SentimentTag } from '../model/mention';
import lexiconData from './lexicons/sentiment-lexicons.json';
import modelData from './sentiment/model.json';
import { extractFeatures, lexiconTable, newFeatureVector, type Lexicon } from './sentiment/features';
import { HashTable } from './sentiment/hash-table';
import { decodeInt8, predictProba } from './sentiment/linear-model';
import { tokenizeCached } from './sentiment/tokenize';

/**
 * v1: one multilingual logistic regression (shared + per-language hashed word, bigram and char
 * features, plus lexicon/emoji valence with negation and intensifiers), trained by
 * `scripts/train-sentiment.ts`. Catalan has no training data: it is served by the shared
 * weights and the Catalan lexicon.
 * v2: naive-Bayes-scaled training (NB-LR, folded into the same int8 weights) on train + val.
 */
export const SENTIMENT_TAGGER = 'sentiment@2';

interface Loaded {
  weights: Int8Array;
  scale: number;
  mask: number;
  lexicons: Record<string, Lexicon>;
  emoji: Lexicon;
}

let loaded: Loaded | undefined;
const EMPTY: Lexicon = new HashTable([]);

// Decoded on first use so importing the pipeline stays cheap.
function load(): Loaded {
  if (loaded) return loaded;
  const lex = lexiconData as Record<string, Record<string, number>>;
  const lexicons: Record<string, Lexicon> = {};
  for (const [lang, words] of Object.entries(lex)) lexicons[lang] = lexiconTable(words);
  loaded = {
    weights: decodeInt8(modelData.weights),
    scale: modelData.scale,
    mask: (1 << modelData.dimBits) - 1,
    lexicons,
    emoji: lexicons.emoji ?? EMPTY,
  };
  return loaded;
}

const features = newFeatureVector();
const proba = [0, 0, 0];
const LABELS = ['negative', 'neutral', 'positive'] as const;

/** Sentiment of a post in `lang`: label plus score in [−1, 1] (P(positive) − P(negative)). */
export function analyzeSentiment(text: string, lang: Lang): SentimentTag {
  const m = load();
  const tokens = tokenizeCached(text);
  extractFeatures(tokens, lang, m.lexicons[lang] ?? EMPTY, m.emoji, m.mask, features);
  predictProba(m.weights, m.scale, features, proba);
  const best = proba[0] >= proba[1] && proba[0] >= proba[2] ? 0 : proba[2] >= proba[1] ? 2 : 1;
  const score = Math.round((proba[2] - proba[0]) * 1000) / 1000;
  return { label: LABELS[best], score, tagger: SENTIMENT_TAGGER };
}
