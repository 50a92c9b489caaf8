import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SentimentSchema } from '../../lib/model/mention';
import type { Lang } from '../../lib/model/taxonomy';
import { SENTIMENT_TAGGER, analyzeSentiment } from '../../lib/tagging/sentiment';
import { confusion, scoreConfusion } from '../../lib/tagging/sentiment/metrics';

const UMSAB = path.resolve(__dirname, '../../../shared/datasets/umsab');
const lines = (file: string) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
const LABEL_INDEX = { negative: 0, neutral: 1, positive: 2 } as const;

/** Macro-F1 of the shipped tagger on a file of texts (one per line) against a file of labels. */
function macroF1(textFile: string, labelFile: string, lang: Lang): number {
  const gold = lines(labelFile).map(Number);
  const pred = lines(textFile).map((t) => LABEL_INDEX[analyzeSentiment(t, lang).label]);
  expect(pred).toHaveLength(gold.length);
  return scoreConfusion(confusion(gold, pred)).macroF1;
}

describe('analyzeSentiment', () => {
  it.each<[Lang, string, 'positive' | 'negative' | 'neutral']>([
    ['es', 'Qué maravilla de concierto, me ha encantado', 'positive'],
    ['es', 'Qué asco de servicio, una vergüenza total', 'negative'],
    ['ca', 'Quina meravella de concert, m’ha encantat', 'positive'],
    ['ca', 'Quina vergonya, els carrers estan fastigosos i plens de brossa', 'negative'],
    ['ca', "Demà a les deu hi ha ple municipal a l'Ajuntament", 'neutral'],
    ['en', 'I love this city, the people are amazing', 'positive'],
    ['en', 'Worst service ever, I hate waiting for this bus', 'negative'],
    ['pt', 'Que dia lindo, adorei o passeio', 'positive'],
    ['fr', 'Quelle horreur, ce service est vraiment nul', 'negative'],
    ['it', 'Che schifo, questo treno è sempre in ritardo', 'negative'],
    ['de', 'Wunderschöner Tag, ich liebe diese Stadt', 'positive'],
    // City news the translated AFINN had no word for (city-supplement.json): read as positive before v5.
    ['es', 'Apuñalado un joven en el Raval', 'negative'],
    ['es', 'Pelea con navajas anoche en el Raval, Barcelona', 'negative'],
  ])('%s: %s → %s', (lang, text, label) => {
    expect(analyzeSentiment(text, lang).label).toBe(label);
  });

  it.each<[Lang, string, string]>([
    ['es', 'El servicio es bueno', 'El servicio no es bueno'],
    ['ca', 'El servei és bo', 'El servei no és gens bo'],
    ['en', 'The new park is good', 'The new park is not good'],
    ['de', 'Das Essen ist gut', 'Das Essen ist nicht gut'],
  ])('negation lowers the score (%s)', (lang, plain, negated) => {
    expect(analyzeSentiment(negated, lang).score).toBeLessThan(analyzeSentiment(plain, lang).score);
  });

  it('reads emoji and emoticons', () => {
    const base = 'La playa hoy';
    expect(analyzeSentiment(`${base} 😍😍`, 'es').score).toBeGreaterThan(analyzeSentiment(base, 'es').score);
    expect(analyzeSentiment(`${base} 😡😡`, 'es').score).toBeLessThan(analyzeSentiment(base, 'es').score);
    expect(analyzeSentiment(`${base} :(`, 'es').score).toBeLessThan(analyzeSentiment(`${base} :)`, 'es').score);
  });

  it('reads emoji newer than the 2015 ranking (🥰 🤩 🙄 🤮)', () => {
    const base = 'Así ha quedado la plaza después de la fiesta';
    for (const e of ['🥰', '🤩']) expect(analyzeSentiment(`${base} ${e}${e}`, 'es').score).toBeGreaterThan(analyzeSentiment(base, 'es').score);
    for (const e of ['🙄', '🤮']) expect(analyzeSentiment(`${base} ${e}${e}`, 'es').score).toBeLessThan(analyzeSentiment(base, 'es').score);
  });

  it('reads elongated words as their plain form', () => {
    expect(analyzeSentiment('This is sooo goooood', 'en').label).toBe('positive');
    expect(analyzeSentiment('Quin fàstiiiic', 'ca').score).toBeLessThan(0);
  });

  it('splits hashtags into words', () => {
    expect(analyzeSentiment('Avui al parc #QuinaMeravella', 'ca').score)
      .toBeGreaterThan(analyzeSentiment('Avui al parc #QuinaPlaça', 'ca').score);
  });

  it('returns a valid tag with a score in [-1, 1] for any input', () => {
    for (const text of ['', '!!!', '😂'.repeat(500), 'a'.repeat(5000), 'İstanbul İİİ', '\u0000\uffff']) {
      const tag = analyzeSentiment(text, 'und');
      expect(SentimentSchema.parse(tag)).toEqual(tag);
      expect(tag.tagger).toBe(SENTIMENT_TAGGER);
    }
  });

  it('serves Catalan (trained on city posts only, no tweets) about as well as Spanish on parallel posts', () => {
    const dir = path.resolve(__dirname, '../fixtures/lang');
    const ca = macroF1(path.join(dir, 'catalan.txt'), path.join(dir, 'sentiment-labels.txt'), 'ca');
    const es = macroF1(path.join(dir, 'spanish.txt'), path.join(dir, 'sentiment-labels.txt'), 'es');
    // Measured 0.75 and 0.71 (0.68 and 0.58 before the model learnt from city posts).
    expect(ca).toBeGreaterThan(0.7);
    expect(es).toBeGreaterThan(0.67);
    expect(ca).toBeGreaterThan(es - 0.05);
  });

  it.each<[string, Lang, number]>([
    // Measured 0.95, 0.90 and 0.90 (sentiment@6, which learnt from 1,800 city posts instead of
    // 2,880: 0.93, 0.87 and 0.86; 0.63, 0.59 and 0.61 before the model learnt from city posts).
    ['spanish', 'es', 0.92], ['catalan', 'ca', 0.87], ['english', 'en', 0.87],
  ])('reads %s city posts written blind by others than its training posts\' writers', (folder, lang, min) => {
    const dir = path.resolve(__dirname, '../fixtures/city-sentiment', folder);
    expect(lines(path.join(dir, 'val_labels.txt'))).toHaveLength(100);
    expect(macroF1(path.join(dir, 'val_text.txt'), path.join(dir, 'val_labels.txt'), lang)).toBeGreaterThanOrEqual(min);
  });

  it.each<[string, Lang]>([
    ['spanish', 'es'], ['english', 'en'], ['portuguese', 'pt'], ['french', 'fr'], ['italian', 'it'], ['german', 'de'],
  ])('scores %s tweets (UMSAB val) well above chance', (folder, lang) => {
    // Chance is 0.33. The shipped model is trained on train + val, so this only guards against a
    // broken model or serving/training skew; its honest estimate is the 5-fold CV (0.56–0.69).
    expect(macroF1(path.join(UMSAB, folder, 'val_text.txt'), path.join(UMSAB, folder, 'val_labels.txt'), lang)).toBeGreaterThan(0.52);
  });
});
