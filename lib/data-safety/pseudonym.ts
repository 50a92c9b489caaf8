import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { Author } from '../model/mention';
import type { Platform } from '../model/taxonomy';

/** Prefix of every pseudonymised handle, so the UI and a re-run can tell them apart. */
export const PSEUDONYM_PREFIX = 'anon-';

/** A new per-install key: 32 random bytes as hex. `random` fills bytes (crypto.getRandomValues in the extension). */
export function newPseudonymKey(random: (bytes: Uint8Array) => Uint8Array): string {
  return bytesToHex(random(new Uint8Array(32)));
}

/** True when a handle is already a pseudonym (pseudonymising is idempotent). */
export function isPseudonym(handle: string | undefined): boolean {
  return !!handle && handle.startsWith(PSEUDONYM_PREFIX);
}

/**
 * The pseudonym of an author: a keyed hash (HMAC-SHA-256) of platform and handle. The same
 * author gets the same pseudonym on this install; without the key, which never leaves the
 * device (not even in backups), nobody can test a guessed handle against it.
 */
export function pseudonymFor(keyHex: string, platform: Platform, handleOrUrl: string): string {
  const id = `${platform}:${handleOrUrl.replace(/^@/, '').toLowerCase()}`;
  const mac = hmac(sha256, hexToBytes(keyHex), new TextEncoder().encode(id));
  return PSEUDONYM_PREFIX + bytesToHex(mac).slice(0, 16);
}

/**
 * The author with handle replaced by its pseudonym and everything else that names them
 * (display name, profile URL, bio) removed. Irreversible. Authors with neither handle nor URL
 * are returned without name, URL or bio too. Verified status is kept (not identifying).
 */
export function pseudonymiseAuthor(keyHex: string, platform: Platform, author: Author): Author {
  if (isPseudonym(author.handle)) return author;
  const ident = author.handle || author.url;
  const out: Author = {};
  if (ident) out.handle = pseudonymFor(keyHex, platform, ident);
  if (author.verified !== undefined) out.verified = author.verified;
  return out;
}

/** The same, for an author-override key `${platform}:${handle}` (see authorKey). */
export function pseudonymiseAuthorKey(keyHex: string, key: string): string {
  const i = key.indexOf(':');
  const rest = key.slice(i + 1);
  if (i < 0 || isPseudonym(rest)) return key;
  return `${key.slice(0, i)}:${pseudonymFor(keyHex, key.slice(0, i) as Platform, rest)}`;
}
