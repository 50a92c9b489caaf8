import { describe, expect, it } from 'vitest';
import { asTitle, capitalizeSentences, fillTemplate, joinParts } from '../../lib/demo/compose-text';

const slots = { p: 'al Raval', d: 'del Raval', n: 'el Raval', c: 'BCN', C: 'Barcelona', t: 'ahir a la nit' };

describe('fillTemplate', () => {
  it.each([
    ['{n} sembla un abocador.', 'El Raval sembla un abocador.'],
    ['{t} han assaltat dos comerços {p}.', 'Ahir a la nit han assaltat dos comerços al Raval.'],
    ['Els carrers {d} són nets. {n} brilla.', 'Els carrers del Raval són nets. El Raval brilla.'],
    ['Què passa a {c}? {t} hi va haver trets.', 'Què passa a BCN? Ahir a la nit hi va haver trets.'],
    ['Ple de {C}.', 'Ple de Barcelona.'],
  ])('%s → %s', (template, expected) => {
    expect(fillTemplate(template, slots)).toBe(expected);
  });
});

describe('capitalizeSentences', () => {
  it.each([
    ['¿qué pasa? ¡otra vez!', '¿Qué pasa? ¡Otra vez!'],
    ['1.400 euros. el pis és car.', '1.400 euros. El pis és car.'],
    ['el 7,8 % de l\'atur', 'El 7,8 % de l\'atur'],
    ['@bcn_ajuntament què fareu?', '@bcn_ajuntament què fareu?'],
  ])('%s → %s', (input, expected) => {
    expect(capitalizeSentences(input)).toBe(expected);
  });
});

describe('joinParts and asTitle', () => {
  it('joins non-empty parts with one space', () => {
    expect(joinParts([undefined, 'Un.', '', '  ', 'Dos.'])).toBe('Un. Dos.');
  });

  it.each([
    ['Otro robo en el Raval. Los vecinos están hartos.', 'Otro robo en el Raval'],
    ['Qué pasa en BCN? Nadie lo sabe.', 'Qué pasa en BCN?'],
    ['Sin punto final', 'Sin punto final'],
  ])('asTitle(%s) = %s', (sentence, expected) => {
    expect(asTitle(sentence)).toBe(expected);
  });
});
