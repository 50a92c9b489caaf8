import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { BrowseSettingsSchema, type BrowseSettings } from '@/lib/browse/browse-settings';
import type { ParserHealth } from '@/lib/db/parser-health-records';
import { readHealth } from '@/lib/db/parser-health-store';
import type { PulsoDB } from '@/lib/db/schema';
import { BROWSE_SETTINGS_KEY, readBrowseSettings } from '@/lib/platform/browse-capture';
import { watchStorage } from '@/lib/platform/storage';

/** Browse-capture settings and per-platform parser health, both live. */
export function useBrowseCapture(db: PulsoDB): { settings: BrowseSettings; health: ParserHealth[] } {
  const [settings, setSettings] = useState<BrowseSettings>(() => BrowseSettingsSchema.parse({}));
  useEffect(() => {
    let alive = true;
    const load = () => void readBrowseSettings().then((s) => { if (alive) setSettings(s); });
    load();
    const stop = watchStorage([BROWSE_SETTINGS_KEY], load);
    return () => { alive = false; stop(); };
  }, []);
  const health = useLiveQuery(() => readHealth(db), [db]) ?? [];
  return { settings, health };
}
