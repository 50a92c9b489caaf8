import { browser } from 'wxt/browser';
import { liveQuery } from 'dexie';
import { alertTarget, dashboardHash } from '@/lib/alerts/dashboard-link';
import { pressureBadge } from '@/lib/alerts/badge';
import { runAlerts } from '@/lib/db/alert-run';
import { ensureRollups } from '@/lib/db/rollup-store';
import { EvaluateRequestSchema, type EvaluateResult } from '@/lib/messaging/indicators';
import { resolveUiLang } from '@/lib/model/settings';
import { getDB } from '@/lib/platform/db';
import { INDICATOR_SETTINGS_KEY, readIndicatorSettings } from '@/lib/platform/indicator-storage';
import { onMessage } from '@/lib/platform/messaging';
import { PROFILE_KEY, readProfile, readSettings } from '@/lib/platform/storage';

const ALARM = 'pulso-indicators';
const PERIOD_MINUTES = 15;
const NOTIFICATION_PREFIX = 'pulso-alert:';
const AFTER_INGEST_MS = 3000;

let chain: Promise<unknown> = Promise.resolve();
/** One pass at a time: an ingest burst and the alarm never evaluate concurrently. */
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const next = chain.then(fn, fn);
  chain = next.catch(() => undefined);
  return next;
}

/** The toolbar action (MV3 `action`, MV2 `browserAction`). */
function toolbar() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** One alert pass: rollups up to date, pressure on the badge, due alerts as notifications. */
export function evaluateNow(): Promise<EvaluateResult> {
  return serial(async () => {
    const now = new Date();
    const [{ profile }, settings, ui] = await Promise.all([readProfile(), readIndicatorSettings(), readSettings()]);
    const lang = resolveUiLang(ui.uiLang, globalThis.navigator?.languages ?? []);
    const { alerts, pressure } = await runAlerts(getDB(), profile, settings, now);
    const badge = pressureBadge(pressure, lang);
    const action = toolbar();
    await action.setBadgeText({ text: badge.text });
    await action.setBadgeBackgroundColor({ color: badge.color });
    await action.setTitle({ title: badge.title });
    for (const a of alerts) {
      // The notification id carries where a click leads, so it survives a service-worker restart.
      const id = `${NOTIFICATION_PREFIX}${a.key}|${dashboardHash(alertTarget(a, settings.shiftRecentDays, now))}`;
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: `Pulso · ${profile.name}`,
        message: a.message[lang],
        // Firefox rejects `priority`; Chrome keeps high-priority notifications on screen longer.
        ...(import.meta.env.FIREFOX ? {} : { priority: a.severity === 'critical' ? 2 : a.severity === 'high' ? 1 : 0 }),
      });
    }
    return { fired: alerts.length, level: pressure.level, score: pressure.score };
  });
}

function openFromNotification(id: string): void {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return;
  const hash = id.slice(id.indexOf('|') + 1);
  void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${hash.startsWith('#dashboard') ? hash : '#dashboard'}`) });
  void browser.notifications.clear(id);
}

/**
 * Alerts and the toolbar badge: evaluated a few seconds after a new mention is stored (its
 * capture seen through a Dexie live query), after a backup import, on a 15-minute alarm, and
 * when the alert settings change. Also keeps the rollups in the profile's time zone when the profile changes.
 */
export function registerIndicators(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastNewest: string | undefined;
  let watching = false;
  // The newest capture, not the count: counting is a walk over every stored mention, and a live
  // query re-runs after every write, so during a re-tag of 100k mentions the count ran after
  // each batch and held the store for a third of a second each time. The newest capture changes
  // only when something new is stored (a backup import asks for a pass itself).
  liveQuery(() => getDB().mentions.orderBy('capturedAt').reverse().limit(1).primaryKeys()).subscribe({
    next: ([newest]) => {
      const changed = watching && newest !== undefined && newest !== lastNewest;
      watching = true;
      lastNewest = newest;
      if (!changed) return;
      clearTimeout(timer);
      timer = setTimeout(() => void evaluateNow().catch((e: unknown) => console.warn('Pulso: alert pass failed', e)), AFTER_INGEST_MS);
    },
    error: (e: unknown) => console.warn('Pulso: mention watch failed', e),
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void evaluateNow().catch((e: unknown) => console.warn('Pulso: alert pass failed', e));
  });
  void browser.alarms.get(ALARM).then((existing) => {
    if (existing?.periodInMinutes !== PERIOD_MINUTES) void browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
  });
  browser.notifications.onClicked.addListener(openFromNotification);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (PROFILE_KEY in changes) void serial(async () => ensureRollups(getDB(), (await readProfile()).profile.timezone, new Date()));
    if (INDICATOR_SETTINGS_KEY in changes) void evaluateNow().catch(() => undefined);
  });
  onMessage('indicators/evaluate', ({ data }) => {
    EvaluateRequestSchema.parse(data ?? {});
    return evaluateNow();
  });
  void evaluateNow().catch((e: unknown) => console.warn('Pulso: alert pass failed', e));
}
