import { useState } from 'react';
import { CityProfileSchema, type CityProfile } from '@/lib/model/city-profile';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { useT } from './I18n';

export interface FirstRunProps {
  onDone: (profile: CityProfile, loadDemoData: boolean) => Promise<void>;
}

/** Turns a city name into a profile id (`Sant Cugat` → `sant-cugat`). */
function slug(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'city';
}

/** The first-run screen: which city do you look after? The demo profile is the default. */
export function FirstRun({ onDone }: FirstRunProps) {
  const { t } = useT();
  const [choice, setChoice] = useState<'demo' | 'own'>('demo');
  const [cityName, setCityName] = useState('');
  const [demoData, setDemoData] = useState(true);
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    try {
      if (choice === 'demo') return await onDone(BARCELONA_PROFILE, demoData);
      const name = cityName.trim();
      const profile = CityProfileSchema.parse({
        ...BARCELONA_PROFILE,
        id: slug(name.length >= 2 ? name : `${name}-city`),
        name,
        names: [name],
        aliases: [], exonyms: [], districts: [], neighbourhoods: [], municipalities: [], officials: [], hashtags: [], ownAccounts: [], exclusions: [],
      });
      await onDone(profile, false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRun.title')}</h2>
      <p>{t('firstRun.intro')}</p>
      <fieldset>
        <legend className="visually-hidden">{t('options.profile')}</legend>
        <label className="choice">
          <input type="radio" name="city" checked={choice === 'demo'} onChange={() => setChoice('demo')} />
          <span>
            <strong>{t('firstRun.useDemo', { city: BARCELONA_PROFILE.name })}</strong>
            <small>{t('firstRun.useDemoHelp')}</small>
          </span>
        </label>
        {choice === 'demo' ? (
          <label className="choice nested">
            <input type="checkbox" checked={demoData} onChange={(e) => setDemoData(e.target.checked)} />
            <span>{t('firstRun.loadDemoData')}</span>
          </label>
        ) : null}
        <label className="choice">
          <input type="radio" name="city" checked={choice === 'own'} onChange={() => setChoice('own')} />
          <span><strong>{t('firstRun.own')}</strong></span>
        </label>
        {choice === 'own' ? (
          <label className="field nested">
            <span>{t('firstRun.cityName')}</span>
            <input value={cityName} onChange={(e) => setCityName(e.target.value)} required data-testid="first-run-city" />
          </label>
        ) : null}
      </fieldset>
      <button type="button" className="primary" disabled={busy || (choice === 'own' && !cityName.trim())} onClick={() => void start()} data-testid="first-run-start">
        {busy ? t('options.working') : t('firstRun.start')}
      </button>
      <p className="hint">{t('privacy.note')}</p>
    </section>
  );
}
