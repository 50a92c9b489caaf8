import type { Mention } from '../model/mention';

/**
 * Likes + reposts + replies + quotes, or null when the capture reported none of them.
 * Missing metrics are unknown, never zero.
 */
export function engagementOf(m: Pick<Mention, 'metrics'>): number | null {
  const x = m.metrics;
  if (!x) return null;
  if (x.likes === undefined && x.reposts === undefined && x.replies === undefined && x.quotes === undefined) return null;
  return (x.likes ?? 0) + (x.reposts ?? 0) + (x.replies ?? 0) + (x.quotes ?? 0);
}

/**
 * Audience a post could reach: views when known, else the author's followers, else its
 * engagement (a floor: each interaction is at least one reader); null when nothing is known.
 */
export function reachOf(m: Pick<Mention, 'metrics'>): number | null {
  const x = m.metrics;
  if (x?.views !== undefined) return x.views;
  if (x?.followers !== undefined) return x.followers;
  return engagementOf(m);
}

/** Sorts mention ids by a numeric contribution, largest first (ties: newest first), top N. */
export function topIds<T extends { id: string; sortAt: string }>(items: readonly T[], weight: (m: T) => number, limit: number): string[] {
  return items
    .map((m) => ({ id: m.id, w: weight(m), t: m.sortAt }))
    .sort((a, b) => b.w - a.w || (a.t < b.t ? 1 : a.t > b.t ? -1 : 0))
    .slice(0, limit)
    .map((x) => x.id);
}

/** Contribution used to order evidence: log-engagement so one viral post does not hide the rest. */
export function evidenceWeight(m: Pick<Mention, 'metrics'>): number {
  return Math.log1p(engagementOf(m) ?? 0);
}
