import { describe, expect, it } from 'vitest';
import {
  bandOf, fernandezHuerta, fleschReadingEase, FLESCH_BANDS, INFLESZ_BANDS, readability, szigrisztPazos,
  textStats,
} from '../../lib/drafting/readability';
import { sentences, words } from '../../lib/drafting/text-units';

describe('Flesch Reading Ease', () => {
  // Worked examples from Wikipedia, "Flesch–Kincaid readability tests": the platypus sentence
  // (13 words, 24 syllables) scores 37.5; one-syllable one-word sentences give the ceiling 121.22.
  it('matches the published worked examples', () => {
    expect(fleschReadingEase({ words: 13, syllables: 24, sentences: 1 })).toBeCloseTo(37.5, 1);
    expect(fleschReadingEase({ words: 1, syllables: 1, sentences: 1 })).toBeCloseTo(121.22, 2);
    expect(fleschReadingEase({ words: 6, syllables: 6, sentences: 1 })).toBeCloseTo(116.1, 1);
  });
  it('scores a text end to end with counted syllables', () => {
    const { stats, scores } = readability('The cat sat on the mat.', 'en');
    expect(stats).toEqual({ words: 6, syllables: 6, sentences: 1 });
    expect(scores[0]).toMatchObject({ formula: 'flesch', band: 'very-easy' });
  });
  it('places scores in Flesch bands', () => {
    expect(bandOf(65, FLESCH_BANDS).id).toBe('standard');
    expect(bandOf(20, FLESCH_BANDS).id).toBe('very-difficult');
  });
});

describe('Fernández Huerta (corrected form)', () => {
  it('equals 206.84 − 0.60·(syllables per 100 words) − 1.02·(words per sentence)', () => {
    // 100 words, 200 syllables, 5 sentences: 206.84 − 120 − 20.4 = 66.44.
    expect(fernandezHuerta({ words: 100, syllables: 200, sentences: 5 })).toBeCloseTo(66.44, 2);
  });
  it('rises when the same words are split into more sentences (the web-copied form falls)', () => {
    const long = fernandezHuerta({ words: 100, syllables: 200, sentences: 2 });
    const short = fernandezHuerta({ words: 100, syllables: 200, sentences: 10 });
    expect(short).toBeGreaterThan(long);
  });
  it('does not depend on sample size, only on the ratios', () => {
    expect(fernandezHuerta({ words: 50, syllables: 100, sentences: 2.5 }))
      .toBeCloseTo(fernandezHuerta({ words: 100, syllables: 200, sentences: 5 }), 6);
  });
});

describe('Szigriszt-Pazos with the INFLESZ scale', () => {
  it('computes 206.835 − 62.3·S/P − P/F', () => {
    // 10 words, 20 syllables, 1 sentence: 206.835 − 124.6 − 10 = 72.235 → bastante fácil.
    expect(szigrisztPazos({ words: 10, syllables: 20, sentences: 1 })).toBeCloseTo(72.235, 3);
  });
  it.each([
    [30, 'very-difficult'], [40, 'somewhat-difficult'], [54.9, 'somewhat-difficult'], [55, 'normal'],
    [64.9, 'normal'], [65, 'quite-easy'], [80, 'very-easy'], [95, 'very-easy'],
  ])('score %d is %s', (score, id) => expect(bandOf(score, INFLESZ_BANDS).id).toBe(id));
  it('labels bands in the UI language', () => {
    const es = readability('Hemos abierto tres refugios en Nou Barris.', 'es', 'es').scores[1];
    const ca = readability('Hemos abierto tres refugios en Nou Barris.', 'es', 'ca').scores[1];
    expect(es.scale).toBe('inflesz');
    expect(es.band).toBe(ca.band);
    expect(es.bandLabel).not.toBe(ca.bandLabel);
  });
  it('scores plain Spanish as easier than institutional Spanish', () => {
    const plain = readability('Abrimos tres refugios. Son gratis. Ven cuando haga calor.', 'es').scores[1].score;
    const heavy = readability('La implementación transversal de infraestructuras climáticas posibilita la internacionalización de la gobernanza metropolitana.', 'es').scores[1].score;
    expect(plain).toBeGreaterThan(65);
    expect(heavy).toBeLessThan(40);
  });
});

describe('text units', () => {
  it('keeps l·l words whole and splits apostrophes', () => {
    expect(words("L'Ajuntament col·labora").map((w) => w.text)).toEqual(['L', 'Ajuntament', 'col·labora']);
  });
  it('does not split sentences at decimals, abbreviations or URLs', () => {
    const s = sentences('Bajan 2.5 grados. Lo dijo la Sra. Puig en https://bcn.cat/a.b hoy! Fin');
    expect(s.map((x) => x.text)).toEqual(['Bajan 2.5 grados.', 'Lo dijo la Sra. Puig en https://bcn.cat/a.b hoy!', 'Fin']);
  });
  it('counts no words in numbers, links or hashtags', () => {
    expect(textStats('3 https://x.com #Barcelona @bcn', 'es').words).toBe(0);
  });
});
