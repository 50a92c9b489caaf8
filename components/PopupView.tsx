import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { countCapturedSince } from '@/lib/db/feed-query';
import type { PulsoDB } from '@/lib/db/schema';
import type { CaptureResult } from '@/lib/platform/messaging';
import { captureOutcomeText } from '@/lib/i18n/capture-outcome';
import { errorDetail } from '@/lib/model/capture-failure';
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
  const { t, n, lang } = useT();
  const today = useLiveQuery(() => countCapturedSince(db, startOfToday()), [db]);
  const total = useLiveQuery(() => db.mentions.count(), [db]);
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);

  async function capture() {
    setBusy(true);
    setStatus(t('options.working'));
    try {
      setStatus(captureOutcomeText(lang, await onCapture()));
    } catch (err) {
      setStatus(captureOutcomeText(lang, { ok: false, failure: { code: 'no-answer', detail: errorDetail(err) } }));
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
