import { browser } from 'wxt/browser';
import { CityProfileSchema, type CityProfile } from '../model/city-profile';
import { SettingsSchema, type Settings } from '../model/settings';
import { BARCELONA_PROFILE } from '../profile/barcelona';
import { validateProfile } from '../profile/profile-io';

export const PROFILE_KEY = 'cityProfile';
export const SETTINGS_KEY = 'settings';

/**
 * The stored city profile, validated on every read. A missing or invalid stored value falls
 * back to the demo profile (and says so), so capture never runs without a profile.
 */
export async function readProfile(): Promise<{ profile: CityProfile; stored: boolean; error?: string }> {
  const got = await browser.storage.local.get(PROFILE_KEY);
  const value = got[PROFILE_KEY];
  if (value === undefined) return { profile: BARCELONA_PROFILE, stored: false };
  const parsed = validateProfile(value);
  if (parsed.ok) return { profile: parsed.profile, stored: true };
  return { profile: BARCELONA_PROFILE, stored: false, error: parsed.error };
}

/** Validates and stores the city profile; an invalid one is refused with the reason. */
export async function writeProfile(profile: CityProfile): Promise<void> {
  const parsed = validateProfile(profile);
  if (!parsed.ok) throw new Error(parsed.error);
  await browser.storage.local.set({ [PROFILE_KEY]: CityProfileSchema.parse(parsed.profile) });
}

export async function readSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  const parsed = SettingsSchema.safeParse(got[SETTINGS_KEY] ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` whenever one of the keys changes in chrome.storage.local; returns an unsubscribe. */
export function watchStorage(keys: string[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((k) => k in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
