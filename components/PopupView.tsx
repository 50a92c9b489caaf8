import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countCapturedSince } from '@/lib/db/feed-query';
import type { PulsoDB } from '@/lib/db/schema';
import type { CaptureResult } from '@/lib/platform/messaging';
import { useT } from './I18n';

export interface PopupViewProps {
  db: PulsoDB;
  onCapture: () => Promise<CaptureResult>;
  onOpenPanel: () => void;
  onOpenOptions: () => void;
}

/** Local midnight today, as an ISO instant. */
function startOfToday(): string {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

/** The toolbar popup: today's count, a capture button, and the way to the side panel. */
export function PopupView({ db, onCapture, onOpenPanel, onOpenOptions }: PopupViewProps) {
  const { t, n } = useT();
  const today = useLiveQuery(() => countCapturedSince(db, startOfToday()), [db]);
  const total = useLiveQuery(() => db.mentions.count(), [db]);
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);

  async function capture() {
    setBusy(true);
    setStatus(t('options.working'));
    try {
      const r = await onCapture();
      if (!r.ok) setStatus(t('popup.captureFailed', { reason: r.error }));
      else if (r.report.updated && !r.report.stored) setStatus(t('popup.alreadyStored'));
      else if (r.unmatched) setStatus(t('popup.capturedUnmatched'));
      else setStatus(t('popup.captured', { n: r.report.stored }));
    } catch (err) {
      setStatus(t('popup.captureFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="popup">
      <h1>{t('app.name')}</h1>
      <dl className="counts">
        <div>
          <dt>{t('popup.today')}</dt>
          <dd data-testid="count-today">{today === undefined ? '…' : n(today)}</dd>
        </div>
        <div>
          <dt>{t('popup.total')}</dt>
          <dd data-testid="count-total">{total === undefined ? '…' : n(total)}</dd>
        </div>
      </dl>
      <button type="button" className="primary" onClick={() => void capture()} disabled={busy} aria-describedby="capture-hint">
        {t('popup.capture')}
      </button>
      <p id="capture-hint" className="hint">{t('popup.captureHint')}</p>
      <p className="status" role="status" data-testid="capture-status">{status}</p>
      <button type="button" onClick={onOpenPanel}>{t('popup.openPanel')}</button>
      <button type="button" className="link-button" onClick={onOpenOptions}>{t('nav.options')}</button>
    </main>
  );
}
