import type { RawPost } from '../model/mention';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a 64-bit of the UTF-8 bytes, as 16 hex digits: pure JS, identical in Node and browsers. */
export function fnv1a64(s: string): string {
  let h = FNV_OFFSET;
  for (const b of new TextEncoder().encode(s)) {
    h ^= BigInt(b);
    h = (h * FNV_PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}

const TRACKING = /^(utm_.*|fbclid|gclid)$/i;

/**
 * The canonical form of a URL for identity: no fragment, no tracking parameters (utm_*,
 * fbclid, gclid), lower-case host, no trailing slash. Unparseable input is returned trimmed.
 */
export function canonicalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  u.hash = '';
  for (const key of Array.from(u.searchParams.keys())) if (TRACKING.test(key)) u.searchParams.delete(key);
  const query = u.searchParams.toString();
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.protocol}//${u.host.toLowerCase()}${path}${query ? `?${query}` : ''}`;
}

/**
 * A stable id for a post: `platform:nativeId` when the platform gives one; a news article is
 * `news:` + hash of its canonical URL (so browsing, polling and manual capture agree);
 * anything else is hashed from canonical URL and whitespace-normalised text.
 */
export function mentionId(raw: Pick<RawPost, 'platform' | 'nativeId' | 'url' | 'text'>): string {
  if (raw.nativeId) {
    const id = `${raw.platform}:${raw.nativeId}`;
    // Stored ids are at most 200 characters; a very long native id is hashed instead.
    return id.length <= 200 ? id : `${raw.platform}:#${fnv1a64(raw.nativeId)}`;
  }
  const canonical = canonicalizeUrl(raw.url);
  if (raw.platform === 'news') return `news:${fnv1a64(canonical)}`;
  return `${raw.platform}:${fnv1a64(`${canonical}\n${raw.text.replace(/\s+/g, ' ').trim()}`)}`;
}
