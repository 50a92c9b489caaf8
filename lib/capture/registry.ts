import type { Platform } from '../model/taxonomy';
import type { Adapter, CaptureOptions } from './adapter';
import { blueskyAdapter } from './platforms/bluesky';
import { facebookAdapter } from './platforms/facebook';
import { instagramAdapter } from './platforms/instagram';
import { linkedinAdapter } from './platforms/linkedin';
import { mastodonAdapter } from './platforms/mastodon';
import { newsAdapter } from './platforms/news';
import { redditAdapter } from './platforms/reddit';
import { telegramAdapter } from './platforms/telegram';
import { tiktokAdapter } from './platforms/tiktok';
import { xAdapter } from './platforms/x';
import { youtubeAdapter } from './platforms/youtube';

/** Platforms captured while browsing; `web` is only ever a manual capture. */
export type CapturePlatform = Exclude<Platform, 'web'>;

/** Every capture adapter, one per platform. */
export const ADAPTERS: Record<CapturePlatform, Adapter> = {
  x: xAdapter,
  reddit: redditAdapter,
  mastodon: mastodonAdapter,
  bluesky: blueskyAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
  youtube: youtubeAdapter,
  linkedin: linkedinAdapter,
  tiktok: tiktokAdapter,
  telegram: telegramAdapter,
  news: newsAdapter,
};

/**
 * Order in which adapters are asked: platforms known by host first, then those recognised
 * by markup or API path on any host (Mastodon, Telegram), and news last, since a social
 * page may also carry `og:type=article`.
 */
export const PICK_ORDER: readonly CapturePlatform[] = [
  'x', 'reddit', 'bluesky', 'facebook', 'instagram', 'youtube', 'linkedin', 'tiktok',
  'telegram', 'mastodon', 'news',
];

/** The adapter for a page (or an API response's URL), or null when no platform claims it. */
export function pickAdapter(url: URL | string, doc?: Document, opts?: CaptureOptions): Adapter | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  for (const id of PICK_ORDER) {
    const adapter = ADAPTERS[id];
    try {
      if (adapter.detect(u, doc, opts)) return adapter;
    } catch {
      // A detector that trips on an odd page simply does not claim it.
    }
  }
  return null;
}

/** Every page-API URL pattern, per platform, for the page-world fetch/XHR hook. */
export function apiPathsByPlatform(): Partial<Record<CapturePlatform, RegExp[]>> {
  const out: Partial<Record<CapturePlatform, RegExp[]>> = {};
  for (const id of PICK_ORDER) if (ADAPTERS[id].apiPaths?.length) out[id] = ADAPTERS[id].apiPaths;
  return out;
}

/** True when the page-world hook should hand this response over. */
export function isCapturedApiUrl(url: string): boolean {
  return PICK_ORDER.some((id) => ADAPTERS[id].apiPaths?.some((re) => re.test(url)) ?? false);
}
