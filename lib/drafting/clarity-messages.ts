import type { ClarityRule } from '../model/draft';
import type { DraftLang } from '../model/evidence';

export { CLARITY_RULES, type ClarityRule } from '../model/draft';

type Params = Record<string, string | number>;
type Msg = (p: Params) => string;

const MESSAGES: Record<ClarityRule, Record<DraftLang, Msg>> = {
  jargon: {
    es: (p) => `«${p.term}» es lenguaje institucional. Mejor: «${p.alternatives}».`,
    ca: (p) => `«${p.term}» és llenguatge institucional. Millor: «${p.alternatives}».`,
    en: (p) => `"${p.term}" is institutional language. Try: "${p.alternatives}".`,
  },
  'avoid-word': {
    es: (p) => `«${p.term}» no funciona con ${p.group}: dilo con palabras suyas.`,
    ca: (p) => `«${p.term}» no funciona amb ${p.group}: digues-ho amb paraules seves.`,
    en: (p) => `"${p.term}" does not work with ${p.group}: say it in their words.`,
  },
  'long-sentence': {
    es: (p) => `Frase de ${p.words} palabras. Pártela: más de ${p.max} cuesta de leer.`,
    ca: (p) => `Frase de ${p.words} paraules. Divideix-la: més de ${p.max} costa de llegir.`,
    en: (p) => `This sentence has ${p.words} words. Split it: over ${p.max} is hard to read.`,
  },
  passive: {
    es: (p) => `Voz pasiva («${p.phrase}»). Di quién lo hace: «Hemos abierto…» mejor que «Han sido abiertos…».`,
    ca: (p) => `Veu passiva («${p.phrase}»). Digues qui ho fa: «Hem obert…» millor que «Han estat oberts…».`,
    en: (p) => `Passive voice ("${p.phrase}"). Say who did it: "We opened…" rather than "…were opened".`,
  },
  'number-without-context': {
    es: (p) => `El número ${p.number} va solo. Di qué cuenta (personas, euros, días…) o compáralo.`,
    ca: (p) => `El número ${p.number} va sol. Digues què compta (persones, euros, dies…) o compara'l.`,
    en: (p) => `The number ${p.number} stands alone. Say what it counts (people, euros, days…) or compare it.`,
  },
  'no-number': {
    es: () => 'No hay ningún resultado concreto ni cifra. Añade un dato: cuántos, cuánto o cuándo.',
    ca: () => 'No hi ha cap resultat concret ni xifra. Afegeix una dada: quants, quant o quan.',
    en: () => 'There is no concrete result or number. Add a fact: how many, how much or when.',
  },
  'no-reader': {
    es: () => 'El texto no se dirige al lector. Háblale de tú o de usted: «tu barrio», «podrás…».',
    ca: () => 'El text no s\'adreça al lector. Parla-li de tu o de vostè: «el teu barri», «podràs…».',
    en: () => 'The text does not speak to the reader. Use "you": "your street", "you can…".',
  },
  'no-benefit': {
    es: () => 'No dice qué gana el lector. Empieza por el beneficio concreto para él.',
    ca: () => 'No diu què hi guanya el lector. Comença pel benefici concret per a ell.',
    en: () => 'It does not say what the reader gains. Start with the concrete benefit for them.',
  },
  'no-cta': {
    es: () => 'Falta una llamada a la acción: di qué puede hacer el lector ahora.',
    ca: () => 'Falta una crida a l\'acció: digues què pot fer el lector ara.',
    en: () => 'There is no call to action: say what the reader can do now.',
  },
  'too-long': {
    es: (p) => `Demasiado largo para ${p.channel}: ${p.count} de ${p.limit} ${p.unit}.`,
    ca: (p) => `Massa llarg per a ${p.channel}: ${p.count} de ${p.limit} ${p.unit}.`,
    en: (p) => `Too long for ${p.channel}: ${p.count} of ${p.limit} ${p.unit}.`,
  },
  'negative-tone': {
    es: () => 'El tono del texto es negativo. Reconoce el problema y acaba con el dato y el siguiente paso.',
    ca: () => 'El to del text és negatiu. Reconeix el problema i acaba amb la dada i el pas següent.',
    en: () => 'The tone is negative. Acknowledge the problem, then give the fact and the next step.',
  },
};

const UNITS: Record<string, Record<DraftLang, string>> = {
  weighted: { es: 'caracteres', ca: 'caràcters', en: 'characters' },
  graphemes: { es: 'caracteres', ca: 'caràcters', en: 'characters' },
  words: { es: 'palabras', ca: 'paraules', en: 'words' },
};

/** The message for a finding, in the UI language. */
export function clarityMessage(rule: ClarityRule, uiLang: DraftLang, params: Params = {}): string {
  const p = { ...params };
  if (typeof p.unit === 'string' && UNITS[p.unit]) p.unit = UNITS[p.unit][uiLang];
  return MESSAGES[rule][uiLang](p);
}

/** Why Catalan readability scores are only an estimate. */
export const CATALAN_NOTE: Record<DraftLang, string> = {
  es: 'No existe una fórmula de legibilidad validada para el catalán: se aplican las fórmulas españolas con silabeo catalán. Es una aproximación.',
  ca: 'No hi ha cap fórmula de llegibilitat validada per al català: s\'hi apliquen les fórmules castellanes amb sil·labificació catalana. És una aproximació.',
  en: 'No readability formula has been validated for Catalan: the Spanish formulas are applied with Catalan syllable rules. Treat the scores as an approximation.',
};
