import type { Shift, ShiftReport, Tally, TimeWindow } from '../model/indicator';
import type { Mention } from '../model/mention';
import { ATTRIBUTES, TOPICS } from '../model/taxonomy';
import { evidenceWeight, topIds } from './engagement';
import { DEFAULT_EVIDENCE, scopeMentions } from './scope';
import { benjaminiHochberg, cohensH, compareProportions, poissonRateTest } from './stats';
import { tallyMentions } from './tally';
import { baselineWindow, resolveWindow, windowDays } from './window';

/** False discovery rate used to call a shift significant. */
export const DEFAULT_ALPHA = 0.05;
const DAY = 86_400_000;

type Draft = Omit<Shift, 'qValue' | 'significant' | 'driverIds'>;

function direction(diff: number): Shift['direction'] {
  return diff > 0 ? 'up' : diff < 0 ? 'down' : 'flat';
}

function proportionShift(metric: Shift['metric'], key: string, x1: number, n1: number, x2: number, n2: number): Draft {
  const p1 = n1 ? x1 / n1 : 0;
  const p2 = n2 ? x2 / n2 : 0;
  const { p, test } = compareProportions(x1, n1, x2, n2);
  return {
    metric, key, direction: direction(p1 - p2), recent: p1, baseline: p2,
    recentCount: x1, baselineCount: x2, recentN: n1, baselineN: n2,
    difference: p1 - p2, ratio: p2 > 0 ? p1 / p2 : null, cohensH: cohensH(p1, p2),
    test, pValue: p, driverCount: x1,
  };
}

/**
 * Compares a recent tally with its baseline: every attribute and topic share, the positive and
 * negative sentiment shares (two-proportion z-test, Fisher mid-p for small expected counts) and
 * the daily volume (Poisson rate test with the exposure ratio). Keys absent from both periods
 * are not tested. p-values are adjusted together with Benjamini–Hochberg; a shift is
 * significant when its q-value is below `alpha`. Sorted: significant first, then by q.
 */
export function shiftsFromTallies(recent: Tally, baseline: Tally, recentDays: number, baselineDays: number, alpha = DEFAULT_ALPHA): Shift[] {
  const drafts: Draft[] = [];
  for (const a of ATTRIBUTES) {
    const x1 = recent.attributes[a] ?? 0;
    const x2 = baseline.attributes[a] ?? 0;
    if (x1 + x2 > 0) drafts.push(proportionShift('attribute', a, x1, recent.n, x2, baseline.n));
  }
  for (const t of TOPICS) {
    const x1 = recent.topics[t] ?? 0;
    const x2 = baseline.topics[t] ?? 0;
    if (x1 + x2 > 0) drafts.push(proportionShift('topic', t, x1, recent.n, x2, baseline.n));
  }
  if (recent.pos + baseline.pos > 0) drafts.push(proportionShift('sentiment', 'positive', recent.pos, recent.n, baseline.pos, baseline.n));
  if (recent.neg + baseline.neg > 0) drafts.push(proportionShift('sentiment', 'negative', recent.neg, recent.n, baseline.neg, baseline.n));
  if (recent.n + baseline.n > 0 && recentDays > 0 && baselineDays > 0) {
    const r1 = recent.n / recentDays;
    const r2 = baseline.n / baselineDays;
    const { p, test } = poissonRateTest(recent.n, recentDays, baseline.n, baselineDays);
    drafts.push({
      metric: 'volume', key: 'total', direction: direction(r1 - r2), recent: r1, baseline: r2,
      recentCount: recent.n, baselineCount: baseline.n, recentN: recent.n, baselineN: baseline.n,
      difference: r1 - r2, ratio: r2 > 0 ? r1 / r2 : null, cohensH: null, test, pValue: p, driverCount: recent.n,
    });
  }
  const q = benjaminiHochberg(drafts.map((d) => d.pValue));
  return drafts
    .map((d, i) => ({ ...d, qValue: q[i], significant: q[i] < alpha && d.direction !== 'flat', driverIds: [] as string[] }))
    .sort((a, b) => Number(b.significant) - Number(a.significant) || a.qValue - b.qValue || a.key.localeCompare(b.key));
}

export interface ShiftOptions {
  /** Recent window; default the 7 days before `now`. */
  recent?: TimeWindow;
  /** Baseline window; default the 90 days before the recent window. */
  baseline?: TimeWindow;
  alpha?: number;
  /** Mention ids returned per shift. */
  limit?: number;
}

/** Recent-vs-baseline shifts over mentions, each with the recent mentions that drive it. */
export function detectShifts(mentions: readonly Mention[], now: Date, options: ShiftOptions = {}): ShiftReport {
  const recentW = options.recent ?? resolveWindow('7d', now);
  const baseW = options.baseline ?? baselineWindow(recentW, 90 * DAY);
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const limit = options.limit ?? DEFAULT_EVIDENCE;
  const recent = scopeMentions(mentions, recentW, now);
  const base = scopeMentions(mentions, baseW, now);
  const shifts = shiftsFromTallies(tallyMentions(recent), tallyMentions(base), windowDays(recentW), windowDays(baseW), alpha);
  for (const s of shifts) {
    const drivers = s.metric === 'attribute' ? recent.filter((m) => m.attributes.includes(s.key as never))
      : s.metric === 'topic' ? recent.filter((m) => m.topics.includes(s.key as never))
        : s.metric === 'sentiment' ? recent.filter((m) => m.sentiment.label === s.key)
          : recent;
    s.driverIds = topIds(drivers, evidenceWeight, limit);
  }
  return { recent: recentW, baseline: baseW, alpha, shifts };
}
