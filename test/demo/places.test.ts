import { describe, expect, it } from 'vitest';
import { DEMO_PLACES } from '../../lib/demo/places';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { compileProfile, matchProfile } from '../../lib/tagging/match';

const compiled = compileProfile(BARCELONA_PROFILE);
const rows = DEMO_PLACES.flatMap((place) =>
  Object.entries(place.forms).flatMap(([lang, forms]) =>
    (['in', 'of', 'bare'] as const).map((form) => [place.name, lang, form, forms![form]] as const)));

describe('DEMO_PLACES', () => {
  it.each(rows)('%s (%s, %s: "%s") is recognised by the city matcher', (_, __, ___, phrase) => {
    expect(matchProfile(`Ahir ${phrase} va passar una cosa.`, compiled).isMatch).toBe(true);
  });

  it.each([
    ['Raval', 'ca', 'al Raval', 'del Raval'],
    ['Raval', 'es', 'en el Raval', 'del Raval'],
    ['Eixample', 'ca', "a l'Eixample", "de l'Eixample"],
    ['Eixample', 'es', 'en el Eixample', 'del Eixample'],
    ['Hospitalet de Llobregat', 'es', "en L'Hospitalet de Llobregat", "de L'Hospitalet de Llobregat"],
    ['Corts', 'ca', 'a les Corts', 'de les Corts'],
    ['Barceloneta', 'ca', 'a la Barceloneta', 'de la Barceloneta'],
    ['Gràcia', 'en', 'in Gràcia', 'of Gràcia'],
  ] as const)('writes %s in %s with its article: %s / %s', (name, lang, inForm, ofForm) => {
    const forms = DEMO_PLACES.find((p) => p.name === name)!.forms[lang]!;
    expect([forms.in, forms.of]).toEqual([inForm, ofForm]);
  });

  it('leaves out Catalan forms where the article would contract away from the profile term', () => {
    for (const name of ['El Born', 'El Prat de Llobregat']) {
      expect(DEMO_PLACES.find((p) => p.name === name)!.forms.ca).toBeUndefined();
    }
  });
});
