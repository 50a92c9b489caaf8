import type { Adapter } from '../capture/adapter';
import { blueskyAdapter } from '../capture/platforms/bluesky';
import { facebookAdapter } from '../capture/platforms/facebook';
import { instagramAdapter } from '../capture/platforms/instagram';
import { linkedinAdapter } from '../capture/platforms/linkedin';
import { redditAdapter } from '../capture/platforms/reddit';
import { telegramAdapter } from '../capture/platforms/telegram';
import { tiktokAdapter } from '../capture/platforms/tiktok';
import { xAdapter } from '../capture/platforms/x';
import { youtubeAdapter } from '../capture/platforms/youtube';

/**
 * Adapters bundled into the always-loaded capture script. Mastodon (its JSON reader needs
 * htmlparser2) and news (Readability) live in the separate reader script to keep this one small.
 */
export const SOCIAL_ADAPTERS: readonly Adapter[] = [
  xAdapter, redditAdapter, blueskyAdapter, facebookAdapter, instagramAdapter, youtubeAdapter, linkedinAdapter, tiktokAdapter, telegramAdapter,
];
