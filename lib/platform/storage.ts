import { browser } from 'wxt/browser';
import { CityProfileSchema, type CityProfile } from '../model/city-profile';
import { SettingsSchema, type Settings } from '../model/settings';
import { BARCELONA_PROFILE } from '../profile/barcelona';
import { validateProfile } from '../profile/profile-io';
import { TopicTaxonomySchema, type TopicTaxonomy } from '../model/topic-taxonomy';
import { StakeholderSignalsSchema, type StakeholderSignals } from '../tagging/stakeholder';

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

export const TAXONOMY_KEY = 'taxonomy';
export const SIGNALS_KEY = 'stakeholderSignals';

/** The user's taxonomy, validated; undefined when the shipped one is in use (or the stored one is invalid). */
export async function readTaxonomy(): Promise<TopicTaxonomy | undefined> {
  const got = await browser.storage.local.get(TAXONOMY_KEY);
  const parsed = TopicTaxonomySchema.safeParse(got[TAXONOMY_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/** Stores an edited taxonomy, or removes it (undefined) to go back to the shipped one. */
export async function writeTaxonomy(taxonomy: TopicTaxonomy | undefined): Promise<void> {
  if (!taxonomy) await browser.storage.local.remove(TAXONOMY_KEY);
  else await browser.storage.local.set({ [TAXONOMY_KEY]: TopicTaxonomySchema.parse(taxonomy) });
}

/** The user's stakeholder signals, validated; undefined when the shipped ones are in use. */
export async function readSignals(): Promise<StakeholderSignals | undefined> {
  const got = await browser.storage.local.get(SIGNALS_KEY);
  const parsed = StakeholderSignalsSchema.safeParse(got[SIGNALS_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/** Stores edited stakeholder signals, or removes them (undefined). */
export async function writeSignals(signals: StakeholderSignals | undefined): Promise<void> {
  if (!signals) await browser.storage.local.remove(SIGNALS_KEY);
  else await browser.storage.local.set({ [SIGNALS_KEY]: StakeholderSignalsSchema.parse(signals) });
}

/** Where the background re-tagging pass keeps its progress. */
export const RETAG_KEY = 'retag';

/** The re-tagging pass's progress, if one has run. */
export async function readRetagProgress(): Promise<{ scanned: number; retagged: number; total: number; done: boolean } | undefined> {
  const got = (await browser.storage.local.get(RETAG_KEY))[RETAG_KEY] as { scanned?: unknown; retagged?: unknown; total?: unknown; done?: unknown } | undefined;
  if (!got || typeof got.scanned !== 'number' || typeof got.retagged !== 'number' || typeof got.total !== 'number') return undefined;
  return { scanned: got.scanned, retagged: got.retagged, total: got.total, done: got.done === true };
}
