import { useState } from 'react';
import { failureMessage, sourceErrorText } from '@/lib/i18n/source-failure';
import type { Source, SourceState } from '@/lib/model/source';
import type { CheckNowResult } from '@/lib/messaging/sources';
import type { SourceActions } from '@/lib/platform/source-actions';
import { articleHostPattern } from '@/lib/sources/enrich-articles';
import { sourceUrl } from '@/lib/sources/source-request';
import { useT } from './I18n';

export interface SourceRowProps {
  source: Source;
  state?: SourceState;
  actions: SourceActions;
}

const INTERVALS = [15, 30, 60, 120, 360, 720, 1440];

/** One source: what it polls, how the last polls went, and its controls. */
export function SourceRow({ source, state, actions }: SourceRowProps) {
  const { t, n, lang } = useT();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const when = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
  const intervals = INTERVALS.includes(source.intervalMinutes) ? INTERVALS : [...INTERVALS, source.intervalMinutes].sort((a, b) => a - b);

  async function check(run: () => Promise<CheckNowResult>) {
    setBusy(true);
    setNote(t('sources.checking'));
    try {
      const r = await run();
      setNote(
        r.outcome === 'updated' ? t('sources.checked')
          : r.outcome === 'not-modified' ? t('sources.notModified')
          : r.outcome === 'host-busy' ? t('sources.hostBusy')
          : r.outcome === 'missing' ? t('sources.missing')
          : t('sources.checkFailed', { error: r.failure ? failureMessage(lang, r.failure) : '' }),
      );
    } catch (e) {
      // The background never answered (or answered out of protocol): say so, keep its words as detail.
      setNote(t('sources.checkFailed', { error: t('sources.error.background', { detail: e instanceof Error ? e.message : String(e) }) }));
    } finally {
      setBusy(false);
    }
  }

  /** Turning article fetching on asks for the site's host (first await: it needs the click's gesture). */
  async function toggleArticles(on: boolean) {
    if (source.kind !== 'feed') return;
    const pattern = articleHostPattern(source.url);
    if (on && !(await actions.requestHost(pattern))) {
      setNote(t('sources.articlesRefused', { host: pattern.replace(/^\w+:\/\/|\/\*$/g, '') }));
      return;
    }
    await actions.save({ ...source, fetchArticles: on });
  }

  const counts = state?.lastCounts;
  const error = state ? sourceErrorText(lang, state) : undefined;
  const label = source.label ?? sourceUrl(source);
  return (
    <li className={`source${state?.flagged ? ' flagged' : ''}`} data-testid="source-row" data-source-id={source.id}>
      <div className="source-head">
        <strong>{label}</strong> <span className="hint">{t(`sources.kind.${source.kind}`)}</span>
        {state?.flagged ? <span className="badge" data-testid="source-flagged">{t('sources.flagged')}</span> : null}
      </div>
      <code className="source-url" style={{ wordBreak: 'break-all' }}>{sourceUrl(source)}</code>
      <p className="hint" data-testid="source-status">
        {!state?.lastAttemptAt ? t('sources.neverPolled') : state.lastSuccessAt ? t('sources.lastSuccess', { when: when(state.lastSuccessAt) }) : t('sources.noSuccess')}
        {counts ? ` · ${t('sources.counts', { fetched: n(counts.fetched), new: n(counts.new), matched: n(counts.matched) })}` : ''}
      </p>
      {state?.nextAttemptAt && source.enabled && !state.flagged ? (
        <p className="hint" data-testid="source-next" data-next={state.nextAttemptAt}>{t('sources.next', { when: when(state.nextAttemptAt) })}</p>
      ) : null}
      {error ? <p className="error" data-testid="source-error">{t('sources.lastError', { error })}</p> : null}
      <div className="actions">
        <label>
          <input type="checkbox" checked={source.enabled} onChange={(e) => void actions.save({ ...source, enabled: e.target.checked })} data-testid="source-enabled" />{' '}
          {t('sources.enabled')}
        </label>
        <label>
          {t('sources.interval')}{' '}
          <select value={source.intervalMinutes} onChange={(e) => void actions.setInterval(source, Number(e.target.value))} data-testid="source-interval">
            {intervals.map((m) => (
              <option key={m} value={m}>{m < 60 ? t('sources.minutes', { n: m }) : t('sources.hours', { n: m / 60 })}</option>
            ))}
          </select>
        </label>
        {source.kind === 'feed' ? (
          <label>
            <input type="checkbox" checked={!!source.fetchArticles} onChange={(e) => void toggleArticles(e.target.checked)} data-testid="source-articles" />{' '}
            {t('sources.fetchArticles')}
          </label>
        ) : null}
        {state?.flagged ? (
          <button type="button" disabled={busy} onClick={() => void check(() => actions.retry(source.id))} data-testid="source-retry">{t('sources.retry')}</button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void check(() => actions.checkNow(source.id))} data-testid="source-check">{t('sources.checkNow')}</button>
        )}
        <button type="button" onClick={() => void actions.remove(source.id)} data-testid="source-remove">{t('sources.remove')}</button>
      </div>
      <p role="status" className="status" data-testid="source-note">{note}</p>
    </li>
  );
}
