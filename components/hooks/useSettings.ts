import { useEffect, useState } from 'react';
import { SettingsSchema, resolveUiLang, type Settings, type UiLang } from '@/lib/model/settings';
import { SETTINGS_KEY, readSettings, watchStorage } from '@/lib/platform/storage';

/** The stored settings, live: a change made in options shows at once in every page. */
export function useSettings(): { settings: Settings; uiLang: UiLang; loaded: boolean } {
  const [settings, setSettings] = useState<Settings>(() => SettingsSchema.parse({}));
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    const load = () => void readSettings().then((s) => { if (alive) { setSettings(s); setLoaded(true); } });
    load();
    const stop = watchStorage([SETTINGS_KEY], load);
    return () => { alive = false; stop(); };
  }, []);
  return { settings, uiLang: resolveUiLang(settings.uiLang, navigator.languages ?? [navigator.language]), loaded };
}
