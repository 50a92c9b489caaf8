import { browser } from 'wxt/browser';
import { IndicatorSettingsSchema, PeerProfilesSchema, type IndicatorSettings, type PeerProfiles } from '../model/indicator-settings';

export const INDICATOR_SETTINGS_KEY = 'indicatorSettings';
export const PEER_PROFILES_KEY = 'peerProfiles';

/** Alert settings, validated; defaults when missing or invalid. */
export async function readIndicatorSettings(): Promise<IndicatorSettings> {
  const got = await browser.storage.local.get(INDICATOR_SETTINGS_KEY);
  const parsed = IndicatorSettingsSchema.safeParse(got[INDICATOR_SETTINGS_KEY] ?? {});
  return parsed.success ? parsed.data : IndicatorSettingsSchema.parse({});
}

/** Validates and stores alert settings. */
export async function writeIndicatorSettings(settings: IndicatorSettings): Promise<void> {
  await browser.storage.local.set({ [INDICATOR_SETTINGS_KEY]: IndicatorSettingsSchema.parse(settings) });
}

/** Peer city profiles, validated; an invalid stored list reads as empty. */
export async function readPeerProfiles(): Promise<PeerProfiles> {
  const got = await browser.storage.local.get(PEER_PROFILES_KEY);
  const parsed = PeerProfilesSchema.safeParse(got[PEER_PROFILES_KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

/** Validates and stores the peer profiles. */
export async function writePeerProfiles(peers: PeerProfiles): Promise<void> {
  await browser.storage.local.set({ [PEER_PROFILES_KEY]: PeerProfilesSchema.parse(peers) });
}
