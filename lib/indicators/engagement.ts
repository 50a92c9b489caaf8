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

/**
 * Ids of the `limit` items with the largest contribution (ties: newest first), best first.
 * One pass keeping a small sorted list, so evidence costs O(n·log limit), not a full sort.
 */
export function topIds<T extends { id: string; sortAt: string }>(items: readonly T[], weight: (m: T) => number, limit: number): string[] {
  if (limit <= 0) return [];
  const best: { id: string; w: number; t: string }[] = [];
  const before = (w: number, t: string, o: { w: number; t: string }) => w > o.w || (w === o.w && t > o.t);
  for (const m of items) {
    const w = weight(m);
    if (best.length === limit && !before(w, m.sortAt, best[limit - 1])) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(w, m.sortAt, best[mid])) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, { id: m.id, w, t: m.sortAt });
    if (best.length > limit) best.pop();
  }
  return best.map((x) => x.id);
}

/** Contribution used to order evidence: log-engagement so one viral post does not hide the rest. */
export function evidenceWeight(m: Pick<Mention, 'metrics'>): number {
  return Math.log1p(engagementOf(m) ?? 0);
}
