import { z } from 'zod';

export const UI_LANGS = ['es', 'ca', 'en'] as const;
export const UiLangSchema = z.enum(UI_LANGS);
export type UiLang = z.infer<typeof UiLangSchema>;

/** User settings, stored in chrome.storage.local under `settings`. */
export const SettingsSchema = z.object({
  version: z.literal(1).default(1),
  /** `auto` follows the browser language. */
  uiLang: z.union([UiLangSchema, z.literal('auto')]).default('auto'),
  /** The first-run screen has been completed. */
  onboarded: z.boolean().default(false),
  /** Demo data is in the database (set by loading it, cleared by removing it). */
  demoLoaded: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Picks the UI language: the user's choice, else the first supported browser language, else es. */
export function resolveUiLang(choice: Settings['uiLang'], browserLangs: readonly string[]): UiLang {
  if (choice !== 'auto') return choice;
  for (const tag of browserLangs) {
    const base = tag.toLowerCase().split('-')[0];
    if ((UI_LANGS as readonly string[]).includes(base)) return base as UiLang;
  }
  return 'es';
}
