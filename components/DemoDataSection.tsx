import { useState } from 'react';
import { useT } from './I18n';

export interface DemoDataSectionProps {
  loaded: boolean;
  onLoad: () => Promise<{ stored: number }>;
  onRemove: () => Promise<{ removed: number }>;
}

/** Loads or removes the generated demo year. */
export function DemoDataSection({ loaded, onLoad, onRemove }: DemoDataSectionProps) {
  const { t, n } = useT();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<string>) {
    setBusy(true);
    setStatus(t('options.working'));
    try {
      setStatus(await action());
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('options.demo')}</h2>
      <p className="hint">{t('options.demoHelp')}</p>
      <div className="actions">
        <button type="button" disabled={busy} data-testid="demo-load" onClick={() => void run(async () => t('options.demoLoaded', { n: n((await onLoad()).stored) }))}>
          {t('options.demoLoad')}
        </button>
        <button type="button" disabled={busy || !loaded} data-testid="demo-remove" onClick={() => void run(async () => t('options.demoRemoved', { n: n((await onRemove()).removed) }))}>
          {t('options.demoRemove')}
        </button>
      </div>
      <p role="status" data-testid="demo-status">{status}</p>
    </section>
  );
}
