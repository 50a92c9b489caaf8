import type { DraftLang } from '../model/evidence';

// Word lists behind the clarity rules, per language. Folded (no accents) matching is applied,
// so accents here are for the reader. A trailing * marks a prefix.

/** Forms of "to be" that build a passive with a participle (not "se" pasiva refleja). */
export const BE_FORMS: Record<DraftLang, string[]> = {
  es: ['ser', 'es', 'son', 'era', 'eran', 'fue', 'fueron', 'será', 'serán', 'sería', 'serían', 'sido', 'siendo',
    'sea', 'sean', 'fuera', 'fueran', 'fuese', 'fuesen', 'soy', 'somos', 'eres', 'fui', 'fuimos'],
  ca: ['ser', 'ésser', 'és', 'són', 'era', 'eren', 'fou', 'foren', 'serà', 'seran', 'seria', 'serien', 'estat',
    'sigui', 'siguin', 'fos', 'fossin', 'sóc', 'som', 'ets', 'sou'],
  en: ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'],
};

/** Adverbs that may sit between "be" and the participle. */
export const PASSIVE_ADVERBS: Record<DraftLang, string[]> = {
  es: ['ya', 'muy', 'no', 'también', 'totalmente', 'completamente', '*mente'],
  ca: ['ja', 'molt', 'no', 'també', 'totalment', 'completament', '*ment'],
  en: ['already', 'not', 'also', 'fully', 'just', 'now', '*ly'],
};

export const PARTICIPLE_ENDINGS: Record<DraftLang, RegExp> = {
  es: /^[a-zñ]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/,
  ca: /^[a-zç·]{2,}(?:at|ada|ats|ades|it|ida|its|ides|ut|uda|uts|udes)$/,
  en: /^[a-z]{2,}ed$/,
};

export const IRREGULAR_PARTICIPLES: Record<DraftLang, string[]> = {
  es: ['hecho', 'hecha', 'hechos', 'hechas', 'dicho', 'dicha', 'abierto', 'abierta', 'abiertos', 'abiertas',
    'escrito', 'escrita', 'puesto', 'puesta', 'visto', 'vista', 'vuelto', 'cubierto', 'cubierta', 'roto', 'rota',
    'resuelto', 'resuelta', 'impreso', 'devuelto', 'descubierto', 'propuesto', 'propuesta', 'previsto', 'prevista',
    'impuesto', 'expuesto', 'dispuesto', 'compuesto', 'inscrito', 'descrito', 'satisfecho', 'construido'],
  ca: ['fet', 'feta', 'fets', 'fetes', 'dit', 'dita', 'obert', 'oberta', 'oberts', 'obertes', 'escrit', 'escrita',
    'vist', 'vista', 'pres', 'presa', 'cobert', 'coberta', 'resolt', 'resolta', 'promès', 'promesa', 'ofert',
    'oferta', 'inclòs', 'inclosa', 'admès', 'admesa', 'establert', 'establerta', 'complert', 'complerta', 'mort'],
  en: ['built', 'made', 'done', 'given', 'taken', 'seen', 'written', 'known', 'shown', 'held', 'paid', 'found', 'sent',
    'spent', 'begun', 'chosen', 'driven', 'grown', 'kept', 'left', 'led', 'lost', 'met', 'put', 'set', 'told',
    'thought', 'understood', 'won', 'brought', 'bought', 'cut', 'hit', 'hurt', 'said', 'sold', 'taught', 'hidden',
    'broken', 'spoken', 'stolen', 'forgotten', 'drawn', 'run', 'opened', 'funded'],
};

/** Words with a participle ending that are nouns or adjectives after "to be". */
export const NOT_PARTICIPLES: Record<DraftLang, string[]> = {
  es: ['adecuado', 'adecuada', 'apropiado', 'apropiada', 'privado', 'privada', 'delicado', 'delicada', 'sagrado',
    'vida', 'medida', 'salida', 'comida', 'llegada', 'entrada', 'jornada', 'parada', 'mercado', 'estado', 'sentido',
    'partido', 'pasado', 'resultado', 'soldado', 'abogado', 'abogada', 'cuidado', 'helado', 'lado', 'grado'],
  ca: ['ciutat', 'activitat', 'comunitat', 'universitat', 'veritat', 'societat', 'qualitat', 'quantitat',
    'llibertat', 'seguretat', 'prioritat', 'oportunitat', 'necessitat', 'capacitat', 'diversitat', 'sostenibilitat',
    'mobilitat', 'identitat', 'realitat', 'entitat', 'unitat', 'meitat', 'voluntat', 'dificultat', 'facultat',
    'edat', 'amistat', 'solidaritat', 'accessibilitat', 'equitat', 'igualtat', 'vida', 'sortida', 'partida',
    'arribada', 'entrada', 'jornada', 'parada', 'mercat', 'estat', 'resultat', 'advocat', 'advocada', 'costat',
    'gelat', 'grat', 'privat', 'privada', 'adequat', 'adequada', 'ciutats', 'activitats'],
  en: ['need', 'speed', 'indeed', 'hundred', 'seed', 'feed', 'breed', 'bleed', 'proceed', 'exceed', 'succeed', 'bed',
    'red', 'shed', 'sacred', 'naked', 'wicked', 'kindred', 'rugged', 'ragged', 'shared', 'based', 'interested',
    'tired', 'excited', 'pleased', 'delighted', 'concerned', 'involved', 'located', 'committed', 'dedicated'],
};

/** Function words: a number followed only by these lacks a noun telling what it counts. */
export const FUNCTION_WORDS: Record<DraftLang, string[]> = {
  es: ['de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'o', 'u', 'en', 'a', 'al', 'que', 'por', 'para', 'con', 'se',
    'es', 'son', 'un', 'una', 'su', 'sus', 'lo', 'le', 'les', 'ya', 'hoy', 'ayer', 'mañana', 'también', 'este', 'esta'],
  ca: ['de', 'del', 'dels', 'la', 'el', 'els', 'les', 'l', 'd', 'i', 'o', 'en', 'a', 'al', 'als', 'que', 'per', 'amb',
    'es', 'és', 'són', 'un', 'una', 'seu', 'seva', 'hi', 'ho', 'ja', 'avui', 'ahir', 'demà', 'també', 'aquest', 'aquesta'],
  en: ['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'is', 'are', 'was', 'were', 'by',
    'that', 'it', 'as', 'from', 'today', 'yesterday', 'tomorrow', 'also', 'this', 'now'],
};

/** Words before a number that make it a comparison or a range. */
export const COMPARISON_CUES: Record<DraftLang, string[]> = {
  es: ['más', 'menos', 'hasta', 'casi', 'cerca', 'doble', 'triple', 'frente', 'unos', 'unas', 'cada', 'entre', 'sube', 'baja', 'pasa', 'aumenta', 'reduce'],
  ca: ['més', 'menys', 'fins', 'gairebé', 'prop', 'doble', 'triple', 'davant', 'uns', 'unes', 'cada', 'entre', 'puja', 'baixa', 'passa', 'augmenta', 'redueix'],
  en: ['than', 'more', 'less', 'fewer', 'up', 'over', 'under', 'nearly', 'almost', 'about', 'around', 'every', 'between', 'from', 'rises', 'falls', 'double'],
};

/** Unit symbols and abbreviations written right after a number. */
export const UNIT_AFTER = /^\s?(?:%|‰|€|\$|£|°|º|ª|m²|m2|km2|km|kg|kwh|mwh|gwh|kw|mw|ha|cm|mm|ml|m|g|t|h|min|s|l|x|m€|k€|ºc|°c)(?![\p{L}\p{N}])/iu;
export const UNIT_BEFORE = /(?:€|\$|£)\s?$/u;

/** Number words that also make a result concrete. */
export const NUMBER_WORDS: Record<DraftLang, string[]> = {
  es: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'cien', 'mil', 'millón', 'millones', 'doble', 'mitad', 'triple'],
  ca: ['dos', 'dues', 'tres', 'quatre', 'cinc', 'sis', 'set', 'vuit', 'nou', 'deu', 'cent', 'mil', 'milió', 'milions', 'doble', 'meitat', 'triple'],
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundred', 'thousand', 'million', 'millions', 'double', 'half', 'twice'],
};

/** Words that speak to the reader directly. */
export const ADDRESS_WORDS: Record<DraftLang, string[]> = {
  es: ['tú', 'te', 'ti', 'contigo', 'tu', 'tus', 'tuyo', 'tuya', 'usted', 'ustedes', 'vosotros', 'vosotras', 'os',
    'vuestro', 'vuestra', 'vuestros', 'vuestras'],
  ca: ['tu', 'et', 'teu', 'teva', 'teus', 'teves', 'vostè', 'vostès', 'vosaltres', 'us', 'vostre', 'vostra', 'vostres'],
  en: ['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you'll", "you've"],
};

/**
 * Enclitic pronouns that address the reader. Catalan writes them with a hyphen or apostrophe
 * (inscriu-te, informa't); Spanish fuses them (apúntate) and looks like nouns (límite), so
 * Spanish relies on the imperative list instead.
 */
export const ADDRESS_CLITICS: Record<DraftLang, RegExp | null> = {
  es: null,
  ca: /\p{L}(?:-te|'t|-vos|-us)(?![\p{L}])/u,
  en: null,
};

/** Imperatives and phrases that ask the reader to act. */
export const CTA_WORDS: Record<DraftLang, string[]> = {
  es: ['consulta', 'consulte', 'consultad', 'descubre', 'descubra', 'ven', 'venga', 'venid', 'visita', 'visite',
    'participa', 'participe', 'participad', 'apúntate', 'apúntese', 'inscríbete', 'inscríbase', 'infórmate',
    'infórmese', 'únete', 'únase', 'comparte', 'comparta', 'compartid', 'difunde', 'difundidlo', 'reserva',
    'reserve', 'pide', 'pida', 'llama', 'llame', 'escríbenos', 'escríbanos', 'cuéntanos', 'cuéntenos', 'dinos',
    'busca', 'busque', 'descarga', 'descargue', 'presenta', 'presente', 'vota', 'vote', 'accede', 'acceda',
    'solicita', 'solicite', 'mira', 'pregunta', 'pregúntanos', 'más información', 'más info', 'info en'],
  ca: ['consulta', 'consulti', 'consulteu', 'descobreix', 'descobreixi', 'vine', 'vingui', 'veniu', 'visita',
    'visiti', 'visiteu', 'participa', 'participi', 'participeu', 'apunta\'t', 'apunteu-vos', 'inscriu-te',
    'inscriviu-vos', 'informa\'t', 'informeu-vos', 'uneix-te', 'comparteix', 'compartiu', 'difon', 'difoneu',
    'difoneu-ho', 'reserva', 'reservi', 'demana', 'demani', 'truca', 'truqui', 'escriu-nos', 'escriviu-nos',
    'explica\'ns', 'digues-nos', 'busca', 'cerca', 'troba', 'descarrega', 'descarregui', 'presenta', 'presenti', 'vota',
    'voteu', 'accedeix', 'sol·licita', 'mira', 'pregunta', 'pregunta\'ns', 'més informació', 'més info', 'info a'],
  en: ['find', 'join', 'visit', 'look', 'check', 'read', 'come', 'share', 'sign up', 'book', 'tell us', 'ask', 'learn more',
    'discover', 'apply', 'register', 'see', 'try', 'get', 'download', 'call', 'email', 'write to us', 'vote', 'send',
    'more info', 'find out', 'details at'],
};

/** Words and phrases that state a gain for the reader. */
export const BENEFIT_CUES: Record<DraftLang, string[]> = {
  es: ['podrás', 'podréis', 'podrá', 'podrán', 'puedes', 'gratis', 'gratuit*', 'ahorr*', 'más cerca', 'cerca de casa',
    'para ti', 'para vosotros', 'para usted', 'te ayuda', 'os ayuda', 'mejor', 'mejores', 'mejora*', 'benefici*',
    'ventaja*', 'oportunidad*', 'sin coste', 'menos tiempo', 'menos espera', 'más fresco*', 'más segur*',
    'más limpi*', 'más verde*', 'más espacio*', 'más plazas', 'tienes', 'tendrás', 'disfrut*', 'más clientes',
    'más horas', 'más público', 'tu ciudad', 'tu negocio', 'tu empresa', 'tu club', 'tu proyecto', 'tu grupo',
    'tu entidad', 'vuestra entidad', 'puede replicar', 'puedes replicar', 'aprovechar'],
  ca: ['podràs', 'podreu', 'podrà', 'podran', 'pots', 'gratis', 'gratuït*', 'estalvi*', 'més a prop', 'a prop de casa',
    'per a tu', 'per a vosaltres', 'per a vostè', 't\'ajuda', 'us ajuda', 'millor', 'millors', 'millora*',
    'benefici*', 'avantatge*', 'oportunitat*', 'sense cost', 'menys temps', 'menys espera', 'més fresc*',
    'més segur*', 'més net*', 'més verd*', 'més espai*', 'més places', 'tens', 'tindràs', 'gaudi*', 'gaudeix*',
    'més clients', 'més hores', 'més públic', 'la teva ciutat', 'el teu negoci', 'la teva empresa', 'el teu club',
    'el teu projecte', 'el teu grup', 'la teva entitat', 'la vostra entitat', 'pot replicar', 'pots replicar', 'aprofitar'],
  en: ['you can', "you'll", 'you will', 'free', 'save*', 'saving*', 'closer', 'near you', 'near home', 'for you',
    'helps you', 'better', 'improve*', 'benefit*', 'advantage*', 'opportunit*', 'at no cost', 'less time',
    'less waiting', 'cooler', 'safer', 'cleaner', 'greener', 'more space', 'more places', 'enjoy*',
    'more customers', 'more hours', 'your city', 'your business', 'your company', 'your club', 'your project',
    'your team', 'your organisation', 'can replicate', 'make use of'],
};
