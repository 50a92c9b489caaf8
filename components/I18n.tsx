import { createContext, useContext, type ReactNode } from 'react';
import { formatCount, translate, type MessageKey } from '@/lib/i18n';
import type { UiLang } from '@/lib/model/settings';

const LangContext = createContext<UiLang>('es');

export interface I18nProviderProps {
  lang: UiLang;
  children: ReactNode;
}

/** Provides the UI language to every component below it. */
export function I18nProvider({ lang, children }: I18nProviderProps) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** `t(key, vars)` in the current UI language, plus number formatting. */
export function useT() {
  const lang = useContext(LangContext);
  return {
    lang,
    t: (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
    n: (value: number) => formatCount(lang, value),
  };
}
