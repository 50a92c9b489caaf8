import type { PressureComponent, PressureLevel, PressureResult } from '../model/indicator';
import type { Mention } from '../model/mention';
import { evidenceWeight, reachOf, topIds } from './engagement';
import { canonicalIso, DEFAULT_EVIDENCE } from './scope';
import { clamp01, wilson } from './stats';

const HOUR = 3_600_000;

/** Nominal weights of the pressure components (sum 1). */
export const PRESSURE_WEIGHTS = { volume: 0.3, negativity: 0.25, velocity: 0.15, reach: 0.15, media: 0.15 } as const;

/** Score bounds of each level: below 25 low, below 50 moderate, below 75 high, else critical. */
export function pressureLevel(score: number): PressureLevel {
  return score < 25 ? 'low' : score < 50 ? 'moderate' : score < 75 ? 'high' : 'critical';
}

/** Damps scores built on few mentions: 3 posts cannot make a crisis (half weight at n = 10). */
function shrink(n: number): number {
  return n / (n + 10);
}

/** True for press coverage: the news platform or an author in the media stakeholder group. */
export function isMedia(m: Mention): boolean {
  return m.platform === 'news' || m.stakeholder === 'media';
}

export interface PressureOptions {
  /** Length of the "now" period; default 24 h. */
  recentHours?: number;
  /** Baseline days before the recent period; default 7. */
  baselineDays?: number;
  weights?: Partial<Record<keyof typeof PRESSURE_WEIGHTS, number>>;
  limit?: number;
}

/**
 * Public pressure index, 0–100, from the mentions of the last day against the week before:
 * - volume: (recent + 1)/(baseline daily mean + 1); 8× scores 1 (log₂ scale);
 * - negativity: Wilson lower bound of the negative share; 50 % scores 1;
 * - velocity: (last 24 h + 1)/(previous 24 h + 1); 4× scores 1 (log₂ scale, decline scores 0);
 * - reach: audience of the recent mentions (views, else followers, else engagement; only where
 *   known) against the baseline's daily audience; 8× scores 1. Unknown when no recent mention
 *   reports metrics: its weight then goes to the other components pro rata, never counted as 0;
 * - media: Wilson lower bound of the share of news/media mentions; 50 % scores 1.
 * Every component is damped by n/(n + 10) (n = recent mentions, or those with known reach) so a
 * handful of posts stays low: pressure means many people at once.
 * Each component reports its weight, raw value, 0–1 score, points and the posts behind it.
 */
export function pressureIndex(mentions: readonly Mention[], now: Date, options: PressureOptions = {}): PressureResult {
  const recentMs = (options.recentHours ?? 24) * HOUR;
  const baselineDays = options.baselineDays ?? 7;
  const limit = options.limit ?? DEFAULT_EVIDENCE;
  const weights = { ...PRESSURE_WEIGHTS, ...options.weights };
  const t = now.getTime();
  const recent: Mention[] = [];
  const previous: Mention[] = [];
  const baseline: Mention[] = [];
  // Canonical ISO strings compare in time order: no Date.parse per mention.
  const iso = (ms: number) => new Date(ms).toISOString();
  const nowIso = iso(t);
  const recentFrom = iso(t - recentMs);
  const previousFrom = iso(t - 2 * recentMs);
  const baselineFrom = iso(t - recentMs - baselineDays * 24 * HOUR);
  const earliest = baselineFrom < previousFrom ? baselineFrom : previousFrom;
  for (const m of mentions) {
    const at = canonicalIso(m.sortAt);
    if (at >= nowIso || at < earliest) continue;
    if (at >= recentFrom) recent.push(m);
    else {
      if (at >= previousFrom) previous.push(m);
      if (at >= baselineFrom) baseline.push(m);
    }
  }
  const n = recent.length;
  const periodsInBaseline = (baselineDays * 24 * HOUR) / recentMs;
  const baselineMean = baseline.length / periodsInBaseline;

  const volumeRaw = (n + 1) / (baselineMean + 1);
  const negatives = recent.filter((m) => m.sentiment.label === 'negative');
  const negRaw = n ? negatives.length / n : 0;
  const velocityRaw = (n + 1) / (previous.length + 1);
  const mediaItems = recent.filter(isMedia);
  const mediaRaw = n ? mediaItems.length / n : 0;

  const audience = (ms: Mention[]) => {
    let sum = 0;
    let known = 0;
    for (const m of ms) {
      const r = reachOf(m);
      if (r !== null) { sum += r; known++; }
    }
    return { sum, known };
  };
  const ra = audience(recent);
  const ba = audience(baseline);
  const reachRaw = ra.known ? (ra.sum + 1) / (ba.sum / periodsInBaseline + 1) : null;

  const log2 = Math.log2;
  const byReach = (m: Mention) => reachOf(m) ?? 0;
  const parts: Omit<PressureComponent, 'effectiveWeight' | 'points'>[] = [
    { id: 'volume', weight: weights.volume, raw: volumeRaw, score: clamp01(log2(volumeRaw) / 3) * shrink(n), mentionIds: topIds(recent, evidenceWeight, limit) },
    { id: 'negativity', weight: weights.negativity, raw: negRaw, score: clamp01(wilson(negatives.length, n).low / 0.5) * shrink(n), mentionIds: topIds(negatives, evidenceWeight, limit) },
    { id: 'velocity', weight: weights.velocity, raw: velocityRaw, score: clamp01(log2(velocityRaw) / 2) * shrink(n), mentionIds: topIds(recent, () => 0, limit) }, // newest first
    { id: 'reach', weight: weights.reach, raw: reachRaw, score: reachRaw === null ? null : clamp01(log2(reachRaw) / 3) * shrink(ra.known), mentionIds: topIds(recent.filter((m) => reachOf(m) !== null), byReach, limit) },
    { id: 'media', weight: weights.media, raw: mediaRaw, score: clamp01(wilson(mediaItems.length, n).low / 0.5) * shrink(n), mentionIds: topIds(mediaItems, byReach, limit) },
  ];
  const knownWeight = parts.reduce((s, p) => s + (p.score === null ? 0 : p.weight), 0);
  const components: PressureComponent[] = parts.map((p) => {
    const effectiveWeight = p.score === null || knownWeight === 0 ? 0 : p.weight / knownWeight;
    return { ...p, effectiveWeight, points: 100 * effectiveWeight * (p.score ?? 0) };
  });
  const score = Math.min(100, Math.max(0, components.reduce((s, c) => s + c.points, 0)));
  // Overall evidence: negative, far-reaching recent posts first.
  const drivers = topIds(recent, (m) => (m.sentiment.label === 'negative' ? 2 : 1) * (1 + Math.log1p(reachOf(m) ?? 0)), limit);
  return {
    score, level: pressureLevel(score), components, recentCount: n, baselineDailyMean: baselineMean * (24 * HOUR / recentMs),
    at: now.toISOString(), mentionIds: drivers,
  };
}
