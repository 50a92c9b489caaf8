import { describe, expect, it } from 'vitest';
import type { Author } from '../../lib/model/mention';
import type { Platform, Stakeholder } from '../../lib/model/taxonomy';
import {
  StakeholderSignalsSchema, compileSignals, inferStakeholder,
} from '../../lib/tagging/stakeholder';

describe('inferStakeholder', () => {
  it.each<[string, Author | undefined, string, Platform, Stakeholder]>([
    // official
    ['ca: city council account', { handle: 'bcn_ajuntament', name: 'Ajuntament de Barcelona', verified: true }, 'https://x.com/bcn_ajuntament/status/1', 'x', 'official'],
    ['es: councillor in the bio', { handle: 'mgarcia', name: 'María García', bio: 'Concejala de Movilidad del Ayuntamiento de Badalona' }, '', 'x', 'official'],
    ['ca: mayor', { handle: 'alcaldessa_sbd', name: 'Alcaldessa de Sabadell' }, '', 'bluesky', 'official'],
    ['en: government site', { name: 'Press office', url: 'https://www.gencat.cat/en' }, '', 'web', 'official'],
    ['ca: police', { handle: 'mossos', name: 'Mossos d’Esquadra' }, '', 'x', 'official'],
    // media
    ['es: journalist', { handle: 'jperez', name: 'Juan Pérez', bio: 'Periodista en El Periódico. Opiniones propias.' }, '', 'x', 'media'],
    // A person describing themselves is a citizen even when the bio names an institution.
    ['ca: student whose bio names a university and a rail service', { handle: 'laiaf', name: 'Laia Ferrer', bio: 'Estudiant de bioquímica a la UB. Cafè, Rodalies i queixes.' }, '', 'bluesky', 'citizen'],
    // "Official account" says an organisation speaks, not that it is the government.
    ['ca: a club\'s official account', { handle: 'uesants', name: 'UE Sants', bio: 'Compte oficial. Futbol al barri des de 1922.' }, '', 'x', 'sport'],
    ['ca: fact-checkers', { handle: 'verifica', name: 'Verifica', bio: 'Verificació de dades i desinformació en català.' }, '', 'mastodon', 'media'],
    ['ca: a parish', { handle: 'santmedir.parroquia', name: 'Parròquia de Sant Medir' }, '', 'instagram', 'civil_society'],
    ['it: a foreign chamber of commerce', { name: 'Camera di Commercio Italiana di Barcellona' }, '', 'linkedin', 'international'],
    ['es: a port authority', { handle: 'port_bcn', name: 'Autoridad Portuaria de Barcelona', verified: true }, '', 'x', 'official'],
    ['ca: news page', undefined, 'https://www.lavanguardia.com/local/barcelona/20250101/noticia.html', 'news', 'media'],
    ['en: news domain of the author', { name: 'Catalan News', url: 'https://www.catalannews.com' }, '', 'mastodon', 'media'],
    ['en: reporter', { handle: 'anna_r', name: 'Anna R.', bio: 'Reporter covering cities and housing' }, '', 'bluesky', 'media'],
    // academia
    ['ca: university', { handle: 'UniBarcelona', name: 'Universitat de Barcelona' }, '', 'x', 'academia'],
    ['en: researcher with .edu site', { name: 'Dr Laura Vidal', bio: 'Researcher in urban mobility', url: 'https://people.upf.edu/lvidal' }, '', 'bluesky', 'academia'],
    ['es: professor', { name: 'Jordi Puig', bio: 'Catedrático de Geografía Urbana, Universidad Autónoma' }, '', 'x', 'academia'],
    ['ca: a public school', { name: 'Escola Pública Els Horts' }, '', 'facebook', 'academia'],
    // A reader-letters page says who wrote it; a byline's role outweighs the news site.
    ['es: a reader\'s letter', { name: 'Teresa Bofill Sala' }, 'https://www.lavanguardia.com/opinion/cartas-al-director/20250422/10578214/sorolls.html', 'news', 'citizen'],
    ['ca: a reader\'s letter from a club member', { name: 'Jordi Serra i Pujol, soci del FC Barcelona' }, 'https://www.elnacional.cat/ca/opinio/cartes-lectors-camp-nou_1367204_102.html', 'news', 'citizen'],
    ['ca: an opinion piece by a professor', { name: "Albert Ferrer, catedràtic d'Economia Aplicada (UB)" }, 'https://www.ara.cat/opinio/turisme-ciutat_129_5027741.html', 'news', 'academia'],
    ['ca: a news byline with no role', { name: 'Laura Pinyol' }, 'https://www.ara.cat/societat/barcelona-habitatge_1_4987654.html', 'news', 'media'],
    ['ca: "amb" (with) in a bio is no metropolitan body', { handle: 'pere', name: 'Pere', bio: 'Visc a Gràcia amb la meva gata' }, '', 'x', 'citizen'],
    ['ca: a teacher in her own words', { handle: 'sergi.quimica', name: 'Sergi', bio: 'Profe de química a un institut de Nou Barris' }, '', 'tiktok', 'academia'],
    ['it: an Erasmus student is a citizen', { handle: 'sofi.in.gracia', name: 'Sofia R.', bio: 'Studentessa Erasmus alla UPF' }, '', 'instagram', 'citizen'],
    ['ca: a goalkeeper', { handle: 'sergi_gk1', name: 'Sergi Alcaraz', bio: 'Porter del @UESantAndreu' }, '', 'x', 'sport'],
    ['ca: a foreign tourism office', { handle: 'visitportugal_es', name: 'Visit Portugal', bio: 'Oficina de Turisme de Portugal a Espanya' }, '', 'instagram', 'international'],
    ['ca: a freelance journalist who says where she writes', { handle: 'annaroca', name: 'Anna Roca', bio: 'Freelance. Habitatge i ciutat. Escric a El Crític.' }, '', 'bluesky', 'media'],
    // civil society
    ['ca: foundation', { handle: 'fundacioarrels', name: 'Fundació Arrels' }, '', 'x', 'civil_society'],
    ['es: neighbours association', { name: 'Asociación de Vecinos del Raval' }, '', 'facebook', 'civil_society'],
    ['en: NGO', { name: 'Streets for All', bio: 'Non-profit campaigning for safer streets' }, '', 'x', 'civil_society'],
    // sport
    ['ca: football club', { handle: 'FCBarcelona_cat', name: 'FC Barcelona', verified: true }, '', 'x', 'sport'],
    ['es: basketball club', { name: 'Club Joventut Badalona', bio: 'Club de baloncesto' }, '', 'instagram', 'sport'],
    ['en: marathon', { handle: 'zurichmarato', name: 'Zurich Marató Barcelona' }, 'https://www.zurichmaratobarcelona.es', 'web', 'sport'],
    // culture
    ['ca: museum', { handle: 'museupicasso', name: 'Museu Picasso' }, '', 'x', 'culture'],
    ['es: theatre', { name: 'Teatro Poliorama' }, '', 'instagram', 'culture'],
    ['en: festival', { name: 'Sónar Festival', url: 'https://sonar.es' }, '', 'x', 'culture'],
    // international
    ['es: consulate', { handle: 'ConsuladoMX_BCN', name: 'Consulado de México en Barcelona' }, '', 'x', 'international'],
    ['en: city network', { name: 'Eurocities', url: 'https://eurocities.eu' }, '', 'linkedin', 'international'],
    ['en: UN agency', { name: 'UN-Habitat', url: 'https://unhabitat.org' }, '', 'x', 'international'],
    // business
    ['es: company', { name: 'Inmobiliaria Casas BCN S.L.' }, '', 'facebook', 'business'],
    ['en: founder', { name: 'Marc Soler', bio: 'CEO & founder of a mobility startup' }, '', 'linkedin', 'business'],
    ['ca: shop', { name: 'Botiga Can Manel', bio: 'Botiga de barri des de 1950' }, '', 'instagram', 'business'],
    // citizens
    ['ca: plain person', { handle: 'laia_88', name: 'Laia' }, '', 'x', 'citizen'],
    ['en: a fan is not a club', { handle: 'pep_m', name: 'Pep', bio: 'Fan del FC Barcelona i del bon menjar' }, '', 'x', 'citizen'],
    ['es: student', { handle: 'lucia', name: 'Lucía', bio: 'Estudiante de enfermería' }, '', 'instagram', 'citizen'],
    // A longer phrase of one group beats a word of another inside it.
    ['ca: shopkeepers association', { name: 'Associació de Botiguers de Sant Medir' }, '', 'facebook', 'business'],
    ['ca: neighbours association', { name: 'Associació de Veïns del Clot' }, '', 'facebook', 'civil_society'],
    // A parody account of an institution is a private person.
    ['ca: parody of the mayor', { handle: 'AlcaldeFakeBCN', name: "L'Alcalde de Mentida (paròdia)", bio: "No sóc l'alcalde ni cap regidor de l'Ajuntament" }, '', 'x', 'citizen'],
    ['it: consulate', { name: "Consolato Generale d'Italia a Barcellona" }, '', 'facebook', 'international'],
    ['ca: party', { handle: 'ercbarcelona', name: 'ERC Barcelona' }, '', 'bluesky', 'official'],
    ['en: scientist', { handle: 'carnaudet', name: 'Carles A.', bio: 'Climate scientist at a research centre in Barcelona' }, '', 'mastodon', 'academia'],
  ])('%s', (_label, author, url, platform, expected) => {
    const guess = inferStakeholder(author, url, platform);
    expect(guess?.group).toBe(expected);
    expect(guess!.confidence).toBeGreaterThanOrEqual(0);
    expect(guess!.confidence).toBeLessThanOrEqual(1);
  });

  it('gives a plain social account low confidence and a clear institution high confidence', () => {
    const plain = inferStakeholder({ handle: 'laia_88', name: 'Laia' }, '', 'x')!;
    const council = inferStakeholder(
      { handle: 'bcn_ajuntament', name: 'Ajuntament de Barcelona', verified: true, url: 'https://ajuntament.barcelona.cat' },
      '', 'x',
    )!;
    expect(plain.confidence).toBeLessThanOrEqual(0.3);
    expect(council.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('knows nothing about an anonymous web page', () => {
    expect(inferStakeholder(undefined, 'https://example.org/page', 'web')).toBeUndefined();
  });

  it('takes a custom signal table', () => {
    const custom = compileSignals(StakeholderSignalsSchema.parse({
      version: 1,
      groups: { culture: { words: ['casal'] } },
      socialPlatforms: ['x'],
    }));
    expect(inferStakeholder({ name: 'Casal de Joves' }, '', 'x', custom)?.group).toBe('culture');
    expect(inferStakeholder({ name: 'Museu Picasso' }, '', 'x', custom)?.group).toBe('citizen');
  });
});
