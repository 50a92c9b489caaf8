import type { Lang } from '../model/taxonomy';
import type { Sentiment as SentimentTag } from '../model/mention';
import lexiconData from './lexicons/sentiment-lexicons.json';
import stemLexiconData from './lexicons/stem-lexicons.json';
import modelData from './sentiment/model.json';
import { extractFeatures, lexiconTable, newFeatureViews, type FeatureViews, type Lexicon, type LexiconSet } from './sentiment/features';
import { HashTable } from './sentiment/hash-table';
import { decodeInt8, joinViews, predictProba } from './sentiment/linear-model';
import { tokenizeCached } from './sentiment/tokenize';

/**
 * v1: one multilingual logistic regression (shared + per-language hashed word, bigram and char
 * features, plus lexicon/emoji valence with negation and intensifiers), trained by
 * `scripts/train-sentiment.ts`. Catalan had no training data until v6: it was served by the
 * shared weights and the Catalan lexicon.
 * v2: naive-Bayes-scaled training (NB-LR, folded into the same int8 weights) on train + val.
 * v3: two models, one over words and word pairs, one over char 4-grams, both with the lexicon
 * cues plus stem-level lexicons (ML-SentiCon, Pattern); their log-probabilities are averaged.
 * v4: the stem lexicons are looked up by longest listed prefix (`stemValence`) instead of being
 * expanded over the training words, so words no training tweet had get their valence too.
 * v5: Spanish and Catalan words of city news and complaints the translated AFINN lacks (pelea,
 * apuñalado, tiroteo, suciedad, colapso, desahucio; acogedora, pionera…), from
 * `city-supplement.json`: a stabbing report no longer reads as slightly positive.
 * v6: the model also learns from 1,800 city posts labelled for sentiment (600 each in es, ca, en;
 * `city-sentiment-train.jsonl`): complaints told without a complaining word ("otra vez 40
 * minutos esperando el bus"), and the first Catalan examples it has. City posts written blind by
 * another writer: es 0.63 → 0.93, ca 0.59 → 0.87, en 0.61 → 0.86 macro-F1; UMSAB Spanish pooled
 * CV 0.567 → 0.579.
 * v7: 1,080 more city posts (dev30–dev35 of `test/fixtures/city-posts`, written blind by six more
 * writers, news to slang). City posts written blind by another writer: es 0.93 → 0.95, ca 0.87 →
 * 0.90, en 0.86 → 0.90; UMSAB pooled CV unchanged (es 0.580, en 0.641, average 0.633).
 * v8: its first city posts in Portuguese, French and Italian (130 each, about São Paulo, Marseille
 * and Naples). Posts about Rio, Lyon and Palermo, written blind: pt 0.59 → 0.68, fr 0.64 → 0.70,
 * it 0.72 → 0.78; UMSAB pooled CV es 0.580 → 0.578, pt 0.606 → 0.602, it 0.637 → 0.633.
 */
export const SENTIMENT_TAGGER = 'sentiment@8';

interface View {
  weights: Int8Array;
  scale: number;
}

interface Loaded {
  words: View;
  chars: View;
  mask: number;
  lexicons: Record<string, LexiconSet>;
}

let loaded: Loaded | undefined;
const EMPTY: Lexicon = new HashTable([]);

// Decoded on first use so importing the pipeline stays cheap.
function load(): Loaded {
  if (loaded) return loaded;
  const lex = lexiconData as Record<string, Record<string, number>>;
  const stems = stemLexiconData as Record<string, Record<string, number>>;
  const emoji = lex.emoji ? lexiconTable(lex.emoji) : EMPTY;
  const lexicons: Record<string, LexiconSet> = {};
  for (const [lang, words] of Object.entries(lex)) {
    if (lang === 'emoji') continue;
    lexicons[lang] = { words: lexiconTable(words), stems: stems[lang] ? lexiconTable(stems[lang]) : EMPTY, emoji };
  }
  lexicons.und = { words: EMPTY, stems: EMPTY, emoji };
  const [words, chars] = modelData.views;
  loaded = {
    words: { weights: decodeInt8(words.weights), scale: words.scale },
    chars: { weights: decodeInt8(chars.weights), scale: chars.scale },
    mask: (1 << modelData.dimBits) - 1,
    lexicons,
  };
  return loaded;
}

const features = newFeatureViews();
let featuresText: string | undefined;
let featuresLang: Lang | undefined;

/**
 * The hashed feature views of a post in `lang` (sentiment's words and char 4-grams with the
 * lexicon cues), in a shared buffer valid until the next call. The learned tag layer reads the
 * same views, so the last post's are kept: the pipeline builds them once per post.
 */
export function postFeatures(text: string, lang: Lang): FeatureViews {
  if (text === featuresText && lang === featuresLang) return features;
  const m = load();
  extractFeatures(tokenizeCached(text), lang, m.lexicons[lang] ?? m.lexicons.und, m.mask, features);
  featuresText = text;
  featuresLang = lang;
  return features;
}

const pWords = [0, 0, 0];
const pChars = [0, 0, 0];
const proba = [0, 0, 0];
const LABELS = ['negative', 'neutral', 'positive'] as const;

/** Sentiment of a post in `lang`: label plus score in [−1, 1] (P(positive) − P(negative)). */
export function analyzeSentiment(text: string, lang: Lang): SentimentTag {
  const m = load();
  postFeatures(text, lang);
  predictProba(m.words.weights, m.words.scale, features.words, pWords);
  predictProba(m.chars.weights, m.chars.scale, features.chars, pChars);
  joinViews(pWords, pChars, proba);
  const best = proba[0] >= proba[1] && proba[0] >= proba[2] ? 0 : proba[2] >= proba[1] ? 2 : 1;
  const score = Math.round((proba[2] - proba[0]) * 1000) / 1000;
  return { label: LABELS[best], score, tagger: SENTIMENT_TAGGER };
}
