import { useState } from 'react';
import { getFrame } from '@/lib/drafting';
import type { Frame } from '@/lib/model/draft';
import type { Evidence } from '@/lib/model/evidence';
import { STAKEHOLDERS, TOPICS, type Stakeholder } from '@/lib/model/taxonomy';
import { emptyEvidenceForm, evidenceFromForm, formFromEvidence, type EvidenceForm } from '@/lib/studio/evidence-form';
import type { MessageKey } from '@/lib/i18n';
import { useT } from './I18n';

export interface EvidenceEditorProps {
  /** The item being edited; a new one when absent. */
  initial?: Evidence;
  frames: Partial<Record<Stakeholder, Frame>>;
  /** Today as YYYY-MM-DD, the default date of a new fact. */
  today: string;
  newId: () => string;
  onSave: (evidence: Evidence) => Promise<unknown>;
  onCancel?: () => void;
}

type TextField = Exclude<keyof EvidenceForm, 'benefits'>;
const LABELS: Record<keyof EvidenceForm, MessageKey> = {
  factEs: 'studio.ev.factEs', factCa: 'studio.ev.factCa', factEn: 'studio.ev.factEn', value: 'studio.ev.value',
  unitEs: 'studio.ev.unitEs', unitCa: 'studio.ev.unitCa', unitEn: 'studio.ev.unitEn', date: 'studio.ev.date',
  source: 'studio.ev.source', benefits: 'studio.ev.benefits', topic: 'studio.topic',
};

/** Adds or edits one evidence item: the fact (es/ca/en), its number and unit, date, source link, groups and topic. */
export function EvidenceEditor({ initial, frames, today, newId, onSave, onCancel }: EvidenceEditorProps) {
  const { t, lang } = useT();
  const [form, setForm] = useState<EvidenceForm>(() => (initial ? formFromEvidence(initial) : emptyEvidenceForm(today)));
  const [bad, setBad] = useState<Array<keyof EvidenceForm>>([]);
  const set = (k: TextField) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const input = (k: TextField, type = 'text') => (
    <label className="field" key={k}>
      {t(LABELS[k])}
      <input type={type} value={form[k]} aria-invalid={bad.includes(k) || undefined} data-testid={`ev-${k}`} onChange={set(k)} />
    </label>
  );
  const submit = async () => {
    const r = evidenceFromForm(form, initial?.id ?? newId());
    if (!r.ok) { setBad(r.fields); return; }
    setBad([]);
    await onSave(r.evidence);
    if (!initial) setForm({ ...emptyEvidenceForm(today), topic: form.topic });
  };
  return (
    <form className="evidence-form" aria-label={initial ? t('studio.ev.edit') : t('studio.ev.add')} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {input('factEs')}
      {input('factCa')}
      {input('factEn')}
      <div className="filter-row">
        {input('value')}
        {input('unitEs')}
        {input('unitCa')}
        {input('unitEn')}
      </div>
      <div className="filter-row">
        {input('date', 'date')}
        <label className="field">
          {t('studio.topic')}
          <select value={form.topic} data-testid="ev-topic" aria-invalid={bad.includes('topic') || undefined} onChange={set('topic')}>
            {TOPICS.map((x) => <option key={x} value={x}>{t(`studio.topic.${x}`)}</option>)}
          </select>
        </label>
      </div>
      {input('source', 'url')}
      <fieldset className="checks" aria-invalid={bad.includes('benefits') || undefined}>
        <legend>{t('studio.ev.benefits')}</legend>
        {STAKEHOLDERS.map((g) => (
          <label key={g} className="check">
            <input
              type="checkbox" checked={form.benefits.includes(g)} data-testid={`ev-benefit-${g}`}
              onChange={() => setForm({ ...form, benefits: form.benefits.includes(g) ? form.benefits.filter((x) => x !== g) : [...form.benefits, g] })}
            />
            {getFrame(g, frames).label[lang]}
          </label>
        ))}
      </fieldset>
      {bad.length ? <p className="error" role="alert">{t('studio.ev.invalid', { fields: bad.map((k) => t(LABELS[k])).join(', ') })}</p> : null}
      <div className="actions">
        <button type="submit" className="primary" data-testid="ev-save">{initial ? t('studio.ev.saveEdit') : t('studio.ev.add')}</button>
        {onCancel ? <button type="button" onClick={onCancel}>{t('studio.cancel')}</button> : null}
      </div>
    </form>
  );
}
