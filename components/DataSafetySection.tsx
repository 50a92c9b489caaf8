import { useEffect, useId, useState } from 'react';
import type { DataSafetyActions } from '@/lib/platform/data-safety-actions';
import type { DataSafetySettings } from '@/lib/data-safety/settings';
import { nearQuota } from '@/lib/data-safety/settings';
import { formatBytes } from '@/lib/data-safety/format-bytes';
import { useT } from './I18n';

export interface DataSafetySectionProps {
  actions: DataSafetyActions;
}

type Estimate = Awaited<ReturnType<DataSafetyActions['estimate']>>;

/** Your data: storage use and protection, backup/export/import, retention, pseudonymisation, delete everything. */
export function DataSafetySection({ actions }: DataSafetySectionProps) {
  const { t, n, lang } = useT();
  const ids = useId();
  const [estimate, setEstimate] = useState<Estimate>();
  const [settings, setSettings] = useState<DataSafetySettings>();
  const [rawDays, setRawDays] = useState('');
  const [mentionDays, setMentionDays] = useState('');
  const [withRaws, setWithRaws] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<{ value: number; label: string }>();
  const [confirm, setConfirm] = useState<'pseudonymise' | 'delete'>();

  const refresh = async () => {
    setEstimate(await actions.estimate().catch(() => ({ persisted: false })));
    const s = await actions.readSettings();
    setSettings(s);
    setRawDays(String(s.rawDays));
    setMentionDays(String(s.mentionDays));
  };
  useEffect(() => {
    void refresh();
  }, []);

  async function run(job: () => Promise<string>) {
    setBusy(true);
    setStatus(t('data.working'));
    try {
      setStatus(await job());
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      setProgress(undefined);
      void refresh();
    }
  }
  const size = (bytes: number) => t('data.exported', { size: formatBytes(lang, bytes) });

  async function importFile(file: File) {
    await run(async () => {
      const out = await actions.importFile(file, (fraction, phase) => {
        const pct = Math.round(fraction * 100);
        setProgress({ value: phase === 'checking' ? fraction / 2 : 0.5 + fraction / 2, label: t(phase === 'checking' ? 'data.checking' : 'data.writing', { pct }) });
      });
      if (!out.ok) return t('data.importFailed', { error: out.error });
      const added = Object.values(out.result.added).reduce((a, b) => a + b, 0);
      return t('data.imported', { added: n(added), merged: n(out.result.merged), unchanged: n(out.result.unchanged) });
    });
  }

  const days = (v: string) => Math.max(0, Math.min(3650, Math.floor(Number(v) || 0)));
  const near = estimate ? nearQuota(estimate) : false;

  return (
    <section className="card" aria-labelledby={`${ids}-title`} data-testid="data-safety">
      <h2 id={`${ids}-title`}>{t('data.title')}</h2>
      <p className="hint">{t('data.privacy')}</p>

      <h3>{t('data.storage')}</h3>
      <p data-testid="data-usage">
        {estimate?.quota ? t('data.usage', { used: formatBytes(lang, estimate.usage ?? 0), quota: formatBytes(lang, estimate.quota) }) : t('data.usageUnknown')}
      </p>
      {near ? <p role="alert" className="warning">{t('data.nearQuota')}</p> : null}
      <p>{estimate?.persisted ? t('data.persisted') : t('data.notPersisted')}</p>
      {estimate && !estimate.persisted ? (
        <button type="button" disabled={busy} onClick={() => void run(async () => ((await actions.persist()) ? t('data.persisted') : t('data.persistDenied')))}>
          {t('data.persist')}
        </button>
      ) : null}

      <h3>{t('data.backup')}</h3>
      <p className="hint">{t('data.backupHelp')}</p>
      <label>
        <input type="checkbox" checked={withRaws} onChange={(e) => setWithRaws(e.target.checked)} /> {t('data.withRaws')}
      </label>
      <div className="actions">
        <button type="button" disabled={busy} data-testid="backup-download" onClick={() => void run(async () => size(await actions.downloadBackup(withRaws)))}>
          {t('data.download')}
        </button>
        <button type="button" disabled={busy} data-testid="export-csv" onClick={() => void run(async () => size(await actions.downloadCsv()))}>
          {t('data.exportCsv')}
        </button>
        <button type="button" disabled={busy} data-testid="export-ndjson" onClick={() => void run(async () => size(await actions.downloadNdjson()))}>
          {t('data.exportNdjson')}
        </button>
      </div>

      <h3>{t('data.import')}</h3>
      <p className="hint">{t('data.importHelp')}</p>
      <label htmlFor={`${ids}-file`}>{t('data.importFile')}</label>{' '}
      <input
        id={`${ids}-file`}
        type="file"
        accept=".ndjson,.jsonl,.json,application/x-ndjson"
        disabled={busy}
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {progress ? (
        <p>
          <progress aria-label={t('data.progress')} max={1} value={progress.value} /> <span>{progress.label}</span>
        </p>
      ) : null}

      <h3>{t('data.retention')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await actions.saveSettings({ rawDays: days(rawDays), mentionDays: days(mentionDays) });
            return t('data.saved');
          });
        }}
      >
        <p>
          <label htmlFor={`${ids}-raw`}>{t('data.rawDays')}</label>{' '}
          <input id={`${ids}-raw`} type="number" min={0} max={3650} value={rawDays} onChange={(e) => setRawDays(e.target.value)} data-testid="raw-days" />
        </p>
        <p>
          <label htmlFor={`${ids}-mentions`}>{t('data.mentionDays')}</label>{' '}
          <input id={`${ids}-mentions`} type="number" min={0} max={3650} value={mentionDays} onChange={(e) => setMentionDays(e.target.value)} data-testid="mention-days" />
        </p>
        <p className="hint">{t('data.mentionDaysHelp')}</p>
        <div className="actions">
          <button type="submit" disabled={busy}>{t('data.save')}</button>
          <button
            type="button"
            disabled={busy}
            data-testid="retention-run"
            onClick={() => void run(async () => {
              const r = await actions.runRetention();
              return t('data.ran', { raws: n(r.rawsDropped), mentions: n(r.mentionsDropped), authors: n(r.pseudonymised) });
            })}
          >
            {t('data.runNow')}
          </button>
        </div>
      </form>

      <h4>{t('data.pseudonymise')}</h4>
      <p className="hint">{t('data.pseudonymiseHelp')}</p>
      {settings?.pseudonymise ? (
        <p data-testid="pseudonymise-on">{t('data.pseudonymiseOn')}</p>
      ) : confirm === 'pseudonymise' ? (
        <div className="actions" role="group" aria-label={t('data.pseudonymise')}>
          <button
            type="button"
            className="danger"
            disabled={busy}
            data-testid="pseudonymise-confirm"
            onClick={() => {
              setConfirm(undefined);
              void run(async () => {
                await actions.saveSettings({ pseudonymise: true });
                const r = await actions.runRetention();
                return t('data.ran', { raws: n(r.rawsDropped), mentions: n(r.mentionsDropped), authors: n(r.pseudonymised) });
              });
            }}
          >
            {t('data.pseudonymiseConfirm')}
          </button>
          <button type="button" onClick={() => setConfirm(undefined)}>{t('data.cancel')}</button>
        </div>
      ) : (
        <button type="button" disabled={busy} data-testid="pseudonymise" onClick={() => setConfirm('pseudonymise')}>
          {t('data.pseudonymise')}
        </button>
      )}

      <h4>{t('data.deleteAll')}</h4>
      {confirm === 'delete' ? (
        <div role="group" aria-label={t('data.deleteAll')}>
          <p role="alert">{t('data.deleteAllAsk')}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={busy}
              data-testid="delete-all-confirm"
              onClick={() => {
                setConfirm(undefined);
                void run(async () => {
                  await actions.deleteEverything();
                  return t('data.deleted');
                });
              }}
            >
              {t('data.deleteAllConfirm')}
            </button>
            <button type="button" onClick={() => setConfirm(undefined)}>{t('data.cancel')}</button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" disabled={busy} data-testid="delete-all" onClick={() => setConfirm('delete')}>
          {t('data.deleteAll')}
        </button>
      )}
      <p role="status" data-testid="data-status">{status}</p>
    </section>
  );
}
