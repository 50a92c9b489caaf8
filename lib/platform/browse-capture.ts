import { BrowseSettingsSchema, registrationPlan, SCRIPT_ID_PREFIX, type BrowseSettings } from '../browse/browse-settings';
import { browser } from './browser';

export const BROWSE_SETTINGS_KEY = 'browseCapture';

/** The stored browse-capture settings, validated (invalid or missing → nothing enabled). */
export async function readBrowseSettings(): Promise<BrowseSettings> {
  const got = await browser.storage.local.get(BROWSE_SETTINGS_KEY);
  const parsed = BrowseSettingsSchema.safeParse(got[BROWSE_SETTINGS_KEY] ?? {});
  return parsed.success ? parsed.data : BrowseSettingsSchema.parse({});
}

/** Validates and stores the settings; the background re-registers scripts when they change. */
export async function writeBrowseSettings(next: BrowseSettings): Promise<BrowseSettings> {
  const value = BrowseSettingsSchema.parse(next);
  await browser.storage.local.set({ [BROWSE_SETTINGS_KEY]: value });
  return value;
}

/** Asks for host access; call it first thing in a click handler (it needs the user gesture). */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return origins.length ? browser.permissions.request({ origins }) : Promise.resolve(true);
}

/**
 * Makes the registered content scripts match the settings and the granted hosts: Pulso's own
 * registrations are replaced, nothing else is touched. Registrations persist across restarts;
 * this runs again on start-up, on install and whenever the settings change.
 */
export async function syncCaptureScripts(): Promise<string[]> {
  const settings = await readBrowseSettings();
  const origins = registrationPlan(settings, () => true, { mainWorld: true }).flatMap((r) => r.matches);
  const granted = new Set<string>();
  for (const o of new Set(origins)) if (await browser.permissions.contains({ origins: [o] })) granted.add(o);
  // Firefox offers no page world for registered scripts in MV2: the hook is left out there.
  const plan = registrationPlan(settings, (o) => granted.has(o), { mainWorld: !import.meta.env.FIREFOX });
  const existing = await browser.scripting.getRegisteredContentScripts();
  const ours = existing.map((s) => s.id).filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
  if (ours.length) await browser.scripting.unregisterContentScripts({ ids: ours });
  if (plan.length) await browser.scripting.registerContentScripts(plan);
  return plan.map((p) => p.id);
}
