import { describe, expect, it } from 'vitest';
import { CityProfileSchema } from '@/lib/model/city-profile';
import { lowerCaseTerms } from '@/lib/profile/term-audit';
import { compileProfile, termCases } from '@/lib/tagging/match';

const ba = CityProfileSchema.parse({
  version: 1, id: 'buenos-aires', name: 'Buenos Aires', country: 'AR', languages: ['es'],
  timezone: 'America/Argentina/Buenos_Aires', names: ['Buenos Aires'], aliases: ['CABA'],
  neighbourhoods: ['Flores', 'La Boca', 'Palermo', 'Recoleta'], hashtags: ['flores'], everydayWords: ['Once'],
});

describe('termCases', () => {
  it('reports each plain-word term with the case it is written in, as matching finds it', () => {
    const c = compileProfile(ba);
    expect(termCases('Compré flores en Palermo y paseé por la Boca', c)).toEqual([
      { term: 'Flores', capital: false }, { term: 'Palermo', capital: true }, { term: 'La Boca', capital: true },
    ]);
    // Hashtags, acronyms and the everyday words that did not match say nothing of case.
    expect(termCases('#flores de CABA, a las once', c)).toEqual([]);
  });
});

describe('lowerCaseTerms', () => {
  const posts = [
    'Le llevé flores a mi vieja por su cumple',
    'Qué lindas flores en la feria',
    'Flores para el día de la madre, 20 % off',
    'Ramo de flores y bombones',
    'Tercera noche sin luz en Flores',
    'Me duele toda la boca después del dentista',
    'Caminito en La Boca, lleno de turistas',
    'Asado en Palermo con amigos',
    'Palermo Soho a la noche',
    'Vivo en palermo hace años',
    'recoleta es carísima',
  ];

  it('finds the names posts mostly write as a word, with how many and examples', () => {
    const found = lowerCaseTerms(ba, posts);
    expect(found).toEqual([
      {
        term: 'Flores', field: 'neighbourhoods', posts: 5, lowerCase: 3,
        examples: ['Le llevé flores a mi vieja por su cumple', 'Qué lindas flores en la feria'],
      },
    ]);
  });

  it('leaves out names with too few posts, mostly capitalised ones and the everyday words already listed', () => {
    const names = lowerCaseTerms(ba, posts).map((t) => t.term);
    expect(names).not.toContain('La Boca'); // 1 of 2 posts: too few
    expect(names).not.toContain('Palermo'); // 1 of 3 in lower case
    expect(names).not.toContain('Recoleta'); // 1 post
    expect(lowerCaseTerms(ba, ['a las once', 'once y media', 'las once en punto', 'hasta las once'])).toEqual([]);
    // A demonym the profile writes in lower case is meant to be written so.
    const withDemonym = { ...ba, aliases: ['porteños'] };
    expect(lowerCaseTerms(withDemonym, ['los porteños', 'somos porteños', 'porteños de ley'])).toEqual([]);
  });

  it('shortens a long post around the word', () => {
    const long = `${'Una mañana larga de trámites y colas en el banco, '.repeat(4)}y al final compré flores para casa. ${'Nada más que contar. '.repeat(5)}`;
    const [flores] = lowerCaseTerms(ba, [long, long, long]);
    expect(flores.examples[0].startsWith('…')).toBe(true);
    expect(flores.examples[0]).toContain('compré flores para casa');
    expect(flores.examples[0].length).toBeLessThanOrEqual(92);
  });
});
