import type { ParserHealth } from '../db/parser-health-records';
import type { Platform } from '../model/taxonomy';

/** What one capture batch contributed to a platform's counters. */
export interface HealthDelta {
  seen: number;
  parsed: number;
  matched: number;
  skipped: number;
  reasons?: Record<string, number>;
}

/** Page views after which a platform that parsed nothing is flagged. */
export const STALE_AFTER_VIEWS = 5;
/** Only platforms browsed this recently are judged (a day). */
export const STALE_WINDOW_MS = 24 * 60 * 60 * 1000;
const MAX_REASONS = 20;

/** A fresh record with every counter at zero. */
export function emptyHealth(platform: Platform): ParserHealth {
  return { platform, seen: 0, parsed: 0, matched: 0, skipped: 0, pageViews: 0, viewsSinceParsed: 0, reasons: {} };
}

/** Adds one capture batch to a platform's counters. */
export function addBatch(prev: ParserHealth | undefined, platform: Platform, d: HealthDelta, now: Date): ParserHealth {
  const h = prev ? { ...prev, reasons: { ...prev.reasons } } : emptyHealth(platform);
  h.seen += d.seen;
  h.parsed += d.parsed;
  h.matched += d.matched;
  h.skipped += d.skipped;
  if (d.parsed > 0) {
    h.lastSuccessAt = now.toISOString();
    h.viewsSinceParsed = 0;
  }
  for (const [why, n] of Object.entries(d.reasons ?? {})) {
    const key = why.slice(0, 200);
    if (key in h.reasons || Object.keys(h.reasons).length < MAX_REASONS) h.reasons[key] = (h.reasons[key] ?? 0) + n;
  }
  return h;
}

/** Counts one page view of a platform (a page load or an in-app navigation). */
export function addPageView(prev: ParserHealth | undefined, platform: Platform, now: Date): ParserHealth {
  const h = prev ? { ...prev } : emptyHealth(platform);
  h.pageViews += 1;
  h.viewsSinceParsed += 1;
  h.lastBrowsedAt = now.toISOString();
  return h;
}

/**
 * `stale` when the user browsed the platform in the last day, more than a few page views ago
 * something should have parsed, and nothing did: the page format has probably changed.
 * `idle` when it was never browsed, `ok` otherwise.
 */
export function healthStatus(h: ParserHealth | undefined, now: Date): 'ok' | 'idle' | 'stale' {
  if (!h?.lastBrowsedAt) return 'idle';
  const recent = now.getTime() - Date.parse(h.lastBrowsedAt) <= STALE_WINDOW_MS;
  return recent && h.viewsSinceParsed >= STALE_AFTER_VIEWS ? 'stale' : 'ok';
}
