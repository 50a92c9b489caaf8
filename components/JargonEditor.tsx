import { useState } from 'react';
import type { JargonList } from '@/lib/drafting';
import { DRAFT_LANGS, type DraftLang } from '@/lib/model/evidence';
import { useT } from './I18n';

export interface JargonEditorProps {
  jargon: JargonList;
  /** Languages whose list the user has edited. */
  edited: DraftLang[];
  /** Saves one language's entries; rejects with a message when they are invalid. */
  onSave: (lang: DraftLang, entries: unknown) => Promise<unknown>;
  onReset: (lang: DraftLang) => Promise<unknown>;
}

function JargonText({ lang, jargon, onSave }: { lang: DraftLang; jargon: JargonList; onSave: JargonEditorProps['onSave'] }) {
  const { t } = useT();
  const [text, setText] = useState(() => JSON.stringify(jargon[lang] ?? [], null, 2));
  const [message, setMessage] = useState<{ error?: string; ok?: string }>({});
  const save = async () => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      setMessage({ error: t('studio.jg.badJson', { reason: err instanceof Error ? err.message : String(err) }) });
      return;
    }
    try {
      await onSave(lang, data);
      setMessage({ ok: t('studio.fr.saved') });
    } catch (err) {
      const issue = (err as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues?.[0];
      setMessage({ error: t('studio.jg.invalid', { reason: issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : String(err) }) });
    }
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <label className="field">
        {t('studio.jg.entries')}
        <textarea className="code" rows={14} spellCheck={false} value={text} data-testid="jg-text" onChange={(e) => setText(e.target.value)} />
      </label>
      {message.error ? <p className="error" role="alert">{message.error}</p> : null}
      {message.ok ? <p className="status" role="status">{message.ok}</p> : null}
      <div className="actions"><button type="submit" className="primary" data-testid="jg-save">{t('studio.fr.save')}</button></div>
    </form>
  );
}

/** Edits the jargon list per language as JSON (term, forms, plain alternatives), validated, or resets it. */
export function JargonEditor({ jargon, edited, onSave, onReset }: JargonEditorProps) {
  const { t, lang: uiLang } = useT();
  const [lang, setLang] = useState<DraftLang>(uiLang);
  return (
    <div className="jargon-editor">
      <p className="hint">{t('studio.jg.help')}</p>
      <div className="filter-row">
        <label className="field">
          {t('studio.lang')}
          <select value={lang} data-testid="jg-lang" onChange={(e) => setLang(e.target.value as DraftLang)}>
            {DRAFT_LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}{edited.includes(l) ? ` (${t('studio.edited')})` : ''}</option>)}
          </select>
        </label>
        {edited.includes(lang) ? <button type="button" data-testid="jg-reset" onClick={() => void onReset(lang)}>{t('studio.resetDefault')}</button> : null}
      </div>
      <JargonText key={`${lang}-${edited.includes(lang)}-${(jargon[lang] ?? []).length}`} lang={lang} jargon={jargon} onSave={onSave} />
    </div>
  );
}
