import { describe, expect, it } from 'vitest';
import type { Lang } from '../../lib/model/taxonomy';
import { TopicTaxonomySchema } from '../../lib/model/topic-taxonomy';
import { CLITICS, HASH_TOKEN, HANDLE_TOKEN, WORD_TOKEN, foldForTokens, foldTokensInto, newFoldedTokens, wordHash } from '../../lib/tagging/fold-tokens';
import { tokenizeCached } from '../../lib/tagging/sentiment/tokenize';
import { lightStem, stemLength } from '../../lib/tagging/stem';
import { tokenizeUncached } from '../../lib/tagging/text-fold';
import { tagTopics } from '../../lib/tagging/topics';
import { WordIndex } from '../../lib/tagging/word-index';

// The span tokenizer, the span stemmer and the hashed word table replace string work on the
// tagging hot path; each must answer exactly as the string versions do.

describe('foldTokensInto', () => {
  const texts = [
    "L'Ajuntament de l’Hospitalet diu que #LesCorts i @bcn_ajuntament no van bé: didn't work",
    'Plaça de l’Àngel, ¡qué guapa! col.legi Ça coûte `cher´ 😀👍🏽 e\u0301s Ελληνικά ΟΔΟΣ',
    "qu'il d'accord j'ai s'en c'est n'hi m'agrada t'estimo",
    '',
  ];

  it.each(texts)('gives the words, kinds and clitics of tokenizeUncached: %s', (text) => {
    const t = foldTokensInto(text, newFoldedTokens(2));
    const ref = tokenizeUncached(text);
    const kinds = { word: WORD_TOKEN, hash: HASH_TOKEN, handle: HANDLE_TOKEN };
    expect(t.n).toBe(ref.words.length);
    for (let k = 0; k < t.n; k++) {
      const word = t.text.slice(t.start[k], t.end[k]);
      expect(word).toBe(ref.words[k]);
      expect(t.kind[k]).toBe(kinds[ref.kinds[k]]);
      expect(t.clitic[k] ? CLITICS[t.clitic[k] - 1] : '').toBe(ref.elided[k]);
      expect(t.hash[k]).toBe(wordHash(word));
      // Hashes of the word without its last 1–4 chars (the stems a suffix stripper can produce).
      for (let d = 1; d <= Math.min(4, word.length); d++) expect(t.trimmed[k * 4 + d - 1]).toBe(wordHash(word.slice(0, -d)));
    }
  });
});

describe('the char-by-char fold', () => {
  // Most texts are folded through per-char tables; the rest take the exact string path. Every
  // BMP char, in contexts that switch between the two (a text with or without other non-ASCII
  // chars, `n't`, `l.l`, emoji), must give exactly the exact path's text and word hashes.
  it('equals the exact fold for every BMP char in every context', () => {
    const t = newFoldedTokens();
    let mismatches = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`A${ch}b`, `é${ch}B`, ch, `${ch}\`x`, `n${ch}t`, `l${ch}l`, `${ch}😀`, `\u2000${ch}`]) {
        foldTokensInto(text, t);
        let ok = t.text === foldForTokens(text);
        for (let k = 0; ok && k < t.n; k++) ok = t.hash[k] === wordHash(t.text, t.start[k], t.end[k]);
        if (!ok) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  // In the pipeline the sentiment tokenizer lower-cases the post first, and the fold starts from
  // its lower-cased text (printable ASCII straight away): the same contexts, that way round.
  it('equals the exact fold when the sentiment tokenizer has lower-cased the text first', () => {
    const t = newFoldedTokens();
    let mismatches = 0;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`A${ch}b`, `é${ch}B`, ch, `${ch}\`X`, `N${ch}T`, `L${ch}l`, `${ch}😀`, `\u2000${ch}`, `Don${ch}t`, `ñ${ch}t`, `${ch}\ud83d`]) {
        tokenizeCached(text);
        foldTokensInto(text, t);
        let ok = t.text === foldForTokens(text);
        for (let k = 0; ok && k < t.n; k++) ok = t.hash[k] === wordHash(t.text, t.start[k], t.end[k]);
        if (!ok) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it.each([
    ['It`s', "it`s"],
    ['It`s é', "it's e"],
    ['DIDN’T go', 'did not go'],
    ['Col.Legi', 'col·legi'],
    ['İstanbul', 'istanbul'],
  ])('%s → %s', (text, folded) => {
    expect(foldTokensInto(text, newFoldedTokens()).text).toBe(folded);
  });
});

describe('stemLength', () => {
  const words = [
    'cities', 'ties', 'stabbing', 'running', 'falling', 'sing', 'agreed', 'stabbed', 'missed', 'buses', 'boxes',
    'churches', 'wishes', 'horses', 'bars', 'class', 'bus', 'analysis', 'tourists', 'apple', 'turistas', 'seguras',
    'ciudades', 'segures', 'preus', 'caros', 'cara', 'carrer', 'feix', 'barrios', 'para', 'paro', 'veïns', 'strasse',
    'ab', 'a', 'hasbeens', 'zzz', 'fizzing', 'stiffing', 'viviendo', 'pasando', 'blandos', 'ando',
  ];
  const langs: Lang[] = ['en', 'es', 'ca', 'de', 'und'];

  it.each(langs)('agrees with lightStem in %s', (lang) => {
    for (const word of words) {
      const text = `, ${word} `;
      const s = stemLength(text, 2, 2 + word.length, lang);
      const stem = s >= 0 ? word.slice(0, s) : `${word.slice(0, ~s)}y`;
      expect(stem, word).toBe(lightStem(word, lang));
    }
  });

  it('strips English endings as the taxonomy expects', () => {
    expect(stemLength('cities', 0, 6, 'en')).toBe(~3);
    expect(stemLength('stabbing', 0, 8, 'en')).toBe(4);
    expect(stemLength('turistas', 0, 8, 'es')).toBe(6);
  });
});

describe('WordIndex', () => {
  it('keeps two words with the same hash apart', () => {
    // Find a real FNV-1a collision (a birthday search over short words).
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const w = `w${i.toString(36)}`;
      const h = wordHash(w);
      const other = seen.get(h);
      if (other) pair = [other, w];
      else seen.set(h, w);
    }
    const [a, b] = pair;
    expect(wordHash(a)).toBe(wordHash(b));
    const index = new WordIndex<string>();
    index.set(a, 'first');
    expect(index.get(b)).toBeUndefined();
    index.set(b, 'second');
    expect(index.get(a)).toBe('first');
    expect(index.get(b)).toBe('second');
    const text = `x ${b} y`;
    expect(index.getSpan(text, 2, 2 + b.length, wordHash(b))).toBe('second');
    expect(index.size).toBe(2);
  });

  it('finds every stored word after growing, and no other', () => {
    const index = new WordIndex<number>();
    for (let i = 0; i < 5000; i++) index.set(`word${i}`, i);
    for (let i = 0; i < 5000; i++) expect(index.get(`word${i}`)).toBe(i);
    for (let i = 5000; i < 6000; i++) expect(index.get(`word${i}`)).toBeUndefined();
  });
});

describe('prefix terms of every length', () => {
  const taxonomy = TopicTaxonomySchema.parse({
    version: 1,
    topics: { tourism: { en: ['t*'] }, housing: { en: ['fl*'] }, mobility: { en: ['tra*'] }, culture: { en: ['museu*'] } },
    attributes: {},
  });

  it.each<[string, string[]]>([
    ['Tea', ['tourism']],
    ['A flat', ['housing']],
    ['The traffic', ['mobility', 'tourism']],
    ['Museums and trams', ['mobility', 'tourism', 'culture']],
    ['A museo', []],
    ['Fly', ['housing']],
  ])('%s', (text, topics) => {
    expect(tagTopics(text, 'en', taxonomy).topics).toEqual(topics);
  });
});
