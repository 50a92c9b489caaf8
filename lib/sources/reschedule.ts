import type { SourceState } from '../model/source';

/**
 * The state after the user changes a source's interval: a regular (non-failing) schedule is
 * recomputed from the last success, so a shorter interval takes effect at once instead of after
 * the old, longer wait. A back-off or a server's Retry-After is left alone.
 */
export function rescheduleForInterval(state: SourceState, intervalMinutes: number): SourceState {
  if (state.flagged || state.consecutiveFailures > 0 || !state.lastSuccessAt) return state;
  const next = new Date(Date.parse(state.lastSuccessAt) + intervalMinutes * 60_000).toISOString();
  return { ...state, nextAttemptAt: next };
}
