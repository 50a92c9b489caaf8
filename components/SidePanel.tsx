import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { PulsoDB } from '@/lib/db/schema';
import type { MessageKey } from '@/lib/i18n';
import { FeedView } from './FeedView';
import { DashboardView } from './DashboardView';
import { useProfile } from './hooks/useProfile';
import { useSettings } from './hooks/useSettings';
import { useT } from './I18n';

export interface SidePanelProps {
  db: PulsoDB;
}

interface PanelTab {
  id: string;
  label: MessageKey;
  render: (db: PulsoDB, ctx: { hasDemo: boolean }) => ReactNode;
}

// The studio's clarity check carries the sentiment model (about 1 MB): loaded when the tab is
// first opened, so the feed does not parse it on every open.
const StudioView = lazy(() => import('./StudioView').then((m) => ({ default: m.StudioView })));

function StudioTab({ db }: { db: PulsoDB }) {
  const { t } = useT();
  return (
    <Suspense fallback={<p role="status">{t('dash.loading')}</p>}>
      <StudioView db={db} />
    </Suspense>
  );
}

// One line per view of the side panel; the first is shown on open.
const TABS: PanelTab[] = [
  { id: 'feed', label: 'nav.feed', render: (db, { hasDemo }) => <FeedView db={db} hasDemo={hasDemo} /> },
  { id: 'dashboard', label: 'nav.dashboard', render: (db) => <DashboardView db={db} /> },
  { id: 'studio', label: 'nav.studio', render: (db) => <StudioTab db={db} /> },
];

/** Reads the view to open from the URL hash (`#feed`), so a notification can open a given view. */
function initialTab(): string {
  const wanted = location.hash.replace(/^#/, '').split('/')[0];
  return TABS.some((t) => t.id === wanted) ? wanted : TABS[0].id;
}

/** The side panel: the city's name, a tab per view, and the chosen view. */
export function SidePanel({ db }: SidePanelProps) {
  const { t } = useT();
  const { profile } = useProfile();
  const { settings } = useSettings();
  const [tab, setTab] = useState(initialTab);
  // A link to another view (`#studio/reply/<id>` from a mention) switches the tab.
  useEffect(() => {
    const onHash = () => setTab(initialTab());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const current = TABS.find((x) => x.id === tab) ?? TABS[0];
  return (
    <div className="panel">
      <header className="panel-head">
        <h1>{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline', { city: profile.name })}</p>
        {TABS.length > 1 ? (
          <nav className="tabs" role="tablist" aria-label={t('app.name')}>
            {TABS.map((x) => (
              <button key={x.id} type="button" role="tab" id={`tab-${x.id}`} aria-selected={x.id === tab} aria-controls="panel-view" className={x.id === tab ? 'tab active' : 'tab'} onClick={() => { setTab(x.id); history.replaceState(null, '', `#${x.id}`); }}>
                {t(x.label)}
              </button>
            ))}
          </nav>
        ) : null}
      </header>
      <main id="panel-view" role={TABS.length > 1 ? 'tabpanel' : undefined} aria-labelledby={TABS.length > 1 ? `tab-${tab}` : undefined}>
        {current.render(db, { hasDemo: settings.demoLoaded })}
      </main>
    </div>
  );
}
