import { useState } from 'react';
import { BROWSE_PLATFORMS, HostNameSchema, platformOrigins, type BrowsePlatform, type BrowseSettings } from '@/lib/browse/browse-settings';
import { healthStatus } from '@/lib/browse/parser-health';
import { ADAPTERS } from '@/lib/capture/registry';
import type { ParserHealth } from '@/lib/db/parser-health-records';
import { HostList } from './HostList';
import { useT } from './I18n';

export interface PlatformSettingsProps {
  settings: BrowseSettings;
  health: ParserHealth[];
  now: Date;
  /** Asks for host access (must be the first thing a click does: it needs the user gesture). */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  save: (next: BrowseSettings) => Promise<unknown>;
  /** False in builds without a page world for registered scripts (Firefox MV2, which reads API responses through webRequest instead). */
  pageHook: boolean;
}

const BRAND: Record<Exclude<BrowsePlatform, 'news'>, string> = {
  x: 'X', reddit: 'Reddit', mastodon: 'Mastodon', bluesky: 'Bluesky', facebook: 'Facebook', instagram: 'Instagram',
  youtube: 'YouTube', linkedin: 'LinkedIn', tiktok: 'TikTok', telegram: 'Telegram',
};

type ListKey = 'newsDomains' | 'mastodonHosts';

/** Capture while browsing: one switch per platform (host access asked then), its parser health, and the news/Mastodon host lists. */
export function PlatformSettings({ settings, health, now, requestOrigins, save, pageHook }: PlatformSettingsProps) {
  const { t, n, lang } = useT();
  const [status, setStatus] = useState('');
  const byPlatform = new Map(health.map((h) => [h.platform, h]));
  const name = (p: BrowsePlatform) => (p === 'news' ? t('browse.news') : BRAND[p]);
  const when = (iso: string) => new Date(iso).toLocaleString(lang);

  async function toggle(p: BrowsePlatform, on: boolean) {
    if (on) {
      const ok = await requestOrigins(platformOrigins(p, settings));
      if (!ok) return setStatus(t('browse.denied', { platform: name(p) }));
      await save({ ...settings, enabled: [...settings.enabled.filter((x) => x !== p), p] });
    } else {
      await save({ ...settings, enabled: settings.enabled.filter((x) => x !== p) });
    }
    setStatus('');
  }

  async function addHost(key: ListKey, typed: string): Promise<boolean> {
    const host = HostNameSchema.safeParse(typed);
    if (!host.success) {
      setStatus(t('browse.badDomain'));
      return false;
    }
    const ok = await requestOrigins([`https://*.${host.data}/*`]);
    if (!ok) {
      setStatus(t('browse.denied', { platform: host.data }));
      return false;
    }
    await save({ ...settings, [key]: [...settings[key].filter((h) => h !== host.data), host.data] });
    setStatus('');
    return true;
  }

  return (
    <section className="card" aria-labelledby="browse-title" data-testid="platform-settings">
      <h2 id="browse-title">{t('browse.title')}</h2>
      <p className="hint">{t('browse.help')}</p>
      {!pageHook ? <p className="hint">{t('browse.noPageHook')}</p> : null}
      <ul className="platform-list">
        {BROWSE_PLATFORMS.map((p) => {
          const h = byPlatform.get(p);
          const state = healthStatus(h, now);
          return (
            <li key={p} data-testid={`platform-${p}`}>
              <label>
                <input type="checkbox" checked={settings.enabled.includes(p)} onChange={(e) => void toggle(p, e.currentTarget.checked)} />
                {' '}{name(p)}
              </label>
              {' '}<span className="hint">{ADAPTERS[p].verified ? t('browse.verified') : t('browse.unverified')}</span>
              <p className="hint" data-testid={`health-${p}`}>
                {h
                  ? t('browse.counts', { views: n(h.pageViews), seen: n(h.seen), parsed: n(h.parsed), matched: n(h.matched), skipped: n(h.skipped) })
                  : t('browse.noData')}
                {h ? ' · ' + (h.lastSuccessAt ? t('browse.lastSuccess', { when: when(h.lastSuccessAt) }) : t('browse.noSuccess')) : null}
              </p>
              {state === 'stale' ? <p className="warning" role="status" data-testid={`stale-${p}`}>{t('browse.stale', { platform: name(p), views: n(h?.viewsSinceParsed ?? 0) })}</p> : null}
              {p === 'news' || p === 'mastodon' ? (
                <HostList
                  label={p === 'news' ? t('browse.newsDomains') : t('browse.mastodonHosts')}
                  testId={`hosts-${p}`}
                  hosts={settings[p === 'news' ? 'newsDomains' : 'mastodonHosts']}
                  onAdd={(typed) => addHost(p === 'news' ? 'newsDomains' : 'mastodonHosts', typed)}
                  onRemove={(host) => void save({ ...settings, [p === 'news' ? 'newsDomains' : 'mastodonHosts']: settings[p === 'news' ? 'newsDomains' : 'mastodonHosts'].filter((x) => x !== host) })}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p role="status" data-testid="browse-status">{status}</p>
    </section>
  );
}
