import { RawPostSchema, type RawPost } from '../model/mention';
import type { Platform } from '../model/taxonomy';
import type { Adapter, CaptureContext, CaptureOptions } from './adapter';
import { ADAPTERS, PICK_ORDER, pickAdapter } from './registry';

/** What one capture call found: posts that passed RawPostSchema, and parser-health counts. */
export interface ExtractResult {
  platform: Platform | null;
  posts: RawPost[];
  /** Items the adapter looked at (parsed + skipped). */
  seen: number;
  parsed: number;
  /** Items it could not turn into a valid post (unknown shape, deleted, failed validation, a throw). */
  skipped: number;
  /** Why items were skipped, with counts, for the parser-health view. */
  reasons: Record<string, number>;
}

function run(adapter: Adapter, call: (ctx: CaptureContext) => RawPost[] | undefined, pageUrl?: string): ExtractResult {
  const reasons: Record<string, number> = {};
  const note = (why: string): void => {
    reasons[why] = (reasons[why] ?? 0) + 1;
  };
  let candidates: RawPost[] = [];
  try {
    candidates = call({ skip: (why = 'unknown shape') => note(why), pageUrl }) ?? [];
  } catch {
    // Adapters are written not to throw; this guard keeps a page change from breaking capture.
    note('adapter error');
  }
  const posts: RawPost[] = [];
  const keys = new Set<string>();
  for (const c of candidates) {
    const parsed = RawPostSchema.safeParse(c);
    if (!parsed.success) {
      note('failed validation');
      continue;
    }
    // The same post often appears twice in one answer (a quoted tweet, a reply's parent).
    const key = parsed.data.nativeId ?? parsed.data.url;
    if (keys.has(key)) continue;
    keys.add(key);
    posts.push(parsed.data);
  }
  const skipped = Object.values(reasons).reduce((a, b) => a + b, 0);
  return { platform: adapter.id, posts, seen: posts.length + skipped, parsed: posts.length, skipped, reasons };
}

const NONE: ExtractResult = { platform: null, posts: [], seen: 0, parsed: 0, skipped: 0, reasons: {} };

/** Posts on a rendered or saved page; the adapter is chosen from the URL and the page itself. */
export function extractFromDocument(doc: Document, url: string, opts: CaptureOptions = {}): ExtractResult {
  const adapter = pickAdapter(url, doc, opts);
  if (!adapter?.fromDocument) return { ...NONE, platform: adapter?.id ?? null };
  return run(adapter, (ctx) => adapter.fromDocument?.(doc, url, ctx, opts), url);
}

/**
 * Posts in a JSON payload (a page-API response or a saved one). `url` is the address it came
 * from; `pageUrl` the page the user was on. When no adapter claims the URL, each JSON
 * adapter is tried and the first that finds posts wins (saved files often lack their URL).
 */
export function extractFromJson(payload: unknown, url: string, opts: CaptureOptions & { pageUrl?: string } = {}): ExtractResult {
  const adapter = pickAdapter(url, undefined, opts);
  if (payload === null || typeof payload !== 'object') {
    // A bare string, number or null is never an answer holding posts: report it, do not guess.
    return { ...NONE, platform: adapter?.id ?? null, seen: 1, skipped: 1, reasons: { 'not a JSON object or array': 1 } };
  }
  if (adapter?.fromJson) return run(adapter, (ctx) => adapter.fromJson?.(payload, url, ctx), opts.pageUrl);
  for (const id of PICK_ORDER) {
    const a = ADAPTERS[id];
    if (!a.fromJson) continue;
    const r = run(a, (ctx) => a.fromJson?.(payload, url, ctx), opts.pageUrl);
    if (r.parsed > 0) return r;
  }
  return { ...NONE, platform: adapter?.id ?? null, seen: 1, skipped: 1, reasons: { 'no adapter for payload': 1 } };
}

/**
 * Same as `extractFromJson` for a response body as text (what the page-world hook sees): a cut
 * off or invalid body is one skipped item, never an exception.
 */
export function extractFromJsonText(text: string, url: string, opts: CaptureOptions & { pageUrl?: string } = {}): ExtractResult {
  let payload: unknown;
  try {
    // Some APIs prefix JSON with an anti-hijacking guard such as `)]}'` or `for (;;);`.
    payload = JSON.parse(text.replace(/^\s*(\)\]\}'|for\s*\(;;\);)\s*/, ''));
  } catch {
    return { ...NONE, platform: pickAdapter(url, undefined, opts)?.id ?? null, seen: 1, skipped: 1, reasons: { 'truncated or invalid JSON': 1 } };
  }
  return extractFromJson(payload, url, opts);
}
