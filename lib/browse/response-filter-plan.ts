import { BROWSE_PLATFORMS, platformOrigins, type BrowsePlatform, type BrowseSettings } from './browse-settings';

/** One platform's share of the response filter: where to listen and which URLs to keep. */
export interface ResponseFilterTarget {
  platform: BrowsePlatform;
  /** Match patterns for `webRequest` (granted host × API path), a coarse pre-filter. */
  urls: string[];
  /** The platform's page-API patterns (the very ones the page-world hook tests). */
  patterns: readonly RegExp[];
}

const QUANTIFIERS = new Set(['?', '*', '+', '{']);
const META = new Set(['^', '$', '.', '|', '(', ')', '[', ']', '?', '*', '+', '{', '}']);

/** The regex source as tokens: a literal character, or `null` for anything that is not one. */
function tokens(source: string): { lit: string | null; raw: string }[] {
  const out: { lit: string | null; raw: string }[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '[') {
      // A character class is one non-literal token, whatever it lists (`[^/]` is not a `/`).
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out.push({ lit: null, raw: source.slice(i, j + 1) });
      i = j;
    } else if (c === '\\') {
      const n = source[i + 1] ?? '';
      i++;
      // `\/`, `\.`, `\?` are literals; `\d`, `\b`, `\w`… are classes or assertions.
      out.push({ lit: /[A-Za-z0-9]/.test(n) ? null : n, raw: c + n });
    } else {
      out.push({ lit: META.has(c) ? null : c, raw: c });
    }
  }
  return out;
}

/**
 * The path part of a match pattern that covers every URL an API pattern accepts: the regex's
 * literal path prefix followed by `*` (`/i/api/graphql/*`, `/xrpc/app.bsky.feed.*`), or `/*` when
 * the path starts with something other than a literal. The path is taken to start at the first
 * lone `/` (not the `//` after a scheme), which holds for every API pattern: their paths start
 * the URL path. Tests check each platform's sample API URLs against the result.
 */
export function apiPathGlob(re: RegExp): string {
  const t = tokens(re.source);
  let start = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i].lit !== '/') continue;
    if (t[i - 1]?.lit === '/' || t[i + 1]?.lit === '/') continue;
    start = i;
    break;
  }
  if (start < 0) return '/*';
  let prefix = '';
  for (let i = start; i < t.length; i++) {
    const lit = t[i].lit;
    if (lit === null) {
      // A quantifier makes the literal before it optional or repeated: it cannot be required.
      if (QUANTIFIERS.has(t[i].raw) && prefix.length > 1) prefix = prefix.slice(0, -1);
      break;
    }
    prefix += lit;
  }
  // A match pattern treats `*` as a wildcard; a literal `*` cannot appear in a prefix anyway.
  return `${prefix || '/'}*`;
}

/** Match patterns for one granted host pattern (`https://*.x.com/*`) and a platform's API patterns. */
export function apiMatchPatterns(origin: string, patterns: readonly RegExp[]): string[] {
  const m = /^([^:]+:\/\/[^/]+)\//.exec(origin);
  if (!m) return [];
  const globs = new Set(patterns.map(apiPathGlob));
  // `/*` already covers every other path on that host.
  if (globs.has('/*')) return [`${m[1]}/*`];
  return [...globs].map((g) => m[1] + g);
}

/** True when a URL falls under a WebExtension match pattern (`<scheme>://<host><path>`, `*` wildcards). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return pattern === '<all_urls>' && /^(https?|wss?|file|ftp):/.test(url);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.slice(0, -1);
  if (m[1] === '*' ? scheme !== 'http' && scheme !== 'https' : scheme !== m[1]) return false;
  const host = u.hostname;
  const want = m[2];
  if (want.startsWith('*.')) {
    const base = want.slice(2);
    if (host !== base && !host.endsWith(`.${base}`)) return false;
  } else if (want !== '*' && host !== want) return false;
  const glob = new RegExp(`^${m[3].split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return glob.test(u.pathname + u.search);
}

/**
 * What the Firefox response filter listens to: for each enabled platform that has page APIs,
 * its granted hosts crossed with its API paths. Platforms without API patterns (Facebook,
 * Telegram, news) or without a granted host are left out.
 */
export function responseFilterPlan(
  s: BrowseSettings,
  granted: (origin: string) => boolean,
  apiPaths: Partial<Record<BrowsePlatform, readonly RegExp[]>>,
): ResponseFilterTarget[] {
  const out: ResponseFilterTarget[] = [];
  for (const platform of BROWSE_PLATFORMS) {
    const patterns = apiPaths[platform];
    if (!s.enabled.includes(platform) || !patterns?.length) continue;
    const urls = [...new Set(platformOrigins(platform, s).filter(granted).flatMap((o) => apiMatchPatterns(o, patterns)))];
    if (urls.length) out.push({ platform, urls, patterns });
  }
  return out;
}

/** Every match pattern of a plan, once each (the `urls` filter of the webRequest listener). */
export function responseFilterUrls(plan: readonly ResponseFilterTarget[]): string[] {
  return [...new Set(plan.flatMap((t) => t.urls))];
}

/**
 * The platform whose response body should be copied, or null: the URL must be on one of the
 * platform's granted API match patterns and pass one of its API patterns (the hook's exact test).
 */
export function captureTargetFor(url: string, plan: readonly ResponseFilterTarget[]): BrowsePlatform | null {
  for (const t of plan) {
    if (t.urls.some((p) => matchesPattern(p, url)) && t.patterns.some((re) => re.test(url))) return t.platform;
  }
  return null;
}

/**
 * Pairs a response body copied by the filter with how its request ended. Firefox may end the
 * filtered stream before or after it reports the request's completion (measured: a response
 * provided through WebDriver BiDi streams to the filter before any status event fires), so
 * whichever comes second releases the body, and only a successful (2xx) response is released.
 * `meta` travels with the body (the URLs the ingest needs). At most `maxOpen` requests are
 * tracked; the oldest is forgotten first (a request that never reports its end cannot pile up).
 */
export class ResponseGate<T> {
  private readonly open = new Map<string, { meta: T; text?: string; code?: number }>();

  constructor(private readonly maxOpen = 256) {}

  /** Starts tracking a request whose body is being copied. */
  start(id: string, meta: T): void {
    if (this.open.size >= this.maxOpen && !this.open.has(id)) this.open.delete(this.open.keys().next().value as string);
    this.open.set(id, { meta });
  }

  /** True while a request is tracked (a redirect reuses the request id: its copy is already running). */
  has(id: string): boolean {
    return this.open.has(id);
  }

  /** The copied body is complete (`null`: nothing to read, too large or empty). Returns what to read now, if anything. */
  body(id: string, text: string | null): { meta: T; text: string } | null {
    const e = this.open.get(id);
    if (!e) return null;
    if (text === null) return this.drop(id);
    if (e.code === undefined) {
      e.text = text;
      return null;
    }
    return this.release(id, e.meta, text, e.code);
  }

  /** The request completed with HTTP status `code` (the final response's, after redirects). Returns what to read now, if anything. */
  completed(id: string, code: number): { meta: T; text: string } | null {
    const e = this.open.get(id);
    if (!e) return null;
    if (e.text === undefined) {
      e.code = code;
      return null;
    }
    return this.release(id, e.meta, e.text, code);
  }

  /** The request failed or the copy was abandoned: nothing of it will be read. */
  drop(id: string): null {
    this.open.delete(id);
    return null;
  }

  private release(id: string, meta: T, text: string, code: number): { meta: T; text: string } | null {
    this.open.delete(id);
    return code >= 200 && code < 300 ? { meta, text } : null;
  }
}
