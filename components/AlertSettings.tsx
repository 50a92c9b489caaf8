import { useEffect, useState } from 'react';
import { AlertRuleSchema, PRESSURE_LEVELS, type AlertRule, type PressureLevel } from '@/lib/model/indicator';
import { DEFAULT_ALERT_RULES, IndicatorSettingsSchema, type IndicatorSettings } from '@/lib/model/indicator-settings';
import { pressureLevelWord } from '@/lib/alerts/badge';
import { INDICATOR_SETTINGS_KEY, readIndicatorSettings, writeIndicatorSettings } from '@/lib/platform/indicator-storage';
import { sendMessage } from '@/lib/platform/messaging';
import { watchStorage } from '@/lib/platform/storage';
import { useT } from './I18n';

export interface AlertSettingsProps {
  /** Runs an alert pass now; defaults to asking the background. */
  checkNow?: () => Promise<{ fired: number; score: number; level: PressureLevel }>;
}

const EFFECTS = [0, 0.2, 0.5, 0.8] as const;

function rule<K extends AlertRule['kind']>(rules: AlertRule[], id: string): Extract<AlertRule, { kind: K }> {
  const found = rules.find((r) => r.id === id) ?? AlertRuleSchema.parse(DEFAULT_ALERT_RULES.find((r) => r.id === id));
  return found as Extract<AlertRule, { kind: K }>;
}

/** Options section: when to notify (pressure level, shift size and window), quiet hours, check now. */
export function AlertSettings({ checkNow }: AlertSettingsProps) {
  const { t, lang } = useT();
  const [s, setS] = useState<IndicatorSettings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const load = () => void readIndicatorSettings().then(setS);
    load();
    return watchStorage([INDICATOR_SETTINGS_KEY], load);
  }, []);
  if (!s) return null;
  const pressure = rule<'pressure'>(s.rules, 'pressure-high');
  const attribute = rule<'shift'>(s.rules, 'attribute-up');
  const negative = rule<'shift'>(s.rules, 'negative-up');
  const save = (patch: Partial<IndicatorSettings>, rules?: AlertRule[]) => {
    const others = s.rules.filter((r) => !['pressure-high', 'attribute-up', 'negative-up'].includes(r.id));
    const next = IndicatorSettingsSchema.parse({ ...s, ...patch, rules: [...(rules ?? [pressure, attribute, negative]), ...others] });
    setS(next);
    void writeIndicatorSettings(next);
  };
  const run = checkNow ?? (() => sendMessage('indicators/evaluate', {}));
  return (
    <section className="card" aria-labelledby="alerts-title" data-testid="alert-settings">
      <h2 id="alerts-title">{t('alerts.title')}</h2>
      <p className="hint">{t('alerts.hint')}</p>
      <label className="check"><input type="checkbox" checked={s.notify} onChange={(e) => save({ notify: e.target.checked })} /> {t('alerts.notify')}</label>
      <fieldset>
        <legend>{t('alerts.pressure')}</legend>
        <label className="check"><input type="checkbox" checked={pressure.enabled} onChange={(e) => save({}, [{ ...pressure, enabled: e.target.checked }, attribute, negative])} /> {t('alerts.pressureOn')}</label>
        <label>{t('alerts.pressureLevel')}{' '}
          <select value={pressure.minLevel ?? 'high'} onChange={(e) => save({}, [{ ...pressure, minLevel: e.target.value as PressureLevel, minScore: undefined }, attribute, negative])}>
            {PRESSURE_LEVELS.filter((l) => l !== 'low').map((l) => <option key={l} value={l}>{pressureLevelWord(l, lang)}</option>)}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('alerts.shifts')}</legend>
        <label className="check"><input type="checkbox" checked={attribute.enabled} onChange={(e) => save({}, [pressure, { ...attribute, enabled: e.target.checked }, negative])} /> {t('alerts.attributeOn')}</label>
        <label className="check"><input type="checkbox" checked={negative.enabled} onChange={(e) => save({}, [pressure, attribute, { ...negative, enabled: e.target.checked }])} /> {t('alerts.negativeOn')}</label>
        <label>{t('alerts.minEffect')}{' '}
          <select value={String(attribute.minEffect)} onChange={(e) => { const v = Number(e.target.value); save({}, [pressure, { ...attribute, minEffect: v }, { ...negative, minEffect: v }]); }}>
            {EFFECTS.map((x) => <option key={x} value={String(x)}>{t(`alerts.effect.${x === 0 ? 'any' : x === 0.2 ? 'small' : x === 0.5 ? 'medium' : 'large'}`)}</option>)}
          </select>
        </label>
        <label>{t('alerts.recentDays')}{' '}
          <input type="number" min={1} max={90} value={s.shiftRecentDays} onChange={(e) => { const v = Math.round(Number(e.target.value)); if (v >= 1 && v <= 90) save({ shiftRecentDays: v }); }} />
        </label>
        <label>{t('alerts.baselineDays')}{' '}
          <input type="number" min={7} max={365} value={s.shiftBaselineDays} onChange={(e) => { const v = Math.round(Number(e.target.value)); if (v >= 7 && v <= 365) save({ shiftBaselineDays: v }); }} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('alerts.quiet')}</legend>
        <label className="check"><input type="checkbox" checked={s.quietHours !== null} onChange={(e) => save({ quietHours: e.target.checked ? { start: '22:00', end: '07:00', allowCritical: true } : null })} /> {t('alerts.quietOn')}</label>
        {s.quietHours ? (
          <>
            <label>{t('alerts.quietFrom')} <input type="time" value={s.quietHours.start} onChange={(e) => e.target.value && save({ quietHours: { ...s.quietHours!, start: e.target.value } })} /></label>
            <label>{t('alerts.quietTo')} <input type="time" value={s.quietHours.end} onChange={(e) => e.target.value && save({ quietHours: { ...s.quietHours!, end: e.target.value } })} /></label>
            <label className="check"><input type="checkbox" checked={s.quietHours.allowCritical} onChange={(e) => save({ quietHours: { ...s.quietHours!, allowCritical: e.target.checked } })} /> {t('alerts.allowCritical')}</label>
          </>
        ) : null}
      </fieldset>
      <button type="button" onClick={() => { setStatus(t('dash.loading')); void run().then((r) => setStatus(t('alerts.checked', { n: r.fired, score: Math.round(r.score), level: pressureLevelWord(r.level, lang) })), () => setStatus(t('alerts.checkFailed'))); }}>{t('alerts.checkNow')}</button>
      <p aria-live="polite" data-testid="alert-status">{status}</p>
    </section>
  );
}
