import { describe, expect, it } from 'vitest';
import { CityProfileSchema } from '../../lib/model/city-profile';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { compileProfile, matchProfile } from '../../lib/tagging/match';
import { QuerySyntaxError } from '../../lib/tagging/query';

const bcn = compileProfile(BARCELONA_PROFILE);
const withQuery = (query: string) => compileProfile({ ...BARCELONA_PROFILE, query });

describe('matchProfile on the Barcelona profile', () => {
  it.each([
    ['Barcelona', 'Visitamos Barcelona este verano', ['Barcelona']],
    ['upper case, no accents', 'BARCELONA i SANTS-MONTJUIC', ['Barcelona', 'Sants-Montjuïc']],
    ['accents added', 'Paseo por Gracia y Sarria-Sant Gervasi', ['Sarrià-Sant Gervasi', 'Gràcia']],
    ['alias', 'Tornant a BCN després de vacances', ['BCN']],
    ['exonym', 'Nous partons à Barcelone demain', ['Barcelone']],
    ['Catalan article l\'', "Inundacions a l'Hospitalet de Llobregat", ["L'Hospitalet de Llobregat"]],
    ['Catalan d\' with typographic apostrophe', 'Veïns d’Hospitalet de Llobregat protesten', ["L'Hospitalet de Llobregat"]],
    ['Spanish form', 'Vecinos de Hospitalet de Llobregat protestan', ["L'Hospitalet de Llobregat"]],
    ['bare alias', 'Obras en Hospitalet', ["L'Hospitalet"]],
    ['hashtag', 'Quin dia! #Barcelona', ['Barcelona']],
    ['hashtag list entry', 'Sunset #BarcelonaCity', ['#BarcelonaCity']],
    ['hashtag of a multi-word name', 'Passeig per #LesCorts', ['Les Corts']],
    ['handle', 'Gràcies @bcn_ajuntament', ['@bcn_ajuntament']],
    ['official', 'Declaraciones de Jaume Collboni hoy', ['Jaume Collboni']],
    ['neighbourhood and district', 'El Raval i Ciutat Vella', ['Ciutat Vella', 'El Raval']],
    ['Ciutat Comtal', 'La Ciutat Comtal es desperta', ['Ciutat Comtal']],
    ['article fused with a preposition', 'Un bar del Born i un altre al Raval', ['El Raval', 'El Born']],
    ['fused article, Spanish', 'Vuelos del Prat', ['El Prat']],
    ['acronym in capitals', "L'AMB aprova el pressupost", ['AMB']],
    ['acronym as a lower-case hashtag', 'Platges #amb', ['AMB']],
    ['acronym BCN in capitals', 'Back in BCN', ['BCN']],
    ['middle dot variants', 'Santa Coloma de Gramenet', ['Santa Coloma de Gramenet']],
  ])('%s', (_label, text, expected) => {
    const m = matchProfile(text, bcn);
    expect(m.matched).toEqual(expected);
    expect(m.isMatch).toBe(true);
  });

  it.each([
    ['longer word', 'Barcelonatta is a brand'],
    ['prefix inside a word', 'El barcelonisme celebra la lliga'],
    ['Raval as a suffix', 'Ravalet'],
    ['other city', 'Madrid y Valencia'],
    ['El Prat inside another name', 'elprat'],
    ['acronym AMB as the Catalan word amb', 'Sopar amb amics'],
  ])('no match: %s', (_label, text) => {
    const m = matchProfile(text, bcn);
    expect(m.matched).toEqual([]);
    expect(m.isMatch).toBe(false);
  });

  it('excludes the football club', () => {
    const m = matchProfile('FC Barcelona won 3-0 tonight', bcn);
    expect(m).toEqual({ matched: [], excluded: ['FC Barcelona'], isMatch: false });
  });

  it.each([
    ['F.C. Barcelona gana la Liga', 'F.C. Barcelona'],
    // Both spellings fold to one phrase: the first in the profile is reported.
    ['El Fútbol Club Barcelona ficha a un delantero', 'Futbol Club Barcelona'],
    ['Barcelona SC venció en Guayaquil', 'Barcelona SC'],
    ["L'Espanyol de Barcelona perd", 'Espanyol de Barcelona'],
  ])('excludes %s', (text, exclusion) => {
    const m = matchProfile(text, bcn);
    expect(m.excluded).toEqual([exclusion]);
    expect(m.isMatch).toBe(false);
  });

  it.each([
    ['Qué gracia me hace este vídeo', false],
    ['Ese cómico no tiene ninguna gracia', false],
    ['Los problemas que tiene Gracia con el ruido', true],
    ['Me hizo gracia el cartel', false],
    ['Fiesta Mayor de Gràcia este fin de semana', true],
    ['Sin coches, Gracia respira mejor', true],
    ['Me encanta la gente en Gràcia', true],
    ['Les Corts limita con Gracia y Sarrià', true],
    ['Su chiste no me cayó en gracia', false],
    ['Quina gràcia que té la nena', false],
    ['Em fa gràcia el nou cartell de la festa', false],
    ['Els problemes que té Gràcia amb el soroll', true],
    // The idiom is excluded, the district next to it still counts.
    ['Qué gracia tiene la Fiesta Mayor de Gràcia', true],
  ])('tells the word "gracia" from the Gràcia district: %s', (text, isMatch) => {
    expect(matchProfile(text, bcn).isMatch).toBe(isMatch);
  });

  it.each([
    ['Obras en la Rambla y en el Park Güell este verano', ['La Rambla', 'Park Güell']],
    ['Concert a Sants i a la Vila Olímpica', ['Sants', 'Vila Olímpica']],
    ['Festa major de Santa Coloma de Cervelló', ['Santa Coloma de Cervelló']],
    ['Si è fumato il cervello', []],
    ['Demà és Tots Sants', []],
    ['Vivo en Horta desde hace 20 años', ['Horta']],
    ["Tomàquets de l'horta de casa", []],
    ["Els veïns d'Horta protesten", ['Horta']],
    ["Els pagesos de l'Horta Nord", []],
    ['Besos a todos, guapas', []],
    ['Ens veiem a Cornellà i després a Sant Cugat', ['Cornellà', 'Sant Cugat']],
    ['Obras en Via Augusta y en la Diagonal', ['la Diagonal', 'Via Augusta']],
    ['Draw a diagonal line across the square', []],
    ['Acampada de estudiantes de la UAB', ['UAB']],
    ['Un forum sobre urbanismo', []],
    ['Protecció Civil activa el pla INUNCAT al Barcelonès', ['Barcelonès']],
    ['La calle Joaquín Costa a las 9 de la mañana es un asco', ['Joaquín Costa']],
    ['Dissabte al matí a la Prosperitat', ['Prosperitat']],
    // Barris of the metropolitan towns and the city's venues and fairs.
    ['Tercera nit de contenidors cremats a Sant Roc', ['Sant Roc']],
    ['El cole de mi hija en Sant Ildefons sigue en barracones', ['Sant Ildefons']],
    ['Urgencias de Can Ruti al límite', ['Can Ruti']],
    ["Primer dia de rebaixes al Portal de l'Àngel", ["Portal de l'Àngel"]],
    ['Hotel rates double during Primavera Sound', ['Primavera Sound']],
    ['Arribamos a la cruïlla y giramos a la izquierda', []],
    ['Hay que tocar fondo para remontar', []],
    ['Vive en La Florida, cerca de Miami', []],
    // Demonyms, museums and streets people name instead of the city.
    ['Las playas barcelonesas renuevan la bandera azul', ['barcelonesas']],
    ['El 26% dels barcelonins ja han nascut a fora', ['barcelonins']],
    ['Quiosc de la Rambla de Catalunya obert tota la nit', ['La Rambla de Catalunya']],
    ['Patinets per Rambla de Catalunya', ['Rambla de Catalunya']],
    ['Tarde de lluvia en CosmoCaixa con los niños', ['CosmoCaixa']],
    ['Cua de dues hores al MNAC', ['MNAC']],
    ['Ens veiem el 22 de març, a les 22 h', []],
    ['El barcelonismo está de luto', []],
  ])('finds barris and landmarks, not look-alike words: %s', (text, matched) => {
    expect(matchProfile(text, bcn).matched).toEqual(matched);
  });

  it('keeps a real mention next to an exclusion', () => {
    const m = matchProfile("FC Barcelona's stadium works block traffic in Barcelona's Les Corts", bcn);
    expect(m.excluded).toEqual(['FC Barcelona']);
    expect(m.matched).toEqual(['Barcelona', 'Les Corts']);
    expect(m.isMatch).toBe(true);
  });

  it('compiles every profile field, including custom ones', () => {
    const p = CityProfileSchema.parse({
      version: 1, id: 'valencia', name: 'València', country: 'ES', languages: ['ca', 'es'],
      timezone: 'Europe/Madrid', names: ['València', 'Valencia'], ownAccounts: ['@ajuntamentvlc'],
      hashtags: ['#VLC'], exclusions: ['Valencia CF'],
    });
    const c = compileProfile(p);
    expect(matchProfile('Nit a VALÈNCIA', c).matched).toEqual(['València']);
    expect(matchProfile('@AjuntamentVLC respon', c).matched).toEqual(['@ajuntamentvlc']);
    expect(matchProfile('#vlc', c).matched).toEqual(['#VLC']);
    expect(matchProfile('El Valencia CF empata', c).isMatch).toBe(false);
  });
});

describe('matchProfile with a profile query', () => {
  it('query refines the gazetteer: both must hold', () => {
    const c = withQuery('turisme OR turismo OR tourism');
    expect(matchProfile('El turisme a Barcelona creix', c).isMatch).toBe(true);
    expect(matchProfile('Plou a Barcelona', c).isMatch).toBe(false);
    // The query alone never matches a text that names no profile term.
    expect(matchProfile('El turisme a Girona creix', c).isMatch).toBe(false);
  });

  it('NOT filters out texts', () => {
    const c = withQuery('NOT (Messi OR Liga)');
    expect(matchProfile('Messi vuelve a Barcelona', c).isMatch).toBe(false);
    expect(matchProfile('Tráfico en Barcelona', c).isMatch).toBe(true);
  });

  it('words inside an exclusion are invisible to the query', () => {
    const c = withQuery('Barcelona NEAR/3 traffic');
    expect(matchProfile('FC Barcelona traffic jam near Les Corts', c).isMatch).toBe(false);
    expect(matchProfile('Heavy traffic in central Barcelona today', c).isMatch).toBe(true);
  });

  it('a broken query stops compilation with its position', () => {
    expect(() => withQuery('turisme AND (')).toThrow(QuerySyntaxError);
    try {
      withQuery('turisme AND (');
    } catch (e) {
      expect((e as QuerySyntaxError).detail.position).toBe(13);
    }
  });

  it('a blank query is no query', () => {
    expect(matchProfile('Barcelona', withQuery('   ')).isMatch).toBe(true);
  });
});

describe('matchProfile with place names that are also everyday words', () => {
  // Buenos Aires: Flores and La Boca are barrios, and words any post may hold.
  const ba = compileProfile(CityProfileSchema.parse({
    version: 1, id: 'buenos-aires', name: 'Buenos Aires', country: 'AR', languages: ['es'],
    timezone: 'America/Argentina/Buenos_Aires', names: ['Buenos Aires'], neighbourhoods: ['Palermo'],
    everydayWords: ['Flores', 'La Boca', 'Villa del Parque', 'providencia', 'El Coll'],
  }));

  it.each([
    ['the barrio, capitalised', 'Tercera noche sin luz en Flores y nadie atiende', ['Flores']],
    ['at the start of a sentence', 'Flores amaneció sin agua otra vez', ['Flores']],
    ['in capitals', 'CORTE DE LUZ EN FLORES', ['Flores']],
    ['with its article in lower case', 'De Retiro a la Boca sin un semáforo', ['La Boca']],
    ['accent-insensitive still', 'Vivo en Villa del Parque desde chico', ['Villa del Parque']],
    ['listed in lower case: its last word capitalised', 'Los vecinos de Providencia protestan', ['providencia']],
    ['a capitalised hashtag', 'Atardecer en #Flores', ['Flores']],
    ['the spaceless hashtag of a multi-word name', 'Caminito #LaBoca', ['La Boca']],
    ['the article fused with a preposition', 'Veïns del Coll sense ascensor', ['El Coll']],
  ])('counts %s', (_label, text, expected) => {
    const m = matchProfile(text, ba);
    expect(m.matched).toEqual(expected);
    expect(m.isMatch).toBe(true);
  });

  it.each([
    ['the word', 'Le llevé flores a mi vieja por su cumple'],
    ['a phrase with the same words', 'Me duele toda la boca después del dentista'],
    ['a capitalised article with the word in lower case', 'La boca me sabe a metal'],
    ['a lower-case hashtag', 'Primavera #flores #jardin'],
    ['a lower-case spaceless hashtag', 'Gracias #laboca'],
    ['the word, listed in lower case', 'La divina providencia me salvó hoy'],
    ['the fused article with the word in lower case', 'Em fa mal el coll i la veu'],
  ])('does not count %s', (_label, text) => {
    const m = matchProfile(text, ba);
    expect(m.matched).toEqual([]);
    expect(m.isMatch).toBe(false);
  });

  it('reads the capital where folding changes the text length (n\'t, l.l, accents)', () => {
    expect(matchProfile("Don't miss the market in Flores, col.legues", ba).matched).toEqual(['Flores']);
    expect(matchProfile("Don't buy flores here, col.legues", ba).matched).toEqual([]);
    // A decomposed accent (e + combining acute) before the name shifts nothing.
    expect(matchProfile('Cafe\u0301 en Flores', ba).matched).toEqual(['Flores']);
  });

  it('keeps the other terms case-insensitive, and a term listed twice counts as its other list says', () => {
    expect(matchProfile('paseo por palermo', ba).matched).toEqual(['Palermo']);
    const both = compileProfile(CityProfileSchema.parse({
      version: 1, id: 'ba2', name: 'Buenos Aires', country: 'AR', languages: ['es'], timezone: 'UTC',
      names: ['Buenos Aires'], neighbourhoods: ['Flores'], everydayWords: ['Flores'],
    }));
    expect(matchProfile('compré flores', both).matched).toEqual(['Flores']);
  });
});
