import type { PulsoDB } from '@/lib/db/schema';
import { FeedView } from './FeedView';
import { useProfile } from './hooks/useProfile';
import { useSettings } from './hooks/useSettings';
import { useT } from './I18n';

export interface SidePanelProps {
  db: PulsoDB;
}

/** The side panel: the city's name and the live mention feed. */
export function SidePanel({ db }: SidePanelProps) {
  const { t } = useT();
  const { profile } = useProfile();
  const { settings } = useSettings();
  return (
    <div className="panel">
      <header className="panel-head">
        <h1>{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline', { city: profile.name })}</p>
      </header>
      <main>
        <FeedView db={db} hasDemo={settings.demoLoaded} />
      </main>
    </div>
  );
}
