import { z } from 'zod';
import type { CapturePlatform } from '../capture/registry';

/** Platforms the user can turn on for capture while browsing (every capture adapter). */
export const BROWSE_PLATFORMS = [
  'x', 'reddit', 'mastodon', 'bluesky', 'facebook', 'instagram', 'youtube', 'linkedin', 'tiktok', 'telegram', 'news',
] as const satisfies readonly CapturePlatform[];
export const BrowsePlatformSchema = z.enum(BROWSE_PLATFORMS);
export type BrowsePlatform = z.infer<typeof BrowsePlatformSchema>;

/** A bare host name the user typed (`elpais.com`, `mastodon.social`), lower-cased, no scheme or path. */
export const HostNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/^[a-z]+:\/\//, '').replace(/[/?#].*$/, '').replace(/^www\./, '').replace(/\.$/, ''))
  .pipe(z.string().max(253).regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/));

/** Browse capture settings, in chrome.storage.local under `browseCapture`. */
export const BrowseSettingsSchema = z.object({
  enabled: z.array(BrowsePlatformSchema).default([]),
  /** Domains whose article pages are read as news (each asked as a host permission). */
  newsDomains: z.array(HostNameSchema).max(500).default([]),
  /** Mastodon instances the user browses (Mastodon lives on any host). */
  mastodonHosts: z.array(HostNameSchema).max(200).default([]),
});
export type BrowseSettings = z.infer<typeof BrowseSettingsSchema>;

/** Fixed hosts per platform; Mastodon and news hosts come from the user's lists. */
const PLATFORM_HOSTS: Record<Exclude<BrowsePlatform, 'mastodon' | 'news'>, string[]> = {
  x: ['x.com', 'twitter.com'],
  reddit: ['reddit.com'],
  bluesky: ['bsky.app'],
  facebook: ['facebook.com'],
  instagram: ['instagram.com'],
  youtube: ['youtube.com'],
  linkedin: ['linkedin.com'],
  tiktok: ['tiktok.com'],
  telegram: ['t.me'],
};

/**
 * Which bundles a platform needs: the page-world hook (API JSON), the isolated capture script
 * (relays the hook, reads social DOM, counts page views) and the heavy reader (news, Mastodon DOM).
 */
const SCRIPTS: Record<BrowsePlatform, { hook: boolean; social: boolean; reader: boolean }> = {
  x: { hook: true, social: true, reader: false },
  reddit: { hook: true, social: true, reader: false },
  bluesky: { hook: true, social: true, reader: false },
  facebook: { hook: false, social: true, reader: false },
  instagram: { hook: true, social: true, reader: false },
  youtube: { hook: true, social: true, reader: false },
  linkedin: { hook: true, social: true, reader: false },
  tiktok: { hook: true, social: true, reader: false },
  telegram: { hook: false, social: true, reader: false },
  mastodon: { hook: true, social: true, reader: true },
  news: { hook: false, social: false, reader: true },
};

/** Match patterns (host permissions) a platform needs, from its fixed hosts or the user's list. */
export function platformOrigins(platform: BrowsePlatform, s: Pick<BrowseSettings, 'newsDomains' | 'mastodonHosts'>): string[] {
  const hosts = platform === 'news' ? s.newsDomains : platform === 'mastodon' ? s.mastodonHosts : PLATFORM_HOSTS[platform];
  // `*.host` matches the host itself and its subdomains (www., old., mobile.).
  return hosts.map((h) => `https://*.${h}/*`);
}

/** Bundle file names as built by WXT (entrypoints/*.content.ts → content-scripts/*.js). */
export const SCRIPT_FILES = {
  hook: 'content-scripts/page-hook.js',
  social: 'content-scripts/capture.js',
  reader: 'content-scripts/reader.js',
} as const;

/** Ids of Pulso's registered scripts start with this, so sync touches only its own. */
export const SCRIPT_ID_PREFIX = 'pulso-';

/** One runtime content-script registration (the shape `scripting.registerContentScripts` takes). */
export interface ScriptRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start' | 'document_idle';
  world?: 'MAIN' | 'ISOLATED';
  allFrames: false;
  persistAcrossSessions: true;
}

/**
 * The content scripts to register for the enabled platforms whose hosts are granted. The
 * page-world hook needs `world: 'MAIN'`, which Firefox does not offer for registered scripts
 * in MV2, so `mainWorld: false` leaves it out there (DOM and embedded JSON still work).
 */
export function registrationPlan(s: BrowseSettings, granted: (origin: string) => boolean, opts: { mainWorld: boolean }): ScriptRegistration[] {
  const out: ScriptRegistration[] = [];
  for (const p of BROWSE_PLATFORMS) {
    if (!s.enabled.includes(p)) continue;
    const matches = platformOrigins(p, s).filter(granted);
    if (!matches.length) continue;
    const need = SCRIPTS[p];
    const base = { matches, allFrames: false as const, persistAcrossSessions: true as const };
    if (need.hook && opts.mainWorld) out.push({ ...base, id: `${SCRIPT_ID_PREFIX}hook-${p}`, js: [SCRIPT_FILES.hook], runAt: 'document_start', world: 'MAIN' });
    if (need.social) out.push({ ...base, id: `${SCRIPT_ID_PREFIX}capture-${p}`, js: [SCRIPT_FILES.social], runAt: 'document_start' });
    if (need.reader) out.push({ ...base, id: `${SCRIPT_ID_PREFIX}reader-${p}`, js: [SCRIPT_FILES.reader], runAt: 'document_idle' });
  }
  return out;
}
