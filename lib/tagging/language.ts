import { detect } from 'tinyld';
import type { Lang } from '../model/taxonomy';

export const LANGUAGE_TAGGER = 'lang@0';
const SERVED = new Set<Lang>(['es', 'ca', 'en', 'pt', 'fr', 'it', 'de']);

/** Detects the language of a (short, noisy) text among those Pulso serves; `und` otherwise. */
export function detectLanguage(text: string): Lang {
  const code = detect(text) as Lang;
  return SERVED.has(code) ? code : 'und';
}
