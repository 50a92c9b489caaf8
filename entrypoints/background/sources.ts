import { browser } from 'wxt/browser';
import { readHostStates, readSources, readSourceStates, savePollState } from '@/lib/db/sources-store';
import { CheckNowSchema, type CheckNowResult } from '@/lib/messaging/sources';
import { getDB } from '@/lib/platform/db';
import { onMessage } from '@/lib/platform/messaging';
import { enrichArticles } from '@/lib/sources/enrich-articles';
import { ingestPolled, knownItems } from '@/lib/sources/ingest-polled';
import type { FetchFn } from '@/lib/sources/poll-source';
import { readArticle } from '@/lib/sources/read-article';
import { runPoll } from '@/lib/sources/run-poll';
import { currentPipeline } from './current-pipeline';
import { ingestQueued } from './data-safety';

const ALARM = 'sources-poll';
const E2E = import.meta.env.MODE === 'e2e';
// One alarm looks for due sources; each source keeps its own interval in its stored state.
// Chrome honours periods under 30 s only for unpacked extensions, which the e2e build is.
const PERIOD_MINUTES = E2E ? 0.05 : 1;
const MIN_HOST_MS = E2E ? 2_000 : 10_000;
const MAX_SOURCES_PER_RUN = 8;
const FETCH_TIMEOUT_MS = 30_000;
const MAX_ARTICLES_PER_POLL = 10;

/**
 * The real fetch, without cookies (a poll must never act as the user on the site), bypassing the
 * HTTP cache so our conditional GET and its 304 reach the poller, and cut off when a server hangs
 * (runs are serialised, so one stuck request would hold up every source).
 */
const fetchFn: FetchFn = (url, init) =>
  fetch(url, { headers: init.headers, credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });

// Runs in this service-worker life are serialised so an alarm and a "Check now" never poll the
// same source at once; everything else lives in IndexedDB and survives the worker.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether the user granted access to a page's host (article pages may live outside the feed's host). */
async function hasHostAccess(url: string): Promise<boolean> {
  const u = new URL(url);
  return browser.permissions.contains({ origins: [`${u.protocol}//${u.hostname}/*`] });
}

async function pollNow(force?: string[]) {
  const db = getDB();
  const [sources, states, hostStates, pipeline] = await Promise.all([readSources(db), readSourceStates(db), readHostStates(db), currentPipeline()]);
  return runPoll(
    { sources, states, hostStates, force, minHostMs: MIN_HOST_MS, maxSources: MAX_SOURCES_PER_RUN },
    {
      fetchFn,
      clock: () => new Date(),
      random: Math.random,
      ingest: ingestPolled(db, pipeline, ingestQueued),
      save: (state, hosts) => savePollState(db, state, hosts),
      wait,
      enrich: async (items) =>
        (await enrichArticles(items, { fetchFn, readArticle, known: knownItems(db), allowed: hasHostAccess, wait }, MAX_ARTICLES_PER_POLL)).items,
    },
  );
}

async function checkNow(id: string): Promise<CheckNowResult> {
  const { reports } = await serial(() => pollNow([id]));
  const r = reports[0];
  if (!r) return { outcome: 'missing' };
  return { outcome: r.outcome, ...(r.failure ? { failure: r.failure } : {}) };
}

async function ensureAlarm(): Promise<void> {
  // Re-creating an existing alarm would restart its countdown on every worker wake-up.
  const existing = await browser.alarms.get(ALARM);
  if (existing?.periodInMinutes !== PERIOD_MINUTES) await browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: PERIOD_MINUTES });
}

/** Polls the listening sources on a periodic alarm and answers the options page's "Check now". */
export function registerSources(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void serial(() => pollNow()).catch((e: unknown) => console.warn('Pulso: poll run failed', e));
  });
  onMessage('sources/check-now', ({ data }) => checkNow(CheckNowSchema.parse(data).id));
  void ensureAlarm();
}
