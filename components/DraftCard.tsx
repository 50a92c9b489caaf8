import { useEffect, useMemo, useRef, useState } from 'react';
import { applyFix, checkClarity, type JargonList, type OnDeviceWriter } from '@/lib/drafting';
import type { StoredDraft } from '@/lib/db/drafting-records';
import type { DraftVersion, Finding, Frame } from '@/lib/model/draft';
import { currentText, isPostUrl, measureDraft } from '@/lib/studio/draft-revision';
import { ClarityPanel } from './ClarityPanel';
import { useT } from './I18n';
import { SafeLink } from './SafeLink';

export interface DraftCardProps {
  draft: StoredDraft;
  frame: Frame;
  jargon: JargonList;
  /** Present when this browser can rewrite on device. */
  writer?: Extract<OnDeviceWriter, { available: true }>;
  onSave: (text: string, origin: DraftVersion['origin'], coalesce?: boolean) => Promise<unknown>;
  onMarkSent: (url: string) => Promise<unknown>;
}

const SAVE_AFTER_MS = 600;

/** One editable draft: live length against its channel, live clarity report, copy, rewrite, history and "mark as sent". */
export function DraftCard({ draft, frame, jargon, writer, onSave, onMarkSent }: DraftCardProps) {
  const { t, lang } = useT();
  const stored = currentText(draft);
  const [text, setText] = useState(stored);
  const [status, setStatus] = useState('');
  const [sentUrl, setSentUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const area = useRef<HTMLTextAreaElement>(null);
  const textId = `draft-text-${draft.id}`;

  // A version saved elsewhere (restore, rewrite, another page) replaces the text unless the user is typing.
  useEffect(() => {
    if (pending.current === undefined) setText(stored);
  }, [stored]);
  useEffect(() => () => clearTimeout(pending.current), []);

  const save = (next: string, origin: DraftVersion['origin'] = 'edit', coalesce?: boolean) => {
    clearTimeout(pending.current);
    pending.current = undefined;
    return onSave(next, origin, coalesce);
  };
  const edit = (next: string) => {
    setText(next);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => { pending.current = undefined; void onSave(next, 'edit'); }, SAVE_AFTER_MS);
  };

  const report = useMemo(
    () => checkClarity(text, { lang: draft.lang, uiLang: lang, channel: draft.channel, jargon, frame, topic: draft.topic }),
    [text, draft.lang, lang, draft.channel, jargon, frame, draft.topic],
  );
  const measured = measureDraft(draft, text);

  const show = (f: Finding) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  };
  const fix = (f: Finding) => {
    const next = applyFix(text, f);
    setText(next);
    void save(next);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('studio.copied'));
    } catch {
      area.current?.select();
      setStatus(t('studio.copyFailed'));
    }
  };
  const rewrite = async () => {
    if (!writer) return;
    setBusy(true);
    setStatus(t('studio.rewriting'));
    try {
      const out = await writer.rewrite(text, frame);
      setText(out);
      await save(out, 'on-device');
      setStatus(t('studio.rewritten'));
    } catch (err) {
      setStatus(t('studio.rewriteFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };
  const markSent = async () => {
    if (!isPostUrl(sentUrl)) { setStatus(t('studio.sentInvalid')); return; }
    await save(text);
    await onMarkSent(sentUrl.trim());
    setSentUrl('');
    setStatus('');
  };

  const unit = t(`studio.unit.${measured.unit}`);
  return (
    <article className="draft-card" data-testid="draft" data-group={draft.group} aria-labelledby={`${textId}-label`}>
      <header className="draft-head">
        <h3 id={`${textId}-label`}>{frame.label[lang]}</h3>
        <span className="badge">{t(`studio.channel.${draft.channel}`)}</span>
        {draft.replyTo ? <span className="badge">{t('studio.reply')}</span> : null}
      </header>
      <label className="visually-hidden" htmlFor={textId}>{t('studio.draftText', { group: frame.label[lang] })}</label>
      <textarea
        id={textId} ref={area} className="draft-text" data-testid="draft-text" value={text} rows={8}
        onChange={(e) => edit(e.target.value)}
        onBlur={() => { if (pending.current !== undefined) void save(text); }}
      />
      <p className={measured.over ? 'draft-length over' : 'draft-length'} data-testid="draft-length" aria-live="polite">
        {t('studio.length', { count: measured.count, limit: measured.limit, unit })}
        {measured.over ? ` — ${t('studio.overBy', { n: measured.count - measured.limit })}` : ''}
      </p>
      {measured.flags.filter((f) => f !== 'over-length').map((f) => (
        <p key={f} className="draft-flag" role="note" data-testid="draft-flag" data-flag={f}>{t(`studio.flag.${f}`)}</p>
      ))}
      <ClarityPanel report={report} text={text} onShow={show} onFix={fix} />
      <div className="actions">
        <button type="button" onClick={() => void copy()} data-testid="copy">{t('studio.copy')}</button>
        {writer ? <button type="button" disabled={busy} onClick={() => void rewrite()} data-testid="rewrite">{t('studio.rewrite')}</button> : null}
      </div>
      {draft.sent ? (
        <p className="draft-sent" data-testid="draft-sent">
          {t('studio.sentOn', { when: new Date(draft.sent.at).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }) })}{' '}
          <SafeLink href={draft.sent.url}>{draft.sent.url}</SafeLink>
        </p>
      ) : (
        <div className="actions sent-row">
          <label className="field grow">
            {t('studio.sentUrl')}
            <input type="url" value={sentUrl} placeholder="https://" data-testid="sent-url" onChange={(e) => setSentUrl(e.target.value)} />
          </label>
          <button type="button" onClick={() => void markSent()} data-testid="mark-sent">{t('studio.markSent')}</button>
        </div>
      )}
      <p className="status" role="status">{status}</p>
      <details className="versions">
        <summary>{t('studio.versions', { n: draft.versions.length })}</summary>
        <ol>
          {draft.versions.map((v, i) => (
            <li key={`${v.createdAt}-${i}`}>
              <span className="hint">{t(`studio.origin.${v.origin}`)} · {new Date(v.createdAt).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' })}</span>
              <p className="version-text">{v.text}</p>
              {i < draft.versions.length - 1 ? (
                <button type="button" className="small" onClick={() => { setText(v.text); void save(v.text, 'edit', false); }}>{t('studio.restore')}</button>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
