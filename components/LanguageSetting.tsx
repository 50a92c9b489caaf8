import type { Settings } from '@/lib/model/settings';
import { useT } from './I18n';

export interface LanguageSettingProps {
  value: Settings['uiLang'];
  onChange: (value: Settings['uiLang']) => void;
}

const NATIVE = { es: 'Español', ca: 'Català', en: 'English' } as const;

/** Interface language: the browser's, or one chosen here (language names in their own language). */
export function LanguageSetting({ value, onChange }: LanguageSettingProps) {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby="lang-title">
      <h2 id="lang-title">{t('options.language')}</h2>
      <label className="field">
        <span className="visually-hidden">{t('options.language')}</span>
        <select value={value} onChange={(e) => onChange(e.target.value as Settings['uiLang'])} data-testid="ui-lang">
          <option value="auto">{t('options.languageAuto')}</option>
          {(Object.keys(NATIVE) as Array<keyof typeof NATIVE>).map((l) => <option key={l} value={l} lang={l}>{NATIVE[l]}</option>)}
        </select>
      </label>
    </section>
  );
}
