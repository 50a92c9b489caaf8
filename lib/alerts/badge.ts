import type { PressureLevel, PressureResult } from '../model/indicator';
import type { UiLang } from '../model/settings';

const COLOURS: Record<PressureLevel, string> = {
  low: '#2e7d32', moderate: '#8a6d00', high: '#c25400', critical: '#b00020',
};
const TEXT: Record<PressureLevel, string> = { low: '', moderate: '!', high: '!!', critical: '!!!' };
const LEVEL_WORDS: Record<UiLang, Record<PressureLevel, string>> = {
  es: { low: 'baja', moderate: 'moderada', high: 'alta', critical: 'crítica' },
  ca: { low: 'baixa', moderate: 'moderada', high: 'alta', critical: 'crítica' },
  en: { low: 'low', moderate: 'moderate', high: 'high', critical: 'critical' },
};
const TITLE: Record<UiLang, (level: string, score: number) => string> = {
  es: (l, s) => `Pulso: presión pública ${l} (${s}/100)`,
  ca: (l, s) => `Pulso: pressió pública ${l} (${s}/100)`,
  en: (l, s) => `Pulso: public pressure ${l} (${s}/100)`,
};

/**
 * The toolbar badge for a pressure reading: no text when low (a quiet badge is the normal
 * state), "!" to "!!!" as it rises, a colour per level, and a title that says it in words.
 */
export function pressureBadge(p: PressureResult | null, lang: UiLang): { text: string; color: string; title: string } {
  if (!p) return { text: '', color: COLOURS.low, title: 'Pulso' };
  return { text: TEXT[p.level], color: COLOURS[p.level], title: TITLE[lang](LEVEL_WORDS[lang][p.level], Math.round(p.score)) };
}

/** Words for a pressure level in the UI language. */
export function pressureLevelWord(level: PressureLevel, lang: UiLang): string {
  return LEVEL_WORDS[lang][level];
}
