import { createRoot } from 'react-dom/client';
import '@/assets/styles.css';
import { AppShell } from '@/components/AppShell';
import { OptionsPage } from '@/components/OptionsPage';
import { getDB } from '@/lib/platform/db';
import { requestOrigins, writeBrowseSettings } from '@/lib/platform/browse-capture';
import { sendMessage } from '@/lib/platform/messaging';
import { browserSourceActions } from '@/lib/platform/source-actions';
import { RETAG_KEY, TAXONOMY_KEY, readRetagProgress, readTaxonomy, watchStorage, writeProfile, writeSettings, writeTaxonomy } from '@/lib/platform/storage';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { StorageAlertBanner } from '@/components/StorageAlertBanner';
import { storageAlertSource } from '@/lib/platform/data-safety';
import { browserDataSafetyActions } from '@/lib/platform/data-safety-actions';

createRoot(document.getElementById('root')!).render(
  <AppShell>
    <StorageAlertBanner {...storageAlertSource} />
    <OptionsPage
      saveProfile={writeProfile}
      saveSettings={writeSettings}
      resetProfile={() => writeProfile(BARCELONA_PROFILE)}
      loadDemo={() => sendMessage('demo/load', {})}
      removeDemo={() => sendMessage('demo/remove', undefined)}
      sources={{ db: getDB(), actions: browserSourceActions(getDB()) }}
      dataSafety={browserDataSafetyActions(getDB())}
      browse={{ db: getDB(), requestOrigins, save: writeBrowseSettings, pageHook: !import.meta.env.FIREFOX }}
      tagging={{
        readTaxonomy,
        saveTaxonomy: writeTaxonomy,
        watchTaxonomy: (cb) => watchStorage([TAXONOMY_KEY], cb),
        retag: { read: readRetagProgress, watch: (cb) => watchStorage([RETAG_KEY], cb) },
        explain: (text, lang) => sendMessage('tagging/explain', { text, lang }),
      }}
    />
  </AppShell>,
);
