import type { Author } from '../model/mention';
import type { Stakeholder } from '../model/taxonomy';
import type { DemoLang } from './phrasebook';
import type { Rng } from './prng';

/** An organisation that posts in the demo; name and bio say which stakeholder group it is. */
export interface DemoOrg {
  group: Exclude<Stakeholder, 'citizen'>;
  name: string;
  /** Made-up handle, except the city's own public accounts listed in the profile. */
  handle: string;
  bio: string;
  langs: readonly DemoLang[];
  verified?: boolean;
  /** Web site for `web` posts: made-up paths under /demo/. */
  site?: string;
}

/** A news outlet: its articles appear as `news` items under a /demo/ path of its domain. */
export interface DemoOutlet {
  name: string;
  domain: string;
  lang: DemoLang;
  /** Section path of local news. */
  section: string;
}

/** Outlets whose local sections carry the demo's news items (real names, made-up /demo/ articles). */
export const DEMO_OUTLETS: readonly DemoOutlet[] = [
  { name: 'La Vanguardia', domain: 'www.lavanguardia.com', lang: 'es', section: 'local/barcelona' },
  { name: 'La Vanguardia', domain: 'www.lavanguardia.com', lang: 'ca', section: 'encatala/local' },
  { name: 'El Periódico', domain: 'www.elperiodico.com', lang: 'es', section: 'es/barcelona' },
  { name: 'El Periódico', domain: 'www.elperiodico.com', lang: 'ca', section: 'ca/barcelona' },
  { name: '20minutos', domain: 'www.20minutos.es', lang: 'es', section: 'barcelona' },
  { name: 'El País', domain: 'elpais.com', lang: 'es', section: 'espana/catalunya' },
  { name: 'Ara', domain: 'www.ara.cat', lang: 'ca', section: 'societat' },
  { name: 'betevé', domain: 'beteve.cat', lang: 'ca', section: 'noticies' },
  { name: 'El Nacional', domain: 'www.elnacional.cat', lang: 'ca', section: 'ca/barcelona' },
  { name: 'Catalan News', domain: 'www.catalannews.com', lang: 'en', section: 'society-science' },
  { name: 'The Local Spain', domain: 'www.thelocal.es', lang: 'en', section: 'barcelona' },
  { name: 'Público', domain: 'www.publico.pt', lang: 'pt', section: 'mundo' },
  { name: 'Le Monde', domain: 'www.lemonde.fr', lang: 'fr', section: 'international' },
  { name: 'Corriere della Sera', domain: 'www.corriere.it', lang: 'it', section: 'esteri' },
];

const CA_ES: readonly DemoLang[] = ['ca', 'es'];

/** Organisations of every non-citizen stakeholder group, with the languages they post in. */
export const DEMO_ORGS: readonly DemoOrg[] = [
  // The city's own public accounts, as listed in the profile.
  { group: 'official', name: 'Ajuntament de Barcelona', handle: 'bcn_ajuntament', bio: 'Compte oficial de l\'Ajuntament de Barcelona.', langs: ['ca', 'es', 'en'], verified: true },
  { group: 'official', name: 'Barcelona', handle: 'barcelona_cat', bio: 'Informació oficial de la ciutat de Barcelona.', langs: ['ca', 'es', 'en'], verified: true },
  { group: 'official', name: 'Àrea Metropolitana de Barcelona', handle: 'AMB_info', bio: 'Administració pública metropolitana: transport, medi ambient i habitatge.', langs: CA_ES, verified: true },
  { group: 'official', name: 'Districte de Gràcia', handle: 'districte_gracia_info', bio: 'Compte del Districte de Gràcia. Ajuntament de Barcelona.', langs: CA_ES },
  { group: 'official', name: 'Districte de Nou Barris', handle: 'noubarris_districte', bio: 'Informació del Districte de Nou Barris.', langs: CA_ES },
  { group: 'official', name: 'Guàrdia Urbana BCN (avisos)', handle: 'gub_avisos_bcn', bio: 'Policia local. Avisos de trànsit i seguretat.', langs: CA_ES },
  { group: 'official', name: 'Ajuntament de l\'Hospitalet', handle: 'lh_ajuntament_info', bio: 'Ajuntament. Informació municipal.', langs: CA_ES },
  // Businesses.
  { group: 'business', name: 'Forn Sant Antoni', handle: 'forn_santantoni', bio: 'Fleca artesana des de 1962. Comerç de proximitat.', langs: ['ca'], site: 'www.fornsantantoni-demo.cat' },
  { group: 'business', name: 'Gremi de Comerciants del Poblenou', handle: 'comerc_poblenou', bio: 'Associació de comerciants i empreses del barri.', langs: CA_ES },
  { group: 'business', name: 'Hotel Mirador Montjuïc', handle: 'hotelmiradormjc', bio: 'Hotel boutique. Reservas y eventos.', langs: ['es', 'en'] },
  { group: 'business', name: 'Poblenou Startup Hub', handle: 'pn_startuphub', bio: 'Coworking and startup accelerator. Tech company community.', langs: ['en', 'es'], site: 'www.pnstartuphub-demo.com' },
  { group: 'business', name: 'Restaurante La Barra de Gràcia', handle: 'labarragracia', bio: 'Restaurante de cocina mediterránea. Reservas por DM.', langs: ['es'] },
  { group: 'business', name: 'Cambra de Comerç Metropolitana', handle: 'cambra_metro_info', bio: 'Empreses i comerç de l\'àrea metropolitana.', langs: CA_ES },
  // Universities and schools.
  { group: 'academia', name: 'Universitat de Barcelona', handle: 'ub_noticies_demo', bio: 'Universitat pública. Recerca i docència.', langs: ['ca', 'es', 'en'], verified: true, site: 'www.ub.edu' },
  { group: 'academia', name: 'Universitat Politècnica de Catalunya', handle: 'upc_actualitat', bio: 'Universitat pública d\'enginyeria, arquitectura i ciència.', langs: ['ca', 'en'], verified: true },
  { group: 'academia', name: 'Urban Research Lab', handle: 'urbanresearchlab', bio: 'University research group on cities, housing and mobility.', langs: ['en'] },
  { group: 'academia', name: 'Institut Escola del Besòs', handle: 'ie_besos', bio: 'Escola pública. Educació infantil, primària i secundària.', langs: ['ca'] },
  // Cultural bodies.
  { group: 'culture', name: 'Teatre del Raval', handle: 'teatre_raval_demo', bio: 'Sala de teatre i arts escèniques.', langs: CA_ES },
  { group: 'culture', name: 'Ateneu de Nou Barris', handle: 'ateneu_9b', bio: 'Ateneu popular. Circ, música i cultura de barri.', langs: ['ca'] },
  { group: 'culture', name: 'Museu d\'Art del Poblenou', handle: 'museu_art_pn', bio: 'Museu d\'art contemporani. Exposicions i activitats.', langs: ['ca', 'es', 'en'], site: 'www.museuartpn-demo.cat' },
  { group: 'culture', name: 'Festival de Jazz de Gràcia', handle: 'jazzgracia_fest', bio: 'Festival de música. Cultura a la ciutat.', langs: CA_ES },
  // Civil society: neighbourhood associations and NGOs.
  { group: 'civil_society', name: 'Associació de Veïns del Raval', handle: 'avv_raval', bio: 'Associació de veïns i veïnes del barri del Raval.', langs: CA_ES, site: 'www.avvraval-demo.cat' },
  { group: 'civil_society', name: 'Asociación Vecinal de Nou Barris', handle: 'av_noubarris', bio: 'Asociación vecinal. Defendemos el barrio.', langs: ['es', 'ca'] },
  { group: 'civil_society', name: 'Plataforma per un Habitatge Digne', handle: 'habitatge_digne', bio: 'Entitat sense ànim de lucre pel dret a l\'habitatge.', langs: CA_ES, site: 'www.habitatgedigne-demo.org' },
  { group: 'civil_society', name: 'Fundació Mans Obertes', handle: 'mansobertes_ong', bio: 'ONG. Acció social i voluntariat.', langs: CA_ES },
  { group: 'civil_society', name: 'Bicicleta Club Metropolità', handle: 'bici_club_metro', bio: 'Entitat ciclista. Per una mobilitat sostenible.', langs: ['ca'] },
  // Local media on social networks.
  { group: 'media', name: 'Diari del Poblenou', handle: 'diari_poblenou', bio: 'Mitjà de comunicació local. Notícies del barri.', langs: ['ca'] },
  { group: 'media', name: 'Ràdio Gràcia Notícies', handle: 'radiogracia_news', bio: 'Ràdio i diari digital de Gràcia.', langs: ['ca'] },
  { group: 'media', name: 'BCN Info Diario', handle: 'bcninfodiario', bio: 'Periódico digital. Noticias de Barcelona y el área metropolitana.', langs: ['es'] },
  { group: 'media', name: 'Barcelona Weekly', handle: 'bcnweekly_news', bio: 'English-language news magazine about the city.', langs: ['en'] },
  // International bodies.
  { group: 'international', name: 'Mediterranean Cities Network', handle: 'medcities_net', bio: 'International organisation of Mediterranean cities.', langs: ['en', 'fr', 'it'], site: 'www.medcitiesnet-demo.org' },
  { group: 'international', name: 'European Urban Forum', handle: 'eu_urban_forum', bio: 'European network of city governments.', langs: ['en', 'fr'] },
  { group: 'international', name: 'Consulado General de Argentina', handle: 'consulado_arg_demo', bio: 'Consulado. Representación diplomática.', langs: ['es'] },
  { group: 'international', name: 'Consulat Général de France', handle: 'consulat_fr_demo', bio: 'Consulat. Représentation diplomatique.', langs: ['fr'] },
  { group: 'international', name: 'Rede de Cidades Ibéricas', handle: 'cidades_ibericas', bio: 'Organização internacional de cidades.', langs: ['pt'] },
  // Sports clubs.
  { group: 'sport', name: 'Club Esportiu Sant Andreu Atlètic', handle: 'ce_standreu_atl', bio: 'Club esportiu. Atletisme i futbol base.', langs: ['ca'] },
  { group: 'sport', name: 'Club de Bàsquet Gràcia', handle: 'cb_gracia', bio: 'Club de bàsquet de barri.', langs: CA_ES },
  { group: 'sport', name: 'Club Natació Poblenou', handle: 'cn_poblenou', bio: 'Club de natació i waterpolo.', langs: ['ca'] },
  { group: 'sport', name: 'Runners Montjuïc', handle: 'runners_mjc', bio: 'Club deportivo de running. Quedadas semanales.', langs: ['es', 'en'] },
];

const FIRST_NAMES: Record<DemoLang, readonly string[]> = {
  es: ['Marta', 'Laura', 'Sergio', 'Carmen', 'Javier', 'Lucía', 'Pablo', 'Ana', 'David', 'Elena', 'Raúl', 'Cristina', 'Miguel', 'Sara', 'Alberto', 'Patricia'],
  ca: ['Núria', 'Pau', 'Montse', 'Oriol', 'Laia', 'Arnau', 'Mireia', 'Jordi', 'Gemma', 'Marc', 'Anna', 'Roger', 'Clara', 'Xavi', 'Berta', 'Pol'],
  en: ['Emma', 'Tom', 'Sarah', 'James', 'Olivia', 'Ben', 'Hannah', 'Liam', 'Chloe', 'Ryan'],
  pt: ['Inês', 'João', 'Beatriz', 'Tiago'],
  fr: ['Camille', 'Julien', 'Manon', 'Hugo'],
  it: ['Giulia', 'Marco', 'Chiara', 'Luca'],
};

const HANDLE_WORDS = ['bcn', 'barna', 'city', 'veina', 'vecina', 'walks', 'bici', 'cafe', 'photo', 'diari', 'mar', 'sol', 'llibres', 'urban'];

function asciiHandle(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A resident, visitor or expat: a made-up person, with a bio in their language. */
export interface DemoCitizen extends Author {
  handle: string;
  name: string;
  lang: DemoLang;
}

/** Makes a pool of made-up residents for one language; `bio` writes each one's profile text. */
export function makeCitizens(rng: Rng, lang: DemoLang, count: number, bio: () => string): DemoCitizen[] {
  const out: DemoCitizen[] = [];
  const used = new Set<string>();
  while (out.length < count) {
    const first = rng.pick(FIRST_NAMES[lang]);
    const handle = `${asciiHandle(first)}${rng.pick(['_', '.', ''])}${rng.pick(HANDLE_WORDS)}${rng.int(10, 99)}`.replace('.', '_');
    if (used.has(handle)) continue;
    used.add(handle);
    const initial = String.fromCharCode(65 + rng.int(0, 25));
    out.push({ handle, name: `${first} ${initial}.`, bio: bio(), lang });
  }
  return out;
}
