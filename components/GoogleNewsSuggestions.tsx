import type { CityProfile } from '@/lib/model/city-profile';
import type { Source } from '@/lib/model/source';
import { googleNewsUrls } from '@/lib/sources/google-news';
import type { NewSourceFields } from '@/lib/sources/new-source';
import { sourceUrl } from '@/lib/sources/source-request';
import type { AddOutcome } from './SourcesSettings';
import { useT } from './I18n';

export interface GoogleNewsSuggestionsProps {
  profile: CityProfile;
  sources: Source[];
  onAdd: (fields: NewSourceFields) => Promise<AddOutcome>;
}

/** Google News searches built from the city profile, one per language (split when the query is long), each with its feed URL. */
export function GoogleNewsSuggestions({ profile, sources, onAdd }: GoogleNewsSuggestionsProps) {
  const { t } = useT();
  const added = new Set(sources.map(sourceUrl));
  const searches = googleNewsUrls(profile);
  return (
    <div className="source-add">
      <h3>{t('sources.googleTitle')}</h3>
      <p className="hint">{t('sources.googleHelp')}</p>
      <ul className="google-news">
        {searches.map((g) => (
          <li key={g.url} data-testid="google-news">
            <span>{g.label}</span>
            <code className="source-url" style={{ wordBreak: 'break-all' }}>{g.url}</code>
            <button type="button" disabled={added.has(g.url)} onClick={() => void onAdd({ kind: 'google-news', url: g.url, label: `Google News: ${g.label}` })}>
              {added.has(g.url) ? t('sources.alreadyAdded') : t('sources.add')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
