import type { TimeWindow } from '../model/indicator';
import type { Mention } from '../model/mention';

/** How many mention ids each result carries by default. */
export const DEFAULT_EVIDENCE = 20;

/**
 * A time as a canonical UTC ISO string (`YYYY-MM-DDTHH:mm:ss.sssZ`), which sorts as text in
 * time order. Stored times are usually canonical already (toISOString), so the common case
 * costs one length check instead of a Date.parse per mention.
 */
export function canonicalIso(iso: string): string {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(19) === 46 /* . */) return iso;
  return new Date(Date.parse(iso)).toISOString();
}

/**
 * The mentions an indicator reads: those with sortAt in [from, min(to, now)). Mentions dated in
 * the future (clock skew, scheduled posts) are left out rather than counted early.
 */
export function scopeMentions(mentions: readonly Mention[], window: TimeWindow, now: Date): Mention[] {
  const from = canonicalIso(window.from);
  const to = new Date(Math.min(Date.parse(window.to), now.getTime())).toISOString();
  const out: Mention[] = [];
  for (const m of mentions) {
    const t = canonicalIso(m.sortAt);
    if (t >= from && t < to) out.push(m);
  }
  return out;
}
