import type { Lang } from '../../model/taxonomy';
import { HashTable } from './hash-table';

// Hand-written per-language lists (closed-class words, lower case, as the tokenizer emits them:
// elided forms keep their apostrophe, e.g. French "n'").
const NEG: Record<Lang, string[]> = {
  es: ['no', 'nunca', 'jamás', 'jamas', 'ni', 'nada', 'tampoco', 'sin', 'nadie', 'ningún', 'ningun', 'ninguna', 'ninguno'],
  ca: ['no', 'mai', 'ni', 'res', 'tampoc', 'sense', 'ningú', 'ningu', 'gens', 'cap'],
  en: [
    'not', 'no', 'never', "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", 'cannot',
    "won't", "wouldn't", "shouldn't", "couldn't", "ain't", 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt',
    'cant', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'aint', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without',
  ],
  pt: ['não', 'nao', 'nunca', 'nem', 'nada', 'ninguém', 'ninguem', 'sem', 'jamais', 'nenhum', 'nenhuma', 'tampouco'],
  fr: ['ne', "n'", 'pas', 'jamais', 'rien', 'personne', 'sans', 'aucun', 'aucune', 'ni', 'nul', 'nulle'],
  it: ['non', 'mai', 'niente', 'nulla', 'nessuno', 'nessuna', 'senza', 'né', 'neanche', 'nemmeno', 'neppure'],
  de: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand', 'ohne', 'weder', 'nö', 'nee'],
  und: ['no', 'not', 'never'],
};

const INT: Record<Lang, string[]> = {
  es: ['muy', 'mucho', 'mucha', 'muchísimo', 'muchisimo', 'tan', 'tanto', 'demasiado', 'súper', 'super', 'bastante', 'más', 'mas', 'realmente', 'totalmente'],
  ca: ['molt', 'molta', 'molts', 'moltes', 'moltíssim', 'tan', 'tant', 'massa', 'súper', 'super', 'força', 'més', 'realment', 'totalment', 'ben'],
  en: ['very', 'so', 'really', 'too', 'extremely', 'super', 'totally', 'absolutely', 'most', 'more', 'incredibly', 'quite', 'soo'],
  pt: ['muito', 'muita', 'muitos', 'muitas', 'tão', 'tao', 'demais', 'super', 'bem', 'bastante', 'mais', 'muuito', 'realmente', 'totalmente'],
  fr: ['très', 'tres', 'trop', 'tellement', 'vraiment', 'super', 'si', 'plus', 'vachement', 'grave', 'hyper', 'totalement'],
  it: ['molto', 'tanto', 'troppo', 'davvero', 'super', 'così', 'cosi', 'proprio', 'più', 'piu', 'veramente', 'assai', 'tantissimo'],
  de: ['sehr', 'so', 'zu', 'total', 'echt', 'wirklich', 'extrem', 'super', 'mega', 'voll', 'richtig', 'ziemlich', 'besonders'],
  und: [],
};

// "But"-words: what follows them usually carries the writer's verdict.
const CONTRAST: Record<Lang, string[]> = {
  es: ['pero', 'aunque', 'sino'], ca: ['però', 'sinó', 'malgrat'], en: ['but', 'although', 'though', 'however'],
  pt: ['mas', 'porém', 'embora'], fr: ['mais', 'pourtant', 'cependant'], it: ['ma', 'però', 'tuttavia', 'eppure'],
  de: ['aber', 'doch', 'jedoch', 'obwohl'], und: ['but'],
};

/** Bits of a word's role in `MODIFIERS`. */
export const NEGATOR = 1;
export const INTENSIFIER = 2;
export const CONTRAST_WORD = 4;

/** Negators, intensifiers and "but"-words of each language in one table (value: role bits), one lookup per word. */
export const MODIFIERS = Object.fromEntries(
  (Object.keys(NEG) as Lang[]).map((lang) => {
    const roles = new Map<string, number>();
    const mark = (words: string[], bit: number) => words.forEach((w) => roles.set(w, (roles.get(w) ?? 0) | bit));
    mark(NEG[lang], NEGATOR);
    mark(INT[lang], INTENSIFIER);
    mark(CONTRAST[lang], CONTRAST_WORD);
    return [lang, new HashTable(roles)];
  }),
) as Record<Lang, HashTable>;
