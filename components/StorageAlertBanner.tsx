import { useEffect, useState } from 'react';
import type { StorageAlert } from '@/lib/data-safety/settings';
import { useT } from './I18n';

export interface StorageAlertBannerProps {
  read: () => Promise<StorageAlert | undefined>;
  /** Calls back on every change; returns an unsubscribe. */
  watch: (onChange: () => void) => () => void;
}

/** The visible warning when storage is full (captures wait in the queue) or nearly full. Nothing otherwise. */
export function StorageAlertBanner({ read, watch }: StorageAlertBannerProps) {
  const { t, n } = useT();
  const [alert, setAlert] = useState<StorageAlert>();
  useEffect(() => {
    const load = () => void read().then(setAlert, () => setAlert(undefined));
    load();
    return watch(load);
  }, [read, watch]);
  if (!alert) return null;
  return (
    <p role="alert" className="warning" data-testid="storage-alert">
      {alert.kind === 'quota-exceeded' ? t('data.alertQuota', { n: n(alert.waiting) }) : t('data.alertNear')}
    </p>
  );
}
