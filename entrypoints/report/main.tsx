import { createRoot } from 'react-dom/client';
import '@/assets/styles.css';
import { AppShell } from '@/components/AppShell';
import { ReportPage } from '@/components/ReportPage';
import { getDB } from '@/lib/platform/db';

createRoot(document.getElementById('root')!).render(
  <AppShell>
    <ReportPage db={getDB()} />
  </AppShell>,
);
