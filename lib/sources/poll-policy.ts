import type { Source, SourceState } from '../model/source';
import type { SourceFailure } from '../model/source-failure';

/** What one poll attempt came to. */
export type PollOutcome =
  | { ok: true; status: number; etag?: string; lastModified?: string }
  | { ok: false; status?: number; retryAfter?: string; failure: SourceFailure };

/** Knobs of the schedule; defaults suit a handful of sources polled every half hour. */
export type PollPolicy = {
  intervalMinutes: number;
  /** Uniform [0, 1): injected so schedules are reproducible in tests. */
  random: () => number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Consecutive failures after which the source is flagged and no longer scheduled. */
  maxFailures: number;
};

export const DEFAULT_POLICY: Omit<PollPolicy, 'intervalMinutes' | 'random'> = {
  baseBackoffMs: 5 * 60_000,
  maxBackoffMs: 24 * 60 * 60_000,
  maxFailures: 6,
};

/** A fresh state for a source never polled: due now. */
export function initialState(sourceId: string): SourceState {
  return { sourceId, consecutiveFailures: 0, flagged: false };
}

/**
 * Reads Retry-After (delta seconds or an HTTP date) into milliseconds from `now`; undefined
 * when absent or unreadable.
 */
export function retryAfterMs(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** Backoff before retry number `failures` (1-based): doubling from the base, capped, with jitter in [50%, 100%]. */
export function backoffMs(failures: number, policy: Pick<PollPolicy, 'baseBackoffMs' | 'maxBackoffMs' | 'random'>): number {
  const full = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** Math.max(0, failures - 1));
  return Math.round(full * (0.5 + 0.5 * policy.random()));
}

/**
 * The state after one poll: success (304 included) resets failures and schedules the next
 * regular poll; a failure backs off exponentially (Retry-After wins on 429/503) and flags the
 * source after `maxFailures` in a row, which stops its scheduling until `retrySource`.
 */
export function nextState(
  state: SourceState,
  outcome: PollOutcome,
  now: Date,
  policy: Partial<PollPolicy> & Pick<PollPolicy, 'intervalMinutes' | 'random'>,
): SourceState {
  const p = { ...DEFAULT_POLICY, ...policy };
  const at = now.toISOString();
  if (outcome.ok) {
    const next: SourceState = {
      ...state,
      lastAttemptAt: at,
      lastSuccessAt: at,
      nextAttemptAt: new Date(now.getTime() + p.intervalMinutes * 60_000).toISOString(),
      consecutiveFailures: 0,
      flagged: false,
      lastError: undefined,
      lastFailure: undefined,
    };
    // A 304 keeps the validators we sent; a 200 replaces them (or drops them when the server sent none).
    if (outcome.status !== 304) {
      next.etag = outcome.etag;
      next.lastModified = outcome.lastModified;
    }
    return next;
  }
  const failures = state.consecutiveFailures + 1;
  const flagged = failures >= p.maxFailures;
  const rateLimited = outcome.status === 429 || outcome.status === 503;
  const waitServer = rateLimited ? retryAfterMs(outcome.retryAfter, now) : undefined;
  // The server's own wait is honoured even beyond our cap, within a week.
  const wait = waitServer !== undefined ? Math.min(waitServer, 7 * 24 * 60 * 60_000) : backoffMs(failures, p);
  return {
    ...state,
    lastAttemptAt: at,
    consecutiveFailures: failures,
    // The code replaces any English sentence an older version stored; that the source was
    // stopped is said by the UI from `flagged` and `consecutiveFailures`.
    lastFailure: outcome.failure,
    lastError: undefined,
    flagged,
    nextAttemptAt: flagged ? undefined : new Date(now.getTime() + wait).toISOString(),
  };
}

/** The state after the user asks to retry a flagged (or any) source: due now, failures forgotten. */
export function retrySource(state: SourceState): SourceState {
  return { ...state, flagged: false, consecutiveFailures: 0, nextAttemptAt: undefined, lastError: undefined, lastFailure: undefined };
}

/** Sources to poll now: enabled, not flagged, and due (never polled, or next attempt reached); most overdue first. */
export function dueSources(sources: Source[], states: Record<string, SourceState | undefined>, now: Date): Source[] {
  const t = now.getTime();
  const due = sources.filter((s) => {
    const st = states[s.id];
    if (!s.enabled || st?.flagged) return false;
    return !st?.nextAttemptAt || Date.parse(st.nextAttemptAt) <= t;
  });
  const when = (s: Source) => (states[s.id]?.nextAttemptAt ? Date.parse(states[s.id]?.nextAttemptAt ?? '') : 0);
  return due.sort((a, b) => when(a) - when(b));
}

/**
 * Per-host politeness: allows a request to `host` only when the last one is at least `minMs`
 * old. Returns the decision and, when allowed, the host map with this request recorded.
 */
export function hostGate(
  hostStates: Record<string, string>,
  host: string,
  now: Date,
  minMs: number,
): { allowed: boolean; waitMs: number; hostStates: Record<string, string> } {
  const last = hostStates[host] ? Date.parse(hostStates[host]) : Number.NaN;
  const elapsed = Number.isNaN(last) ? Infinity : now.getTime() - last;
  if (elapsed < minMs) return { allowed: false, waitMs: minMs - elapsed, hostStates };
  return { allowed: true, waitMs: 0, hostStates: { ...hostStates, [host]: now.toISOString() } };
}
