import { useState, type FormEvent } from 'react';
import type { CityProfile } from '@/lib/model/city-profile';
import type { NewSourceFields } from '@/lib/sources/new-source';
import type { AddOutcome } from './SourcesSettings';
import { useT } from './I18n';

export interface AddSocialSourceProps {
  profile: CityProfile;
  onAdd: (fields: NewSourceFields) => Promise<AddOutcome>;
}

const KINDS = ['mastodon-tag', 'mastodon-search', 'bluesky-search', 'reddit-search', 'reddit-new'] as const;
type SocialKind = (typeof KINDS)[number];

/** A first suggestion for the term, from the profile, so the form is one click for the common case. */
function suggestion(kind: SocialKind, profile: CityProfile): string {
  const name = profile.names[0] ?? profile.name;
  if (kind === 'mastodon-tag') return profile.hashtags[0]?.replace(/^#/, '') ?? name.replace(/[^\p{L}\p{N}_]/gu, '').toLowerCase();
  if (kind === 'reddit-new') return name.replace(/[^A-Za-z0-9_]/g, '').toLowerCase();
  return name;
}

/** The fields of a social source; the term is a hashtag, a query or a subreddit by kind. */
function toFields(kind: SocialKind, instance: string, term: string): NewSourceFields {
  const i = instance.trim().toLowerCase();
  const v = term.trim();
  switch (kind) {
    case 'mastodon-tag': {
      const tag = v.replace(/^#/, '');
      return { kind, instance: i, tag, label: `#${tag} · ${i}` };
    }
    case 'mastodon-search':
      return { kind, instance: i, query: v, label: `“${v}” · ${i}` };
    case 'bluesky-search':
      return { kind, query: v, label: `Bluesky: “${v}”` };
    case 'reddit-search':
      return { kind, query: v, label: `Reddit: “${v}”` };
    case 'reddit-new': {
      const subreddit = v.replace(/^\/?r\//i, '');
      return { kind, subreddit, label: `r/${subreddit}` };
    }
  }
}

/** Adds a Mastodon hashtag or search on an instance, a Bluesky search, a Reddit search or a subreddit's new posts. */
export function AddSocialSource({ profile, onAdd }: AddSocialSourceProps) {
  const { t } = useT();
  const [kind, setKind] = useState<SocialKind>('mastodon-tag');
  const [instance, setInstance] = useState('mastodon.social');
  const [term, setTerm] = useState(() => suggestion('mastodon-tag', profile));
  const mastodon = kind === 'mastodon-tag' || kind === 'mastodon-search';
  const termLabel = kind === 'mastodon-tag' ? t('sources.tag') : kind === 'reddit-new' ? t('sources.subreddit') : t('sources.query');

  function submit(e: FormEvent) {
    e.preventDefault();
    void onAdd(toFields(kind, instance, term));
  }

  return (
    <form className="source-add" onSubmit={submit} aria-labelledby="social-add-title">
      <h3 id="social-add-title">{t('sources.socialTitle')}</h3>
      <p className="hint">{t('sources.socialHelp')}</p>
      <label className="field">
        <span>{t('sources.kind')}</span>
        <select
          value={kind}
          data-testid="social-kind"
          onChange={(e) => {
            const k = e.target.value as SocialKind;
            setKind(k);
            setTerm(suggestion(k, profile));
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>{t(`sources.kind.${k}`)}</option>
          ))}
        </select>
      </label>
      {mastodon ? (
        <label className="field">
          <span>{t('sources.instance')}</span>
          <input value={instance} onChange={(e) => setInstance(e.target.value)} data-testid="social-instance" required />
        </label>
      ) : null}
      <label className="field">
        <span>{termLabel}</span>
        <input value={term} onChange={(e) => setTerm(e.target.value)} data-testid="social-term" required />
      </label>
      <div className="actions">
        <button type="submit" data-testid="social-add">{t('sources.add')}</button>
      </div>
    </form>
  );
}
