import { useState } from 'react';
import { WINDOW_KINDS, type WindowKind } from '@/lib/model/indicator';
import { useT } from './I18n';

export interface WindowPickerProps {
  kind: WindowKind;
  custom?: { from: string; to: string };
  onChange: (kind: WindowKind, custom?: { from: string; to: string }) => void;
}

/** The dashboard's time window: presets as a radio group, custom dates on demand. */
export function WindowPicker({ kind, custom, onChange }: WindowPickerProps) {
  const { t } = useT();
  const [from, setFrom] = useState(custom?.from.slice(0, 10) ?? '');
  const [to, setTo] = useState(custom?.to.slice(0, 10) ?? '');
  const valid = from && to && from < to;
  return (
    <fieldset className="window-picker">
      <legend>{t('dash.window')}</legend>
      <div className="window-options">
        {WINDOW_KINDS.map((k) => (
          <label key={k} className={k === kind ? 'chip active' : 'chip'}>
            <input type="radio" name="dash-window" value={k} checked={k === kind} onChange={() => k !== 'custom' && onChange(k)} onClick={() => k === 'custom' && valid && onChange('custom', { from: new Date(from).toISOString(), to: new Date(to).toISOString() })} />
            {t(`dash.window.${k}`)}
          </label>
        ))}
      </div>
      <div className="window-custom">
        <label>{t('dash.from')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
        <label>{t('dash.to')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} /></label>
        <button type="button" disabled={!valid} onClick={() => onChange('custom', { from: new Date(from).toISOString(), to: new Date(to).toISOString() })}>{t('dash.apply')}</button>
      </div>
    </fieldset>
  );
}
