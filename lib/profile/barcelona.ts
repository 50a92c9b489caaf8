import { CityProfileSchema, type CityProfile } from '../model/city-profile';

/** The 36 municipalities of the Àrea Metropolitana de Barcelona (AMB), Barcelona included. */
export const AMB_MUNICIPALITIES = [
  'Barcelona', 'Badalona', 'Badia del Vallès', 'Barberà del Vallès', 'Begues', 'Castellbisbal',
  'Castelldefels', 'Cerdanyola del Vallès', 'Cervelló', 'Corbera de Llobregat',
  'Cornellà de Llobregat', 'El Papiol', 'El Prat de Llobregat', 'Esplugues de Llobregat', 'Gavà',
  "L'Hospitalet de Llobregat", 'La Palma de Cervelló', 'Molins de Rei', 'Montcada i Reixac',
  'Montgat', 'Pallejà', 'Ripollet', 'Sant Adrià de Besòs', 'Sant Andreu de la Barca',
  'Sant Boi de Llobregat', 'Sant Climent de Llobregat', 'Sant Cugat del Vallès',
  'Sant Feliu de Llobregat', 'Sant Joan Despí', 'Sant Just Desvern', 'Sant Vicenç dels Horts',
  'Santa Coloma de Cervelló', 'Santa Coloma de Gramenet', 'Tiana', 'Torrelles de Llobregat',
  'Viladecans',
] as const;

/** The demo profile: Barcelona and its metropolitan area. */
export const BARCELONA_PROFILE: CityProfile = CityProfileSchema.parse({
  version: 1,
  id: 'barcelona-amb',
  name: 'Barcelona (Àrea Metropolitana)',
  country: 'ES',
  languages: ['ca', 'es', 'en'],
  timezone: 'Europe/Madrid',
  names: ['Barcelona', 'Àrea Metropolitana de Barcelona', 'Área Metropolitana de Barcelona'],
  aliases: [
    'BCN', 'Barna', 'Ciutat Comtal', 'Ciudad Condal', 'AMB', "L'Hospitalet", 'Hospitalet', 'El Prat',
    // Its people and things, in Spanish and Catalan ("los barceloneses", "les platges barcelonines";
    // "barcelonés" is left to the comarca Barcelonès below, which it folds to).
    'barcelonesa', 'barceloneses', 'barcelonesas', 'barceloní', 'barcelonina', 'barcelonins', 'barcelonines',
  ],
  exonyms: ['Barcelone', 'Barcellona', 'Barselona'],
  districts: [
    'Ciutat Vella', 'Eixample', 'Sants-Montjuïc', 'Les Corts', 'Sarrià-Sant Gervasi', 'Gràcia',
    'Horta-Guinardó', 'Nou Barris', 'Sant Andreu', 'Sant Martí',
  ],
  neighbourhoods: [
    'El Raval', 'Raval', 'El Born', 'Barceloneta', 'Barri Gòtic', 'Poblenou', 'Poble-sec',
    'Sagrada Família', 'Sant Antoni', 'Vila de Gràcia', 'El Carmel', 'La Sagrera', 'Diagonal Mar',
    'Vallcarca', 'Hostafrancs', 'Pedralbes', 'Montjuïc', 'La Verneda', 'Trinitat Vella',
    'Ciutat Meridiana', 'Torre Baró', 'La Mina', 'Bellvitge', 'Collblanc',
    // More of the city's 73 barris, by their distinctive names (those that are also everyday
    // words are listed below, in everydayWords; Porta and la Pau are left out: "Porta" opens
    // sentences, and "Nobel de la Pau" is capitalised too).
    'Santa Caterina', 'Fort Pienc', "Dreta de l'Eixample", "Esquerra de l'Eixample", 'Sants', 'Sants-Badal',
    'La Bordeta', 'Font de la Guatlla', 'Marina del Prat Vermell', 'Vallvidrera', 'Tibidabo', 'Sarrià',
    'Tres Torres', 'Bonanova', 'Sant Gervasi', 'Galvany', 'El Putxet', 'El Farró', "Camp d'en Grassot",
    'Gràcia Nova', 'Guinardó', 'Baix Guinardó', 'Can Baró', "Font d'en Fargues", 'Teixonera',
    'Sant Genís dels Agudells', 'Montbau', "Vall d'Hebron", 'Vilapicina', 'Torre Llobeta', 'Turó de la Peira',
    'Can Peguera', 'Guineueta', 'Trinitat Nova', 'Baró de Viver', "Camp de l'Arpa", 'Vila Olímpica',
    'Provençals', 'Sant Martí de Provençals', 'Horta', 'El Clot', 'Bon Pastor', 'El Besòs', 'Besòs i el Maresme', 'Bogatell',
    'Nova Icària', 'El Gòtic', 'Gòtic', 'Barrio Gótico', 'Gothic Quarter', 'Navas', 'Les Corts',
    // Landmarks people name instead of the city.
    'La Rambla', 'Les Rambles', 'Las Ramblas', 'Park Güell', 'Parc Güell', 'Plaça de Catalunya',
    'Plaza de Cataluña', 'Plaça Catalunya', 'Passeig de Gràcia', 'Paseo de Gracia', 'Casa Batlló', 'La Pedrera',
    'Port Vell', 'Port Olímpic', 'Plaça de les Glòries', 'Glòries', 'Parc de la Ciutadella', 'La Boqueria',
    'Hospital de Sant Pau', 'MACBA', 'Liceu', 'Drassanes', 'Parc del Fòrum', 'Zona Franca',
    'la Diagonal', 'Avinguda Diagonal', 'Avenida Diagonal', 'Consell de Cent', 'Via Augusta', 'Via Laietana',
    'Plaça Reial', 'Plaza Real', 'Plaça Sant Jaume', 'Plaza Sant Jaume', 'Plaça del Diamant', 'Carrer de Blai',
    'Carrer Blai', 'Palau de la Música', 'Sala Beckett', 'Museu Picasso', 'Museo Picasso', 'Picasso Museum',
    'Estació del Nord', 'Estación del Norte', 'Hospital Clínic', 'Hospital del Mar', 'Hospital de Bellvitge', 'Vall Hebron', 'Estadi Olímpic',
    // Institutions, services and events of the city and its area.
    'UAB', 'UPF', 'Universitat Pompeu Fabra', 'Universitat Autònoma', 'Universidad Autónoma de Barcelona',
    'TMB', 'Festes de la Mercè', 'Fiestas de la Mercè', 'Cursa de la Mercè', 'Festival Grec', 'Grec Festival',
    'Sónar Festival', 'Festival Sónar', 'Macba', 'Ronda de Dalt', 'Ronda Litoral', 'Mar Bella',
    'Plaça dels Àngels', 'Fabra i Puig', 'Torras i Bages', "Carrer de l'Hospital", 'Gran Via de les Corts Catalanes',
    'the Born', 'Prosperitat', 'La Clota', 'Maternitat i Sant Ramon', 'Marina de Port', 'Congrés i els Indians',
    'Sant Andreu de Palomar', 'Joaquín Costa', 'Joaquim Costa', 'Plaça Universitat', 'Plaza Universidad',
    'Rambla de Guipúscoa', 'Rambla Guipúscoa', 'Fira de Barcelona', 'Fira Gran Via', 'Fira de Gran Via',
    'Fira de Santa Llúcia', 'Estadi Johan Cruyff', 'Bicing', 'Pompeu Fabra', 'Platja de Sant Sebastià',
    'Playa de Sant Sebastià', 'Carrer Verdi', 'Calle Verdi', 'Estadi Lluís Companys', 'Estadio Lluís Companys',
    // Barris of the largest metropolitan towns, by their distinctive names (names shared with
    // places elsewhere, like la Florida, Marianao or Santa Rosa, are left out; everyday words
    // are in everydayWords), and their hospitals.
    'La Torrassa', 'Torrassa', 'Santa Eulàlia', 'Can Serra', 'Pubilla Cases', 'Sanfeliu', 'El Gornal',
    'Can Vidalet', 'Sant Ildefons', 'Fontsanta', 'Almeda', 'Sant Roc', 'Llefià', 'Montigalà', 'Bufalà',
    'Lloreda', 'Nova Lloreda', 'Dalt de la Vila', 'Canyet', 'Casagemes', 'Sistrells', 'Singuerlín',
    'Can Peixauet', 'Can Franquesa', 'Can Mariner', 'Camps Blancs', 'Can Sant Joan',
    'Can Cuiàs', 'Can Boixeres', 'Can Ruti', 'Germans Trias', 'Moisès Broggi', 'Pont del Petroli',
    // Streets, squares and venues named instead of the city (Catalan spellings: the Spanish
    // "Plaza de España" or "Gran Vía" are also Madrid's).
    "Portal de l'Àngel", "Plaça d'Espanya", 'Plaça Espanya', 'Arc de Triomf', 'Carrer Pelai',
    'Carrer de Pelai', 'Robador', 'Canaletes', 'Font Màgica', 'Palau Sant Jordi', 'Urquinaona',
    'Mobile World Congress', 'MWC', 'Primavera Sound', 'Festival Cruïlla',
    // With the article too: "la Rambla" alone is the other street, and the longer name wins.
    'La Rambla de Catalunya', 'Rambla de Catalunya', 'Rambla Catalunya', 'La Rambla del Raval', 'Rambla del Raval',
    'Sagrera', 'Escudellers', 'Carrer de Tuset',
    'Mercat de Sant Antoni', 'Mercat de la Concepció', 'Mercat de Santa Caterina', 'Torre Glòries', 'Torre Agbar',
    'Aeroport del Prat', 'Aeropuerto del Prat', 'Delta del Llobregat',
    // Museums, venues and bodies of the city (not "22@": the matcher drops the "@", and "22" is
    // any number).
    'MNAC', 'CCCB', 'CosmoCaixa', 'Fundació Miró', 'Fundació Joan Miró', 'Fundación Miró', 'Museu del Disseny',
    'Palau Güell', 'Casa Vicens', 'Teatre Lliure', 'Recinte Modernista de Sant Pau', 'Sant Pau Recinte Modernista',
    'FAVB',
    // The two comarques most of the AMB lies in.
    'Barcelonès', 'Baix Llobregat',
    // In a Barcelona monitoring profile, "the metropolitan area" is this one.
    'àrea metropolitana', 'área metropolitana',
  ],
  municipalities: [
    ...AMB_MUNICIPALITIES.filter((m) => m !== 'Barcelona'),
    // The short names people write (left out where the short name is also a town elsewhere:
    // Sant Feliu, Barberà; Santa Coloma de Cervelló is written in full).
    'Cornellà', 'Sant Boi', 'Santa Coloma', 'Gramenet', 'Sant Cugat', 'Sant Just', 'Sant Adrià', 'Esplugues',
    'Montcada', 'Cerdanyola', 'Bellaterra',
  ],
  // Barris whose names are everyday words: they count only written with a capital ("veïns del
  // Coll", "la Salut", "al Fondo"), so "em fa mal el coll" or "en el fondo" stay out.
  everydayWords: ['La Salut', 'El Coll', 'El Fondo'],
  officials: [
    'Jaume Collboni', 'Ajuntament de Barcelona', 'Ayuntamiento de Barcelona', 'Laia Bonet',
    'Albert Batlle',
  ],
  hashtags: ['BCN', 'Barcelona', 'BarcelonaCity', 'AMB', 'bcnciutat', 'VisitBarcelona'],
  ownAccounts: ['bcn_ajuntament', 'AMB_info', 'barcelona_cat', 'collboni'],
  exclusions: [
    'FC Barcelona', 'F.C. Barcelona', 'Futbol Club Barcelona', 'Fútbol Club Barcelona',
    'Barcelona SC', 'Barcelona Sporting Club', 'Barcelona de Guayaquil', 'Barcelona, Anzoátegui',
    'Barcelona Anzoátegui', 'Espanyol de Barcelona',
    // "gracia" / "gràcia" (charm, wit) is an everyday Spanish and Catalan word, and
    // accent-insensitive matching reads it as the Gràcia district. Only idioms that cannot be the
    // place are excluded ("en Gràcia", "con Gràcia", "los problemas que tiene Gràcia" can be).
    'qué gracia', 'hace gracia', 'hacen gracia', 'hizo gracia', 'hacer gracia', 'mucha gracia', 'ninguna gracia',
    'poca gracia', 'caer en gracia', 'cae en gracia', 'cayó en gracia', 'gracia divina', 'por la gracia de',
    'quina gràcia', 'fa gràcia', 'fan gràcia', 'feia gràcia', 'quanta gràcia', 'gens de gràcia',
    'obra y gracia',
    // All Saints' Day, not the Sants barri.
    'Tots Sants',
    // Catalan "horta" (vegetable garden; also Valencia's Horta), not the Horta barri, which is
    // written without the article ("a Horta", "veïns d'Horta").
    "l'horta", 'una horta', 'horta urbana', 'hortes urbanes', 'Horta Nord', 'Horta Sud',
    // Italian "cervello" (brain) folds to the municipality Cervelló.
    'il cervello', 'di cervello', 'del cervello', 'nel cervello', 'al cervello', 'un cervello', 'col cervello',
    'mio cervello', 'tuo cervello', 'suo cervello', 'senza cervello',
  ],
});
