import type { TimeWindow } from '../model/indicator';
import type { Mention } from '../model/mention';

/** How many mention ids each result carries by default. */
export const DEFAULT_EVIDENCE = 20;

/**
 * The mentions an indicator reads: those with sortAt in [from, min(to, now)). Mentions dated in
 * the future (clock skew, scheduled posts) are left out rather than counted early.
 */
export function scopeMentions(mentions: readonly Mention[], window: TimeWindow, now: Date): Mention[] {
  const from = Date.parse(window.from);
  const to = Math.min(Date.parse(window.to), now.getTime());
  const out: Mention[] = [];
  for (const m of mentions) {
    const t = Date.parse(m.sortAt);
    if (t >= from && t < to) out.push(m);
  }
  return out;
}
