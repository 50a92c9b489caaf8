import type { RawPost } from '../model/mention';
import type { Source, SourceState, PollCounts } from '../model/source';
import { failureDetail, type SourceFailure } from '../model/source-failure';
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

/** What one poll gave: the new state to persist, the items read, and why it failed if it did. */
export type PollResult = { state: SourceState; items: RawPost[]; warnings: string[]; failure?: SourceFailure };

/** The failure for a request that got no answer at all. */
export function unreachable(url: string, e: unknown): SourceFailure {
  return { code: 'unreachable', host: new URL(url).host, detail: failureDetail(e) };
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
    failure: outcome.failure,
  });
  let res;
  try {
    res = await fetchFn(req.url, { headers: req.headers });
  } catch (e) {
    return fail({ ok: false, failure: unreachable(req.url, e) });
  }
  if (res.status === 304) {
    return { state: nextState(state, { ok: true, status: 304 }, now, p), items: [], warnings: [] };
  }
  if (res.status < 200 || res.status >= 300) {
    return fail({ ok: false, status: res.status, retryAfter: res.headers.get('retry-after') ?? undefined, failure: { code: 'http', status: res.status } });
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    return fail({ ok: false, status: res.status, failure: { code: 'download-broken', detail: failureDetail(e) } });
  }
  const parsed = parseSavedSource(bytes, res.url || req.url, res.headers.get('content-type') ?? undefined);
  if (!parsed.ok) return fail({ ok: false, status: res.status, failure: parsed.failure });
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
