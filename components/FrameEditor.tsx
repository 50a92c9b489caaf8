import { useState } from 'react';
import { getFrame } from '@/lib/drafting';
import type { Frame } from '@/lib/model/draft';
import { DRAFT_LANGS, type DraftLang } from '@/lib/model/evidence';
import { STAKEHOLDERS, type Stakeholder, type Topic } from '@/lib/model/taxonomy';
import { applyFrameLangFields, frameLangFields, type FrameLangFields } from '@/lib/studio/frame-form';
import type { MessageKey } from '@/lib/i18n';
import { useT } from './I18n';

export interface FrameEditorProps {
  frames: Partial<Record<Stakeholder, Frame>>;
  onSave: (frame: Frame) => Promise<unknown>;
  onReset: (group: Stakeholder) => Promise<unknown>;
}

const TEXTS: Array<[keyof FrameLangFields & string, MessageKey]> = [
  ['label', 'studio.fr.label'], ['benefitAngle', 'studio.fr.benefitAngle'], ['benefitGeneric', 'studio.fr.benefitGeneric'],
  ['tone', 'studio.fr.tone'], ['acknowledge', 'studio.fr.acknowledge'], ['nextStep', 'studio.fr.nextStep'],
];
const LISTS: Array<[keyof FrameLangFields & string, MessageKey]> = [
  ['cares', 'studio.fr.cares'], ['avoid', 'studio.fr.avoid'], ['cta', 'studio.fr.cta'],
];

function FrameFields({ frame, lang, onSave }: { frame: Frame; lang: DraftLang; onSave: (f: Frame) => Promise<unknown> }) {
  const { t } = useT();
  const [fields, setFields] = useState<FrameLangFields>(() => frameLangFields(frame, lang));
  const [message, setMessage] = useState<{ error?: string; ok?: string }>({});
  const save = async () => {
    const r = applyFrameLangFields(frame, lang, fields);
    if (!r.ok) { setMessage({ error: t('studio.fr.invalid', { reason: r.error }) }); return; }
    await onSave(r.frame);
    setMessage({ ok: t('studio.fr.saved') });
  };
  return (
    <form className="frame-fields" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {TEXTS.map(([k, label]) => (
        <label key={k} className="field">
          {t(label)}
          <textarea rows={2} value={fields[k] as string} data-testid={`fr-${k}`} onChange={(e) => setFields({ ...fields, [k]: e.target.value })} />
        </label>
      ))}
      {LISTS.map(([k, label]) => (
        <label key={k} className="field">
          {t(label)} <span className="hint">{t('studio.fr.onePerLine')}</span>
          <textarea rows={3} value={fields[k] as string} data-testid={`fr-${k}`} onChange={(e) => setFields({ ...fields, [k]: e.target.value })} />
        </label>
      ))}
      {Object.entries(fields.benefitByTopic).map(([topic, text]) => (
        <label key={topic} className="field">
          {t('studio.fr.benefitFor', { topic: t(`studio.topic.${topic as Topic}`) })}
          <textarea rows={2} value={text ?? ''} onChange={(e) => setFields({ ...fields, benefitByTopic: { ...fields.benefitByTopic, [topic]: e.target.value } })} />
        </label>
      ))}
      {message.error ? <p className="error" role="alert">{message.error}</p> : null}
      {message.ok ? <p className="status" role="status">{message.ok}</p> : null}
      <div className="actions"><button type="submit" className="primary" data-testid="fr-save">{t('studio.fr.save')}</button></div>
    </form>
  );
}

/** Edits a stakeholder frame's fields per language (validated like the shipped frame files), or resets it. */
export function FrameEditor({ frames, onSave, onReset }: FrameEditorProps) {
  const { t, lang: uiLang } = useT();
  const [group, setGroup] = useState<Stakeholder>('citizen');
  const [lang, setLang] = useState<DraftLang>(uiLang);
  const frame = getFrame(group, frames);
  const edited = !!frames[group];
  return (
    <div className="frame-editor">
      <p className="hint">{t('studio.fr.help')}</p>
      <div className="filter-row">
        <label className="field">
          {t('studio.fr.group')}
          <select value={group} data-testid="fr-group" onChange={(e) => setGroup(e.target.value as Stakeholder)}>
            {STAKEHOLDERS.map((g) => <option key={g} value={g}>{getFrame(g, frames).label[uiLang]}{frames[g] ? ` (${t('studio.edited')})` : ''}</option>)}
          </select>
        </label>
        <label className="field">
          {t('studio.lang')}
          <select value={lang} data-testid="fr-lang" onChange={(e) => setLang(e.target.value as DraftLang)}>
            {DRAFT_LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
        {edited ? <button type="button" data-testid="fr-reset" onClick={() => void onReset(group)}>{t('studio.resetDefault')}</button> : null}
      </div>
      <FrameFields key={`${group}-${lang}-${JSON.stringify(frame).length}-${edited}`} frame={frame} lang={lang} onSave={onSave} />
    </div>
  );
}
