import { useEffect, useState } from 'react';
import { MATCH_FIELDS, type CityProfile } from '@/lib/model/city-profile';
import { parseProfileFile, serializeProfile, validateNewProfile } from '@/lib/profile/profile-io';
import type { MessageKey } from '@/lib/i18n';
import type { LowerCaseTerm } from '@/lib/profile/term-audit';
import { useT } from './I18n';
import { LowerCaseTermsCheck } from './LowerCaseTermsCheck';

export interface ProfileEditorProps {
  profile: CityProfile;
  onSave: (profile: CityProfile) => Promise<void>;
  onReset: () => Promise<void>;
  /** The newest stored posts' texts, for the check of names written as everyday words (left out when absent). */
  recentTexts?: { read: () => Promise<string[]>; limit: number };
}

const LIST_FIELDS = [...MATCH_FIELDS, 'exclusions'] as const;
type ListField = (typeof LIST_FIELDS)[number];
type Draft = Record<ListField | 'languages', string> & { name: string; id: string; country: string; timezone: string; query: string };

function toDraft(p: CityProfile): Draft {
  const lists = Object.fromEntries(LIST_FIELDS.map((f) => [f, p[f].join('\n')])) as Record<ListField, string>;
  return { ...lists, languages: p.languages.join('\n'), name: p.name, id: p.id, country: p.country, timezone: p.timezone, query: p.query ?? '' };
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** Edits the city profile: every term list, one term per line; import and export as a file. */
export function ProfileEditor({ profile, onSave, onReset, recentTexts }: ProfileEditorProps) {
  const { t } = useT();
  const [draft, setDraft] = useState<Draft>(() => toDraft(profile));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => setDraft(toDraft(profile)), [profile]);

  const set = (field: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value }));

  /** Takes a name out of its list in the draft and adds it to the everyday words (saved with the draft). */
  function moveToEverydayWords({ term, field }: LowerCaseTerm) {
    setDraft((d) => ({
      ...d,
      [field]: d[field].split('\n').filter((l) => l.trim() !== term).join('\n'),
      everydayWords: [...lines(d.everydayWords), term].join('\n'),
    }));
  }

  async function save() {
    const candidate = {
      version: 1,
      id: draft.id.trim(),
      name: draft.name.trim(),
      country: draft.country.trim().toUpperCase(),
      timezone: draft.timezone.trim(),
      languages: lines(draft.languages),
      ...Object.fromEntries(LIST_FIELDS.map((f) => [f, lines(draft[f])])),
      query: draft.query.trim() || undefined,
    };
    const result = validateNewProfile(candidate);
    if (!result.ok) return setMessage({ kind: 'error', text: t('options.invalid', { reason: result.error }) });
    await onSave(result.profile);
    setMessage({ kind: 'ok', text: t('options.saved') });
  }

  async function importFile(file: File) {
    const result = parseProfileFile(await file.text());
    if (!result.ok) return setMessage({ kind: 'error', text: t('options.importError', { reason: result.error }) });
    await onSave(result.profile);
    setMessage({ kind: 'ok', text: t('options.importOk') });
  }

  function exportFile() {
    const blob = new Blob([serializeProfile(profile)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `pulso-profile-${profile.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const text = (field: 'name' | 'id' | 'country' | 'timezone', key: MessageKey) => (
    <label className="field">
      <span>{t(key)}</span>
      <input value={draft[field]} onChange={set(field)} data-testid={`profile-${field}`} />
    </label>
  );
  const area = (field: ListField | 'languages', key: MessageKey, rows = 4) => (
    <label className="field">
      <span>{t(key)}</span>
      <textarea value={draft[field]} onChange={set(field)} rows={rows} spellCheck={false} data-testid={`profile-${field}`} />
    </label>
  );

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('options.profile')}</h2>
      <p className="hint">{t('options.profileHelp')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <div className="grid-2">
          {text('name', 'field.name')}
          {text('id', 'field.id')}
          {text('country', 'field.country')}
          {text('timezone', 'field.timezone')}
        </div>
        <div className="grid-2">
          {area('names', 'field.names')}
          {area('aliases', 'field.aliases')}
          {area('exonyms', 'field.exonyms')}
          {area('hashtags', 'field.hashtags')}
          {area('districts', 'field.districts')}
          {area('neighbourhoods', 'field.neighbourhoods')}
          {area('municipalities', 'field.municipalities', 6)}
          {area('everydayWords', 'field.everydayWords')}
          {area('officials', 'field.officials')}
          {area('ownAccounts', 'field.ownAccounts')}
          {area('exclusions', 'field.exclusions')}
          {area('languages', 'field.languages', 3)}
          <label className="field">
            <span>{t('field.query')}</span>
            <textarea value={draft.query} onChange={set('query')} rows={3} spellCheck={false} data-testid="profile-query" />
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="primary" data-testid="profile-save">{t('options.save')}</button>
          <button type="button" onClick={exportFile}>{t('options.export')}</button>
          <label className="file-button">
            <span>{t('options.import')}</span>
            <input type="file" accept="application/json,.json" data-testid="profile-import" onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />
          </label>
          <button type="button" className="link-button" onClick={() => void onReset()}>{t('options.reset')}</button>
        </div>
        {message ? <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind} data-testid="profile-message">{message.text}</p> : null}
      </form>
      {recentTexts ? <LowerCaseTermsCheck profile={profile} recentTexts={recentTexts.read} limit={recentTexts.limit} onMove={moveToEverydayWords} /> : null}
    </section>
  );
}
