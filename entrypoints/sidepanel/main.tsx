import { createRoot } from 'react-dom/client';
import '@/assets/styles.css';
import { AppShell } from '@/components/AppShell';
import { SidePanel } from '@/components/SidePanel';
import { getDB } from '@/lib/platform/db';
import { StorageAlertBanner } from '@/components/StorageAlertBanner';
import { storageAlertSource } from '@/lib/platform/data-safety';

createRoot(document.getElementById('root')!).render(
  <AppShell>
    <StorageAlertBanner {...storageAlertSource} />
    <SidePanel db={getDB()} />
  </AppShell>,
);
