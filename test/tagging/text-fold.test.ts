import { describe, expect, it } from 'vitest';
import { foldText, tokenizeUncached } from '../../lib/tagging/text-fold';

// Texts with Latin accents take a char-by-char fold; texts with other scripts or loose
// combining marks take the Unicode NFD path. Both must give the words a user searches for.
describe('tokenizeUncached folding', () => {
  it.each<[string, string[]]>([
    ['Plaça de l’Àngel, ¡qué guapa!', ['placa', 'de', 'angel', 'que', 'guapa']],
    ['Ça coûte `cher´ à Montréal 😀👍🏽', ['ca', 'coute', 'cher', 'a', 'montreal']],
    ['L’Hospitalet i Sant Adrià: col.legi', ['hospitalet', 'i', 'sant', 'adria', 'col·legi']],
    ['Àrea metropolitana · Barça didn’t win', ['area', 'metropolitana', 'barca', 'did', 'not', 'win']],
    ['e\u0301s Ελληνικά ΟΔΟΣ café', ['es', 'ελληνικα', 'οδος', 'cafe']],
    ['Ǖber Ærø Øresund ß', ['uber', 'ærø', 'øresund', 'ß']],
  ])('%s', (text, words) => {
    expect(tokenizeUncached(text).words).toEqual(words);
  });

  it('folds like foldText on accented Latin text', () => {
    const text = 'Mañana en Gràcia: pingüino, crème brûlée, São Paulo';
    expect(tokenizeUncached(text).words.join(' ')).toBe(foldText(text).replace(/[^\p{L}\p{N}·]+/gu, ' ').trim());
  });
});
