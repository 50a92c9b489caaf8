import type { Adapter } from '../capture/adapter';
import type { RawPost } from '../model/mention';
import type { Platform } from '../model/taxonomy';

/** What one DOM scan found: only posts not sent before from this page, and health counts. */
export interface DomScan {
  platform: Platform;
  posts: RawPost[];
  seen: number;
  parsed: number;
  skipped: number;
  reasons: Record<string, number>;
}

/** The first adapter in `adapters` that claims the page, or null. */
export function pickDomAdapter(adapters: readonly Adapter[], url: string, doc: Document): Adapter | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  for (const a of adapters) {
    try {
      if (a.fromDocument && a.detect(u, doc)) return a;
    } catch {
      // A detector that trips on an odd page does not claim it.
    }
  }
  return null;
}

/**
 * A query view over newly added nodes, so a re-scan after a mutation reads only those nodes
 * and not the whole feed again. Social adapters only query their root (`querySelector(All)`),
 * which is all this view offers; the elements it returns are the page's own.
 */
export function addedNodesView(roots: readonly Element[]): Document {
  const all = (sel: string): Element[] => {
    const out: Element[] = [];
    for (const r of roots) {
      if (!r.isConnected) continue;
      if (r.matches(sel)) out.push(r);
      out.push(...Array.from(r.querySelectorAll(sel)));
    }
    return out;
  };
  const view = {
    querySelectorAll: (sel: string) => all(sel),
    querySelector: (sel: string) => all(sel)[0] ?? null,
  };
  return view as unknown as Document;
}

/** Runs an adapter's DOM reader on `scope`, keeping only posts whose key is not in `sent`. */
export function scanDom(adapter: Adapter, scope: Document, url: string, sent: Set<string>): DomScan {
  const reasons: Record<string, number> = {};
  let skipped = 0;
  const skip = (why = 'unknown shape'): void => {
    reasons[why] = (reasons[why] ?? 0) + 1;
    skipped++;
  };
  let found: RawPost[] = [];
  try {
    found = adapter.fromDocument?.(scope, url, { skip, pageUrl: url }) ?? [];
  } catch {
    skip('adapter error');
  }
  const posts: RawPost[] = [];
  for (const p of found) {
    const key = p.nativeId ?? p.url;
    if (typeof key !== 'string' || sent.has(key)) continue;
    sent.add(key);
    posts.push(p);
  }
  return { platform: adapter.id, posts, seen: posts.length + skipped, parsed: posts.length, skipped, reasons };
}
