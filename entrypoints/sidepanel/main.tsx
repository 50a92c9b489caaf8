import { createRoot } from 'react-dom/client';
import '@/assets/styles.css';
import { AppShell } from '@/components/AppShell';
import { SidePanel } from '@/components/SidePanel';
import { getDB } from '@/lib/platform/db';

createRoot(document.getElementById('root')!).render(
  <AppShell>
    <SidePanel db={getDB()} />
  </AppShell>,
);
