import { describe, expect, it } from 'vitest';
import {
  EMOJI, EMOTICON_NEG, EMOTICON_POS, FLAG_CAPS, FLAG_ELONGATED, FLAG_HASHTAG, MENTION, PUNCT, URL, WORD,
  fnv, tokenize, tokenText,
} from '../../lib/tagging/sentiment/tokenize';

const texts = (s: string) => {
  const t = tokenize(s);
  return Array.from({ length: t.n }, (_, k) => tokenText(t, k));
};

describe('tokenize', () => {
  it.each([
    ["L'Ajuntament i l’alcaldessa", ["l'", 'ajuntament', 'i', "l'", 'alcaldessa']],
    ["I don't like it", ['i', "don't", 'like', 'it']],
    ['Quina il·lusió!', ['quina', 'il·lusió', '!']],
    ['#BonDiaBCN #no_me_gusta', ['bon', 'dia', 'bcn', 'no', 'me', 'gusta']],
    ['hola @user mira https://t.co/x1 ya', ['hola', '@user', 'mira', 'https://t.co/x1', 'ya']],
    ['¿Qué? ¡Genial!', ['¿', 'qué', '?', '¡', 'genial', '!']],
  ])('splits %s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('reads Spanish opening marks as the closing ones', () => {
    const t = tokenize('¿¡');
    expect([t.hash[0], t.hash[1]]).toEqual([fnv('?'), fnv('!')]);
  });

  it('tells kinds apart', () => {
    const t = tokenize('Genial :) xD 😍 ! @user https://x.y :( ');
    expect(Array.from(t.kind.subarray(0, t.n))).toEqual([WORD, EMOTICON_POS, EMOTICON_POS, EMOJI, PUNCT, MENTION, URL, EMOTICON_NEG]);
  });

  it('does not read faces inside URLs or words', () => {
    const t = tokenize('http://example.com/a:b mapa:pla');
    expect(Array.from(t.kind.subarray(0, t.n)).filter((k) => k === EMOTICON_POS || k === EMOTICON_NEG)).toEqual([]);
  });

  it('squeezes elongations in the hash and flags them', () => {
    const t = tokenize('goooood gooood VERGONYA #Genial');
    expect(t.hash[0]).toBe(fnv('good'));
    expect(t.hash[1]).toBe(t.hash[0]);
    expect(t.flags[0] & FLAG_ELONGATED).toBeTruthy();
    expect(t.flags[2] & FLAG_CAPS).toBeTruthy();
    expect(t.flags[3] & FLAG_HASHTAG).toBeTruthy();
    expect(t.hash1[0]).toBe(fnv('god'));
  });

  it('counts letters by script for language id', () => {
    expect(tokenize('Привет мир').nonLatin).toBe(9);
    expect(tokenize('hola 123').letters).toBe(4);
  });
});
