/** A place a post can be about, in the three forms a sentence needs: "in X", "of X" and bare. */
export interface PlaceForms {
  /** "en el Raval", "al Raval", "in El Raval". */
  in: string;
  /** "del Raval", "del Raval", "of El Raval". */
  of: string;
  /** "el Raval", "el Raval", "El Raval". */
  bare: string;
}

export type PlaceLang = 'es' | 'ca' | 'en';

export interface DemoPlace {
  /** The name as the city profile spells it. */
  name: string;
  /** How often it is talked about, relative to the others. */
  weight: number;
  forms: Partial<Record<PlaceLang, PlaceForms>>;
}

/** Grammatical article of a place name: el/la/les, `l` for the Catalan elision, or none. */
type Article = '' | 'el' | 'la' | 'les' | 'l';

function spanish(name: string, art: Article): PlaceForms {
  if (art === 'el') return { in: `en el ${name}`, of: `del ${name}`, bare: `el ${name}` };
  if (art === 'la') return { in: `en la ${name}`, of: `de la ${name}`, bare: `la ${name}` };
  return { in: `en ${name}`, of: `de ${name}`, bare: name };
}

function catalan(name: string, art: Article): PlaceForms {
  if (art === 'el') return { in: `al ${name}`, of: `del ${name}`, bare: `el ${name}` };
  if (art === 'la') return { in: `a la ${name}`, of: `de la ${name}`, bare: `la ${name}` };
  if (art === 'les') return { in: `a les ${name}`, of: `de les ${name}`, bare: `les ${name}` };
  if (art === 'l') return { in: `a l'${name}`, of: `de l'${name}`, bare: `l'${name}` };
  return { in: `a ${name}`, of: `de ${name}`, bare: name };
}

function english(name: string): PlaceForms {
  return { in: `in ${name}`, of: `of ${name}`, bare: name };
}

/** A place whose article behaves the same in Spanish and Catalan ("el Raval", "Gràcia"). */
function place(name: string, weight: number, art: Article = '', enName = name, esArticle?: Article): DemoPlace {
  // Spanish keeps a Catalan "L'"/"Les" as part of the name ("en L'Hospitalet", "en Les Corts").
  const esArt: Article = esArticle ?? (art === 'l' || art === 'les' ? '' : art);
  const esName = esArticle !== undefined ? name : art === 'l' ? `L'${name}` : art === 'les' ? `Les ${name}` : name;
  return { name, weight, forms: { es: spanish(esName, esArt), ca: catalan(name, art), en: english(enName) } };
}

/**
 * Places named in the demo. Names whose profile term carries its article ("El Born",
 * "El Prat") are written the way Spanish keeps them ("en El Born") and left out of Catalan,
 * where the article contracts ("al Born") and the term would no longer be the one the profile
 * lists.
 */
export const DEMO_PLACES: readonly DemoPlace[] = [
  { name: 'Barcelona', weight: 30, forms: {
    es: { in: 'en Barcelona', of: 'de Barcelona', bare: 'Barcelona' },
    ca: { in: 'a Barcelona', of: 'de Barcelona', bare: 'Barcelona' },
    en: english('Barcelona'),
  } },
  place('Ciutat Vella', 4),
  place('Eixample', 5, 'l', 'the Eixample', 'el'),
  place('Sants-Montjuïc', 2),
  place('Corts', 2, 'les', 'Les Corts'),
  place('Sarrià-Sant Gervasi', 2),
  place('Gràcia', 6),
  place('Horta-Guinardó', 2),
  place('Nou Barris', 4),
  place('Sant Andreu', 3),
  place('Sant Martí', 3),
  place('Raval', 5, 'el', 'El Raval'),
  { name: 'El Born', weight: 2, forms: { es: { in: 'en El Born', of: 'de El Born', bare: 'El Born' }, en: english('El Born') } },
  place('Barceloneta', 4, 'la', 'Barceloneta'),
  place('Barri Gòtic', 3, 'el', 'the Barri Gòtic'),
  place('Poblenou', 4, 'el', 'Poblenou'),
  place('Poble-sec', 2, 'el', 'Poble-sec'),
  place('Sant Antoni', 3),
  place('Sagrada Família', 3, 'la', 'the Sagrada Família area'),
  place('Vila de Gràcia', 1, 'la', 'Vila de Gràcia'),
  place('Sagrera', 1, 'la', 'La Sagrera'),
  place('Vallcarca', 1),
  place('Hostafrancs', 1),
  place('Pedralbes', 1),
  place('Montjuïc', 2),
  place('Verneda', 1, 'la', 'La Verneda'),
  place('Trinitat Vella', 1, 'la', 'Trinitat Vella'),
  place('Ciutat Meridiana', 1),
  place('Torre Baró', 1),
  place('Mina', 1, 'la', 'La Mina'),
  place('Bellvitge', 2),
  place('Collblanc', 1),
  place('Diagonal Mar', 1),
  place('Hospitalet de Llobregat', 5, 'l', "L'Hospitalet de Llobregat"),
  place('Badalona', 4),
  { name: 'El Prat de Llobregat', weight: 2, forms: {
    es: { in: 'en El Prat de Llobregat', of: 'de El Prat de Llobregat', bare: 'El Prat de Llobregat' },
    en: english('El Prat de Llobregat'),
  } },
  place('Santa Coloma de Gramenet', 2),
  place('Cornellà de Llobregat', 2),
  place('Sant Adrià de Besòs', 1),
  place('Castelldefels', 2),
  place('Sant Cugat del Vallès', 2),
  place('Viladecans', 1),
  place('Gavà', 1),
  place('Sant Boi de Llobregat', 1),
  place('Esplugues de Llobregat', 1),
  place('Sant Feliu de Llobregat', 1),
  place('Molins de Rei', 1),
  place('Cerdanyola del Vallès', 1),
  place('Montcada i Reixac', 1),
];

/** Places of the planted violence episode: the old town and its edges, where it is reported. */
export const EPISODE_PLACES: readonly string[] = ['Raval', 'Ciutat Vella', 'Barri Gòtic', 'Sant Antoni', 'Poble-sec'];
