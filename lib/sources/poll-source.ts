import type { RawPost } from '../model/mention';
import type { Source, SourceState, PollCounts } from '../model/source';
import { parseSavedSource } from './parse-saved';
import { nextState, type PollOutcome, type PollPolicy } from './poll-policy';
import { buildRequest } from './source-request';

/** The part of `fetch` the poller uses, so tests and the service worker can pass their own. */
export type FetchFn = (url: string, init: { headers: Record<string, string> }) => Promise<{
  status: number;
  url?: string;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}>;

/** What one poll gave: the new state to persist, the items read, and the error in words if it failed. */
export type PollResult = { state: SourceState; items: RawPost[]; warnings: string[]; error?: string };

/** Plain-words reason for an HTTP failure status. */
export function httpError(status: number): string {
  if (status === 401 || status === 403) return `the server refused access (HTTP ${status})`;
  if (status === 404) return 'the server says this address does not exist (HTTP 404)';
  if (status === 410) return 'the server says this source is gone for good (HTTP 410)';
  if (status === 429) return 'too many requests: the server asked us to slow down (HTTP 429)';
  if (status >= 500) return `the server had a problem (HTTP ${status})`;
  return `unexpected answer from the server (HTTP ${status})`;
}

/**
 * Polls one source once with the injected fetch: conditional GET, one parse of the body, and
 * the next state (schedule, validators, failures) to persist. Never throws.
 */
export async function pollSource(
  source: Source,
  state: SourceState,
  fetchFn: FetchFn,
  now: Date,
  policy: Partial<PollPolicy> & Pick<PollPolicy, 'random'>,
): Promise<PollResult> {
  const p = { intervalMinutes: source.intervalMinutes, ...policy };
  const req = buildRequest(source, state);
  const fail = (outcome: Extract<PollOutcome, { ok: false }>): PollResult => ({
    state: nextState(state, outcome, now, p),
    items: [],
    warnings: [],
    error: outcome.error,
  });
  let res;
  try {
    res = await fetchFn(req.url, { headers: req.headers });
  } catch (e) {
    return fail({ ok: false, error: `could not reach ${new URL(req.url).host}: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (res.status === 304) {
    return { state: nextState(state, { ok: true, status: 304 }, now, p), items: [], warnings: [] };
  }
  if (res.status < 200 || res.status >= 300) {
    return fail({ ok: false, status: res.status, retryAfter: res.headers.get('retry-after') ?? undefined, error: httpError(res.status) });
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    return fail({ ok: false, status: res.status, error: `the download broke off: ${e instanceof Error ? e.message : String(e)}` });
  }
  const parsed = parseSavedSource(bytes, res.url || req.url, res.headers.get('content-type') ?? undefined);
  if (!parsed.ok) return fail({ ok: false, status: res.status, error: parsed.error });
  const ok: PollOutcome = {
    ok: true,
    status: res.status,
    etag: res.headers.get('etag') ?? undefined,
    lastModified: res.headers.get('last-modified') ?? undefined,
  };
  const next = nextState(state, ok, now, p);
  next.lastCounts = { fetched: parsed.items.length, new: 0, matched: 0 };
  return { state: next, items: parsed.items, warnings: parsed.warnings };
}

/** Records how many polled items were new and matched the profile, once ingest has run. */
export function recordCounts(state: SourceState, counts: Omit<PollCounts, 'fetched'>): SourceState {
  return { ...state, lastCounts: { fetched: state.lastCounts?.fetched ?? 0, ...counts } };
}
