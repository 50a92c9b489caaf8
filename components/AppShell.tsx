import { useEffect, type ReactNode } from 'react';
import { useSettings } from './hooks/useSettings';
import { I18nProvider } from './I18n';

export interface AppShellProps {
  children: ReactNode;
}

/** Root of every extension page: UI language from settings, `<html lang>` kept in step. */
export function AppShell({ children }: AppShellProps) {
  const { uiLang, loaded } = useSettings();
  useEffect(() => {
    document.documentElement.lang = uiLang;
  }, [uiLang]);
  if (!loaded) return null;
  return <I18nProvider lang={uiLang}>{children}</I18nProvider>;
}
