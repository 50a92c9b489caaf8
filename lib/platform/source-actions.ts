import type { PulsoDB } from '../db/schema';
import { deleteSource, putSource, retryStoredSource, setSourceInterval } from '../db/sources-store';
import { CheckNowResultSchema, type CheckNowResult } from '../messaging/sources';
import type { Source } from '../model/source';
import type { FetchFn } from '../sources/poll-source';
import { probeFeedUrl, type ProbeResult } from '../sources/probe-feed';
import { browser } from './browser';
import { sendMessage } from './messaging';

/** What the options page does with sources; the page gets these as a prop so components stay testable. */
export interface SourceActions {
  /** Asks the user for host access; call it first thing in a click handler (it needs the user gesture). */
  requestHost: (origin: string) => Promise<boolean>;
  probe: (url: string) => Promise<ProbeResult>;
  save: (source: Source) => Promise<void>;
  setInterval: (source: Source, minutes: number) => Promise<void>;
  remove: (id: string) => Promise<void>;
  checkNow: (id: string) => Promise<CheckNowResult>;
  retry: (id: string) => Promise<CheckNowResult>;
}

/** The page's own fetch, without cookies, for probing an address the user typed. */
const pageFetch: FetchFn = (url, init) => fetch(url, { headers: init.headers, credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(30_000) });

/** Source actions on the extension's database, permissions API and background. */
export function browserSourceActions(db: PulsoDB): SourceActions {
  return {
    requestHost: (origin) => browser.permissions.request({ origins: [origin] }),
    probe: (url) => probeFeedUrl(url, pageFetch),
    save: (source) => putSource(db, source),
    setInterval: (source, minutes) => setSourceInterval(db, source, minutes),
    remove: (id) => deleteSource(db, id),
    // Parsed on arrival: the failure code it carries is worded by the page, so it must be one we know.
    checkNow: async (id) => CheckNowResultSchema.parse(await sendMessage('sources/check-now', { id })),
    retry: async (id) => {
      await retryStoredSource(db, id);
      return CheckNowResultSchema.parse(await sendMessage('sources/check-now', { id }));
    },
  };
}
