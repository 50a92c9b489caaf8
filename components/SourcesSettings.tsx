import { useState } from 'react';
import type { PulsoDB } from '@/lib/db/schema';
import { invalidFieldText } from '@/lib/i18n/source-failure';
import type { CityProfile } from '@/lib/model/city-profile';
import type { SourceActions } from '@/lib/platform/source-actions';
import { newSource, type NewSourceFields } from '@/lib/sources/new-source';
import { hostPermissionFor, sourceUrl } from '@/lib/sources/source-request';
import { AddFeedForm } from './AddFeedForm';
import { AddSocialSource } from './AddSocialSource';
import { GoogleNewsSuggestions } from './GoogleNewsSuggestions';
import { useSources } from './hooks/useSources';
import { useT } from './I18n';
import { SourceRow } from './SourceRow';

export interface SourcesSettingsProps {
  db: PulsoDB;
  profile: CityProfile;
  actions: SourceActions;
}

/** What adding a source came to, in the user's language. */
export type AddOutcome = { ok: boolean; text: string };

/**
 * Listening sources: news feeds (with discovery), Google News searches from the profile,
 * Mastodon, Bluesky and Reddit; each with its status, schedule and controls.
 */
export function SourcesSettings({ db, profile, actions }: SourcesSettingsProps) {
  const { t, lang } = useT();
  const { sources, states } = useSources(db);
  const [message, setMessage] = useState<AddOutcome | null>(null);

  /**
   * Validates, asks for access to the source's host (first await: the permission prompt needs
   * the click's user gesture) and stores it. `permitted` skips the prompt when the caller has
   * just been granted the host.
   */
  async function add(fields: NewSourceFields, permitted = false): Promise<AddOutcome> {
    const r = newSource(fields, sources, new Date(), Math.random);
    let out: AddOutcome;
    if (!r.ok) {
      out = { ok: false, text: r.reason === 'duplicate' ? t('sources.duplicate', { label: r.detail }) : t('sources.invalid', { detail: invalidFieldText(lang, r.field, r.detail) }) };
    } else if (!permitted && !(await actions.requestHost(hostPermissionFor(r.source)))) {
      out = { ok: false, text: t('sources.permissionRefused', { host: new URL(sourceUrl(r.source)).host }) };
    } else {
      await actions.save(r.source);
      out = { ok: true, text: t('sources.added', { label: r.source.label ?? sourceUrl(r.source) }) };
    }
    setMessage(out);
    return out;
  }

  return (
    <section className="card sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('sources.title')}</h2>
      <p className="hint">{t('sources.help')}</p>
      <AddFeedForm actions={actions} onAdd={add} />
      <GoogleNewsSuggestions profile={profile} sources={sources} onAdd={add} />
      <AddSocialSource profile={profile} onAdd={add} />
      <p role="status" data-testid="sources-message" className={message && !message.ok ? 'error' : undefined}>{message?.text ?? ''}</p>
      <h3>{t('sources.listTitle', { n: sources.length })}</h3>
      {sources.length === 0 ? <p className="hint">{t('sources.none')}</p> : null}
      <ul className="source-list">
        {sources.map((s) => (
          <SourceRow key={s.id} source={s} state={states[s.id]} actions={actions} />
        ))}
      </ul>
    </section>
  );
}
