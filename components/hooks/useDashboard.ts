import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadDashboard, loadExplanations } from '@/lib/db/dashboard-load';
import { ensureRollups } from '@/lib/db/rollup-store';
import type { PulsoDB } from '@/lib/db/schema';
import type { CityProfile } from '@/lib/model/city-profile';
import type { TimeWindow } from '@/lib/model/indicator';

/**
 * The dashboard's data, live: first the figures from daily rollups (fast), then the
 * explanations that need the window's mentions. Rollups are repaired first if they are missing,
 * stale or cut in another time zone (e.g. right after the upgrade that introduced them).
 */
export function useDashboard(db: PulsoDB, window: TimeWindow, profile: CityProfile) {
  const tz = profile.timezone;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    void ensureRollups(db, tz, new Date()).finally(() => { if (alive) setReady(true); });
    return () => { alive = false; };
  }, [db, tz]);
  const key = `${window.kind}|${window.from}|${window.to}|${tz}`;
  const data = useLiveQuery(() => (ready ? loadDashboard(db, window, new Date(), tz) : undefined), [db, key, ready]);
  // Explanations read thousands of mentions: start them once the first figures are drawn, so
  // they do not compete with the first render for IndexedDB and the main thread.
  const shown = data !== undefined && data.window === window;
  const explain = useLiveQuery(() => (shown ? loadExplanations(db, window, new Date(), profile) : undefined), [db, key, shown, profile.ownAccounts.join(',')]);
  return { data, explain };
}
