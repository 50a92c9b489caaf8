import type { Metrics } from '../model/mention';
import type { Platform } from '../model/taxonomy';
import type { Rng } from './prng';

/** Origins the demo produces: `import` is reserved for users' own files. */
export type DemoOrigin = 'browse' | 'poll' | 'manual';

/** How often each platform appears in the demo. */
export const PLATFORM_WEIGHTS: Readonly<Record<Platform, number>> = {
  x: 22, news: 15, instagram: 10, facebook: 9, reddit: 8, bluesky: 7, mastodon: 6, youtube: 4,
  telegram: 4, tiktok: 4, linkedin: 4, web: 4,
};

/** How items of each platform reach Pulso: pollers read news, Mastodon, Bluesky and Reddit. */
export const ORIGIN_WEIGHTS: Readonly<Record<Platform, Readonly<Partial<Record<DemoOrigin, number>>>>> = {
  news: { poll: 85, manual: 15 },
  web: { manual: 60, browse: 40 },
  mastodon: { poll: 60, browse: 35, manual: 5 },
  bluesky: { poll: 60, browse: 35, manual: 5 },
  reddit: { poll: 55, browse: 40, manual: 5 },
  x: { browse: 88, manual: 12 },
  facebook: { browse: 88, manual: 12 },
  instagram: { browse: 88, manual: 12 },
  youtube: { browse: 85, manual: 15 },
  tiktok: { browse: 88, manual: 12 },
  linkedin: { browse: 85, manual: 15 },
  telegram: { browse: 80, manual: 20 },
};

/** Typical likes of an ordinary post, by platform (the tail reaches far beyond). */
const LIKE_SCALE: Readonly<Record<Platform, number>> = {
  x: 6, instagram: 30, facebook: 10, reddit: 15, bluesky: 5, mastodon: 3, youtube: 20,
  telegram: 4, tiktok: 60, linkedin: 12, news: 0, web: 0,
};

const B36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B32SORT = '234567abcdefghijklmnopqrstuvwxyz';

function chars(rng: Rng, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rng.next() * alphabet.length)];
  return s;
}

/** `n` in the sortable base-32 alphabet of AT Protocol record keys. */
function base32Sortable(n: number, width: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor(v / 32)) s = B32SORT[v % 32] + s;
  return s.padStart(width, '2');
}

function digits(rng: Rng, n: number): string {
  return String(rng.int(1, 9)) + chars(rng, '0123456789', n - 1);
}

/** A Twitter-style snowflake id for an instant: the time is in its high bits, as on X. */
function snowflake(t: number, seq: number): string {
  const epoch = 1288834974657n;
  return (((BigInt(t) - epoch) << 22n) | BigInt(seq & 0x3fffff)).toString();
}

/** A lowercase ascii slug of the first words of a text, for URL paths. */
export function slugOf(text: string, words = 6): string {
  return text
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ').trim().split(/\s+/).slice(0, words).join('-') || 'post';
}

export interface PostAddress {
  url: string;
  /** Author handle as the platform shows it. */
  handle: string;
}

/**
 * Builds a plausible URL in the platform's real shape, with a made-up id that embeds `seq` so
 * every URL in one demo is distinct. News and web pages live under `/demo/` paths.
 */
export function addressOf(
  rng: Rng, platform: Platform, handle: string, seq: number, t: number, text: string,
  site = 'www.example.org', section = 'noticies',
): PostAddress {
  // Only some URL shapes carry a slug; computing it lazily keeps generation fast.
  const slug = () => slugOf(text);
  switch (platform) {
    case 'x':
      return { url: `https://x.com/${handle}/status/${snowflake(t, seq)}`, handle };
    case 'reddit': {
      const id = `${chars(rng, B36, 3)}${seq.toString(36)}`;
      return { url: `https://www.reddit.com/r/${rng.pick(['Barcelona', 'barcelona_es', 'catalunya'])}/comments/${id}/${slug().replace(/-/g, '_')}/`, handle };
    }
    case 'mastodon': {
      const instance = rng.pick(['mastodont.cat', 'mastodon.social', 'masto.es']);
      return { url: `https://${instance}/@${handle}/${digits(rng, 12)}${String(seq).padStart(6, '0')}`, handle: `${handle}@${instance}` };
    }
    case 'bluesky': {
      const bsky = `${handle.toLowerCase().replace(/_/g, '-')}.bsky.social`;
      return { url: `https://bsky.app/profile/${bsky}/post/3l${chars(rng, B32SORT, 5)}${base32Sortable(seq, 6)}`, handle: bsky };
    }
    case 'facebook':
      return { url: `https://www.facebook.com/${handle}/posts/${digits(rng, 10)}${String(seq).padStart(6, '0')}`, handle };
    case 'instagram':
      return { url: `https://www.instagram.com/p/C${chars(rng, B64URL, 5)}${seq.toString(36).padStart(5, '0')}/`, handle };
    case 'youtube':
      return { url: `https://www.youtube.com/watch?v=${chars(rng, B64URL, 6)}${seq.toString(36).padStart(5, '0')}`, handle };
    case 'tiktok':
      return { url: `https://www.tiktok.com/@${handle}/video/${snowflake(t, seq)}`, handle };
    case 'linkedin':
      return { url: `https://www.linkedin.com/posts/${handle}_${slug()}-activity-${snowflake(t, seq)}-${chars(rng, B64URL, 4)}/`, handle };
    case 'telegram':
      return { url: `https://t.me/${handle}/${seq}`, handle };
    case 'news':
    case 'web': {
      const day = new Date(t).toISOString().slice(0, 10);
      return { url: `https://${site}/demo/${section}/${day}/${slug()}-${seq}`, handle };
    }
  }
}

/**
 * Engagement of a post: heavy-tailed likes (most posts get a handful, a few go viral), with
 * reposts, replies and views following. `boost` multiplies the scale (big accounts, hot topics);
 * complaints draw more replies. News and web pages carry no social metrics.
 */
export function metricsOf(rng: Rng, platform: Platform, boost: number, complaint: boolean): Metrics | undefined {
  const scale = LIKE_SCALE[platform];
  if (!scale) return undefined;
  const likes = Math.min(250_000, Math.round(rng.heavy(scale * boost)));
  const reposts = Math.round(likes * (0.05 + rng.next() * 0.25));
  const replies = Math.round(likes * (complaint ? 0.2 + rng.next() * 0.4 : 0.03 + rng.next() * 0.12));
  const views = Math.round((likes + 1) * (25 + rng.next() * 90));
  if (platform === 'telegram') return { views };
  // Reddit, Mastodon and Bluesky do not show view counts.
  if (platform === 'mastodon' || platform === 'bluesky' || platform === 'reddit') return { likes, reposts, replies };
  return { likes, reposts, replies, views };
}
