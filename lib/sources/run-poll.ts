import type { RawPost } from '../model/mention';
import type { Source, SourceState } from '../model/source';
import { failureDetail, type SourceFailure } from '../model/source-failure';
import { dueSources, hostGate, initialState, nextState, type PollPolicy } from './poll-policy';
import { pollSource, recordCounts, type FetchFn } from './poll-source';
import { sourceUrl } from './source-request';

/** The outside world of one poll run: the service worker passes the real ones, tests pass fakes. */
export type RunPollDeps = {
  fetchFn: FetchFn;
  /** Read before every request, so waits and slow servers are accounted for. */
  clock: () => Date;
  random: () => number;
  /** Stores one source's items; says how many were new and how many matched the profile. */
  ingest: (source: Source, items: RawPost[], now: Date) => Promise<{ new: number; matched: number }>;
  /** Persists after every source, so a service worker stopped mid-run loses at most one poll. */
  save: (state: SourceState, hostStates: Record<string, string>) => Promise<void>;
  /** Used only for a forced check held back by the host gate. */
  wait: (ms: number) => Promise<void>;
  /** Fetches article pages for feeds whose user opted in (`fetchArticles`); absent, teasers are kept. */
  enrich?: (items: RawPost[]) => Promise<RawPost[]>;
};

export type RunPollInput = {
  sources: Source[];
  states: Record<string, SourceState | undefined>;
  /** Host → ISO time of the last request to it. */
  hostStates: Record<string, string>;
  /** Ids the user asked to check now: polled whatever their schedule, and nothing else is. */
  force?: string[];
  /** Least time between two requests to the same host. */
  minHostMs: number;
  /** Most sources polled in one run; the rest stay due for the next one. */
  maxSources: number;
  policy?: Partial<Omit<PollPolicy, 'intervalMinutes' | 'random'>>;
};

/** What happened to one source in a run. */
export type SourceRunReport = {
  sourceId: string;
  outcome: 'updated' | 'not-modified' | 'failed' | 'host-busy';
  failure?: SourceFailure;
  state?: SourceState;
};

/** The host a source's requests go to (the key of the per-host gate). */
export function sourceHost(source: Source): string {
  return new URL(sourceUrl(source)).host;
}

/**
 * One run of the poller: picks the due sources (or the ones the user forced), respects the
 * per-host minimum interval, polls each with conditional GET, hands new items to `ingest`, and
 * persists the state after every source. Never throws for a source's own failure.
 */
export async function runPoll(input: RunPollInput, deps: RunPollDeps): Promise<{ reports: SourceRunReport[]; hostStates: Record<string, string> }> {
  const forced = input.force ? new Set(input.force) : undefined;
  const picked = forced
    ? input.sources.filter((s) => forced.has(s.id))
    : dueSources(input.sources, input.states, deps.clock()).slice(0, input.maxSources);
  let hostStates = { ...input.hostStates };
  const reports: SourceRunReport[] = [];
  for (const source of picked) {
    const host = sourceHost(source);
    let gate = hostGate(hostStates, host, deps.clock(), input.minHostMs);
    // The user is waiting on a forced check: wait out the host's interval rather than skip.
    for (let tries = 0; !gate.allowed && forced && tries < 3; tries++) {
      await deps.wait(gate.waitMs);
      gate = hostGate(hostStates, host, deps.clock(), input.minHostMs);
    }
    if (!gate.allowed) {
      reports.push({ sourceId: source.id, outcome: 'host-busy' });
      continue;
    }
    hostStates = gate.hostStates;
    const before = input.states[source.id] ?? initialState(source.id);
    const now = deps.clock();
    const policy = { random: deps.random, ...input.policy };
    // Watch the status on the way through: a 304 is a success with nothing to read.
    let status: number | undefined;
    const fetchFn: FetchFn = async (url, init) => {
      const res = await deps.fetchFn(url, init);
      status = res.status;
      return res;
    };
    const result = await pollSource(source, before, fetchFn, now, policy);
    let state = result.state;
    let outcome: SourceRunReport['outcome'] = result.failure ? 'failed' : status === 304 ? 'not-modified' : 'updated';
    let failure = result.failure;
    if (outcome === 'not-modified') state = { ...state, lastCounts: { fetched: 0, new: 0, matched: 0 } };
    if (outcome === 'updated' && result.items.length) {
      let items = result.items;
      if (deps.enrich && source.kind === 'feed' && source.fetchArticles) {
        // Article pages are a bonus: if fetching them breaks, the feed's own items still count.
        items = await deps.enrich(items).catch(() => items);
      }
      try {
        state = recordCounts(state, await deps.ingest(source, items, now));
      } catch (e) {
        // Keep the old validators: a conditional GET would otherwise answer 304 and the items would be lost.
        failure = { code: 'store-failed', detail: failureDetail(e) };
        state = nextState(before, { ok: false, failure }, now, { intervalMinutes: source.intervalMinutes, ...policy });
        outcome = 'failed';
      }
    }
    await deps.save(state, hostStates);
    reports.push({ sourceId: source.id, outcome, ...(failure ? { failure } : {}), state });
  }
  return { reports, hostStates };
}
