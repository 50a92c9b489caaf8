import type { Phrasebook, TopicLines } from './phrasebook';

const empty = { neg: [], neu: [], pos: [] } satisfies TopicLines;

/** Portuguese, mostly visitors and the Portuguese and Brazilian press. */
export const PHRASEBOOK_PT: Phrasebook = {
  lang: 'pt',
  cityNames: ['Barcelona'],
  times: ['hoje', 'ontem à noite', 'este fim de semana'],
  topics: {
    tourism: {
      neg: ['Filas enormes e preços abusivos em {C}. Demasiados turistas por todo o lado. Horrível.'],
      neu: ['{C} vai aumentar a taxa turística no próximo ano.'],
      pos: ['Que cidade maravilhosa! {C} tem praia, arquitetura e comida excelente.', 'Adorei passear por {C}, uma cidade linda e acolhedora.'],
    },
    security: {
      neg: ['Cuidado com os carteiristas no metro de {C}. Roubaram o telemóvel a um amigo. Péssimo.'],
      neu: ['A polícia reforça o patrulhamento no centro de {C}.'],
      pos: [],
    },
    culture: { ...empty, pos: ['A Sagrada Família é impressionante. {C} é pura arte.'] },
    housing: { ...empty, neg: ['As rendas em {C} estão caríssimas, como em Lisboa. Um absurdo.'] },
  },
  episode: {
    social: ['Onda de violência em {C}: esfaqueamentos e assaltos violentos no centro da cidade.'],
    news: ['Onda de violência preocupa moradores do centro de {C}'],
    asks: [],
  },
  openers: { neg: ['Que pena.'], neu: ['📢'], pos: ['Que maravilha!'] },
  closers: { neg: ['Lamentável.'], neu: [], pos: ['Recomendo!'] },
  asks: [],
  attributes: { welcoming: ['Uma cidade acolhedora.'], expensive: ['Tudo muito caro.'] },
  newsSources: ['As autoridades locais confirmaram a informação.'],
  events: {},
  hashtags: {},
  citizenBios: ['Viajante. Lisboa.', 'Fotógrafa. Porto.'],
};

/** French, mostly visitors and the French press. */
export const PHRASEBOOK_FR: Phrasebook = {
  lang: 'fr',
  cityNames: ['Barcelone'],
  times: ["aujourd'hui", 'hier soir', 'ce week-end'],
  topics: {
    tourism: {
      neg: ['Trop de touristes à {C}, les habitants n’en peuvent plus. Des files interminables partout.'],
      neu: ['{C} va augmenter sa taxe de séjour l’année prochaine.'],
      pos: ['Quelle ville magnifique ! {C}, ses plages, son architecture et sa cuisine excellente.', 'Un week-end merveilleux à {C}, ville accueillante et pleine de vie.'],
    },
    security: {
      neg: ['Attention aux pickpockets dans le métro de {C}. On m’a volé mon téléphone.'],
      neu: ['La police renforce les patrouilles dans le centre de {C}.'],
      pos: [],
    },
    culture: { ...empty, pos: ['La Sagrada Família est impressionnante. {C} est une ville d’art extraordinaire.'] },
    housing: { ...empty, neg: ['Les loyers à {C} deviennent inabordables pour les jeunes. C’est triste.'] },
  },
  episode: {
    social: ['Vague de violence à {C} : agressions au couteau et vols violents dans le centre-ville.'],
    news: ['Une vague de violence inquiète les habitants du centre de {C}'],
    asks: [],
  },
  openers: { neg: ['Dommage.'], neu: ['📢'], pos: ['Génial !'] },
  closers: { neg: ['Inadmissible.'], neu: [], pos: ['Je recommande !'] },
  asks: [],
  attributes: { welcoming: ['Une ville très accueillante.'], overcrowded: ['Beaucoup trop de monde.'] },
  newsSources: ['Les autorités locales ont confirmé l’information.'],
  events: {},
  hashtags: {},
  citizenBios: ['Voyageuse. Lyon.', 'Photographe. Paris.'],
};

/** Italian, mostly visitors and the Italian press. */
export const PHRASEBOOK_IT: Phrasebook = {
  lang: 'it',
  cityNames: ['Barcellona'],
  times: ['oggi', 'ieri sera', 'questo fine settimana'],
  topics: {
    tourism: {
      neg: ['Troppi turisti a {C}, i residenti sono esasperati. Code infinite ovunque. Che disastro.'],
      neu: ['{C} aumenterà la tassa di soggiorno il prossimo anno.'],
      pos: ['Che città meravigliosa! {C} ha spiaggia, architettura e cucina eccellente.', 'Un fine settimana bellissimo a {C}, città accogliente e piena di vita.'],
    },
    security: {
      neg: ['Attenzione ai borseggiatori nella metro di {C}. Mi hanno rubato il telefono.'],
      neu: ['La polizia rafforza i controlli nel centro di {C}.'],
      pos: [],
    },
    culture: { ...empty, pos: ['La Sagrada Família è impressionante. {C} è una città d’arte straordinaria.'] },
    sport: { ...empty, pos: ['Che bello correre la maratona di {C}! Organizzazione perfetta.'] },
  },
  episode: {
    social: ['Ondata di violenza a {C}: accoltellamenti e rapine violente nel centro città.'],
    news: ['Ondata di violenza preoccupa i residenti del centro di {C}'],
    asks: [],
  },
  openers: { neg: ['Che peccato.'], neu: ['📢'], pos: ['Fantastico!'] },
  closers: { neg: ['Inaccettabile.'], neu: [], pos: ['Consigliatissima!'] },
  asks: [],
  attributes: { welcoming: ['Una città molto accogliente.'], expensive: ['Tutto carissimo.'] },
  newsSources: ['Le autorità locali hanno confermato la notizia.'],
  events: {},
  hashtags: {},
  citizenBios: ['Viaggiatrice. Milano.', 'Fotografo. Roma.'],
};
