import type { CityProfile } from '@/lib/model/city-profile';
import type { Settings } from '@/lib/model/settings';
import { DemoDataSection } from './DemoDataSection';
import { AlertSettings } from './AlertSettings';
import { FirstRun } from './FirstRun';
import { useProfile } from './hooks/useProfile';
import { useSettings } from './hooks/useSettings';
import { useT } from './I18n';
import { LanguageSetting } from './LanguageSetting';
import { ProfileEditor } from './ProfileEditor';
import { SourcesSettings, type SourcesSettingsProps } from './SourcesSettings';
import { PlatformSettings, type PlatformSettingsProps } from './PlatformSettings';
import { useBrowseCapture } from './hooks/useBrowseCapture';
import type { PulsoDB } from '@/lib/db/schema';
import { RECENT_TEXTS, recentMentionTexts } from '@/lib/db/recent-texts';
import { TaggingSettings, type TaggingSettingsProps } from './TaggingSettings';
import { DataSafetySection, type DataSafetySectionProps } from './DataSafetySection';

export interface OptionsPageProps {
  saveProfile: (profile: CityProfile) => Promise<void>;
  saveSettings: (patch: Partial<Settings>) => Promise<unknown>;
  resetProfile: () => Promise<void>;
  loadDemo: () => Promise<{ stored: number }>;
  removeDemo: () => Promise<{ removed: number }>;
  sources: Omit<SourcesSettingsProps, 'profile'>;
  browse: Pick<PlatformSettingsProps, 'requestOrigins' | 'save' | 'pageHook'> & { db: PulsoDB };
  tagging: TaggingSettingsProps;
  /** Backup, import, retention and storage (the section is left out when absent, e.g. in component tests). */
  dataSafety?: DataSafetySectionProps['actions'];
}

/** Settings: first run, interface language, the city profile and demo data. */
export function OptionsPage(props: OptionsPageProps) {
  const { t } = useT();
  const { settings } = useSettings();
  const { profile } = useProfile();
  const browse = useBrowseCapture(props.browse.db);
  return (
    <div className="options">
      <header className="page-head">
        <h1>{t('options.title')}</h1>
        <p className="hint">{t('privacy.note')}</p>
      </header>
      <main>
        {!settings.onboarded ? (
          <FirstRun
            onDone={async (p, withDemo) => {
              await props.saveProfile(p);
              await props.saveSettings({ onboarded: true });
              if (withDemo) await props.loadDemo();
            }}
          />
        ) : null}
        <LanguageSetting value={settings.uiLang} onChange={(uiLang) => void props.saveSettings({ uiLang })} />
        <ProfileEditor
          profile={profile}
          onSave={props.saveProfile}
          onReset={props.resetProfile}
          recentTexts={{ read: () => recentMentionTexts(props.browse.db, RECENT_TEXTS), limit: RECENT_TEXTS }}
        />
        <TaggingSettings {...props.tagging} />
        <DemoDataSection loaded={settings.demoLoaded} onLoad={props.loadDemo} onRemove={props.removeDemo} />
        <AlertSettings />
        <SourcesSettings {...props.sources} profile={profile} />
        <PlatformSettings {...props.browse} settings={browse.settings} health={browse.health} now={new Date()} />
        {props.dataSafety ? <DataSafetySection actions={props.dataSafety} /> : null}
      </main>
    </div>
  );
}
