import type { Attribute, Topic } from '../model/taxonomy';
import { DAY_MS } from './calendar';
import { EPISODE_PLACES } from './places';

/**
 * The negative episode planted in the demo: ten days of violence and insecurity posts, starting
 * three weeks before `now`, that the dashboard must flag as a shift. Times are relative to `now`.
 */
export const DEMO_EPISODE = {
  startDaysAgo: 21,
  endDaysAgo: 11,
  topic: 'security' satisfies Topic,
  attributes: ['violent', 'unsafe'] satisfies Attribute[],
  /** Where most episode posts happen (profile terms). */
  places: EPISODE_PLACES,
  /** Daily volume at the episode's peak, relative to an ordinary day. */
  peakVolume: 2.6,
  /** Share of the day's posts that belong to the episode at its peak. */
  peakShare: 0.6,
} as const;

/** The episode's window for a given `now`: [start, end). */
export function demoEpisodeWindow(now: Date): { start: Date; end: Date } {
  return {
    start: new Date(now.getTime() - DEMO_EPISODE.startDaysAgo * DAY_MS),
    end: new Date(now.getTime() - DEMO_EPISODE.endDaysAgo * DAY_MS),
  };
}

/**
 * How strong the episode is at instant `t` (ms): 0 outside the window, rising to 1 and easing
 * off again inside it, so it looks like a story that builds and fades rather than a step.
 */
export function episodeIntensity(t: number, now: Date): number {
  const { start, end } = demoEpisodeWindow(now);
  if (t < start.getTime() || t >= end.getTime()) return 0;
  const x = (t - start.getTime()) / (end.getTime() - start.getTime());
  return 0.45 + 0.55 * Math.sin(Math.PI * x);
}
