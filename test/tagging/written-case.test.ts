import { describe, expect, it } from 'vitest';
import { foldForTokens } from '../../lib/tagging/fold-tokens';
import { caseKeptFold, isCapitalAt } from '../../lib/tagging/written-case';

describe('caseKeptFold', () => {
  it.each([
    ['plain ASCII', 'Corte de luz en Flores'],
    ['accents', 'Àrea Metropolitana, Gràcia i Sant Martí'],
    ['decomposed accents', 'Cafe\u0301 en Bogota\u0301'],
    ["English n't", "DON'T go, it isn't Flores"],
    ['the Catalan l.l', 'COL.LEGI de la Sagrera'],
    ['typographic apostrophes', 'Veïns d’Hospitalet'],
  ])('lines up with the folded text, case kept: %s', (_label, text) => {
    const folded = foldForTokens(text);
    const cased = caseKeptFold(text, folded);
    expect(cased).toBeDefined();
    expect(cased!.toLowerCase()).toBe(folded);
  });

  it('gives up, rather than mislead, when the two do not line up', () => {
    expect(caseKeptFold('Flores', 'flore')).toBeUndefined();
    expect(caseKeptFold('Flores', 'plores')).toBeUndefined();
  });

  it('reads capitals, not other chars', () => {
    const cased = caseKeptFold('en Flores, 3 #la', foldForTokens('en Flores, 3 #la'))!;
    expect(isCapitalAt(cased, 3)).toBe(true);
    expect(isCapitalAt(cased, 0)).toBe(false);
    expect(isCapitalAt(cased, 11)).toBe(false);
    expect(isCapitalAt(cased, 13)).toBe(false);
  });
});
