import Sentiment from 'sentiment';
import type { Lang } from '../model/taxonomy';
import type { Sentiment as SentimentTag } from '../model/mention';

export const SENTIMENT_TAGGER = 'sentiment@0';
const engine = new Sentiment();

/** v0: the `sentiment` package's English AFINN scoring; other languages read as neutral. */
export function analyzeSentiment(text: string, lang: Lang): SentimentTag {
  if (lang !== 'en') return { label: 'neutral', score: 0, tagger: SENTIMENT_TAGGER };
  const { comparative } = engine.analyze(text);
  const score = Math.max(-1, Math.min(1, comparative / 2));
  const label = comparative > 0.05 ? 'positive' : comparative < -0.05 ? 'negative' : 'neutral';
  return { label, score, tagger: SENTIMENT_TAGGER };
}
