import type { UiLang } from '../model/settings';
import { ca } from './ca';
import { en, type MessageKey } from './en';
import { es } from './es';

export type { MessageKey };
const TABLES: Record<UiLang, Record<MessageKey, string>> = { en, es, ca };

/** Translates a key, filling `{name}` variables. Unknown variables stay visible, never blank. */
export function translate(lang: UiLang, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = TABLES[lang][key] ?? en[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Formats a count the way the UI language writes numbers (1.234 in es/ca, 1,234 in en). */
export function formatCount(lang: UiLang, n: number): string {
  return new Intl.NumberFormat(lang).format(n);
}
