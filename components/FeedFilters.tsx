import { ATTRIBUTE_LABELS, TOPIC_LABELS } from '@/lib/indicators/labels';
import { ATTRIBUTES, NEGATIVE_ATTRIBUTES, ORIGINS, PLATFORMS, SENTIMENT_LABELS, TOPICS, type Attribute } from '@/lib/model/taxonomy';
import type { FeedFilter } from '@/lib/db/feed-query';
import { useT } from './I18n';

export interface FeedFiltersProps {
  filter: FeedFilter;
  searchText: string;
  onSearchText: (text: string) => void;
  onChange: (filter: FeedFilter) => void;
}

const NEGATIVE = new Set<Attribute>(NEGATIVE_ATTRIBUTES);

const PLATFORM_LABEL: Record<string, string> = { web: 'Web', news: 'News', x: 'X', reddit: 'Reddit', mastodon: 'Mastodon', bluesky: 'Bluesky', facebook: 'Facebook', instagram: 'Instagram', youtube: 'YouTube', linkedin: 'LinkedIn', tiktok: 'TikTok', telegram: 'Telegram' };

/** Search box and filters (origin, platform, sentiment, brand attribute, topic, date range) above the feed. */
export function FeedFilters({ filter, searchText, onSearchText, onChange }: FeedFiltersProps) {
  const { t, lang } = useT();
  const dayStart = (d: string) => (d ? new Date(`${d}T00:00:00`).toISOString() : undefined);
  const dayEnd = (d: string) => (d ? new Date(`${d}T23:59:59.999`).toISOString() : undefined);
  const dateValue = (iso?: string) => {
    if (!iso) return '';
    const d = new Date(iso);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label className="search">
        <span>{t('feed.search')}</span>
        <input type="search" value={searchText} placeholder={t('feed.searchPlaceholder')} onChange={(e) => onSearchText(e.target.value)} data-testid="search" />
      </label>
      <div className="filter-row">
        <label>
          <span>{t('feed.origin')}</span>
          <select value={filter.origins[0] ?? ''} onChange={(e) => onChange({ ...filter, origins: e.target.value ? [e.target.value as FeedFilter['origins'][number]] : [] })} data-testid="filter-origin">
            <option value="">{t('feed.any')}</option>
            {ORIGINS.map((o) => <option key={o} value={o}>{t(`origin.${o}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('feed.platform')}</span>
          <select value={filter.platforms[0] ?? ''} onChange={(e) => onChange({ ...filter, platforms: e.target.value ? [e.target.value as FeedFilter['platforms'][number]] : [] })} data-testid="filter-platform">
            <option value="">{t('feed.any')}</option>
            {PLATFORMS.map((p) => <option key={p} value={p}>{PLATFORM_LABEL[p]}</option>)}
          </select>
        </label>
        <label>
          <span>{t('feed.sentiment')}</span>
          <select value={filter.sentiments[0] ?? ''} onChange={(e) => onChange({ ...filter, sentiments: e.target.value ? [e.target.value as FeedFilter['sentiments'][number]] : [] })} data-testid="filter-sentiment">
            <option value="">{t('feed.any')}</option>
            {SENTIMENT_LABELS.map((s) => <option key={s} value={s}>{t(`sentiment.${s}`)}</option>)}
          </select>
        </label>
      </div>
      <div className="filter-row">
        <label>
          <span>{t('feed.attribute')}</span>
          <select value={filter.attributes[0] ?? ''} onChange={(e) => onChange({ ...filter, attributes: e.target.value ? [e.target.value as Attribute] : [] })} data-testid="filter-attribute">
            <option value="">{t('feed.any')}</option>
            {ATTRIBUTES.map((a) => <option key={a} value={a}>{`${NEGATIVE.has(a) ? '−' : '+'} ${ATTRIBUTE_LABELS[a][lang]}`}</option>)}
          </select>
        </label>
        <label>
          <span>{t('feed.topic')}</span>
          <select value={filter.topics[0] ?? ''} onChange={(e) => onChange({ ...filter, topics: e.target.value ? [e.target.value as FeedFilter['topics'][number]] : [] })} data-testid="filter-topic">
            <option value="">{t('feed.any')}</option>
            {TOPICS.map((tp) => <option key={tp} value={tp}>{TOPIC_LABELS[tp][lang]}</option>)}
          </select>
        </label>
      </div>
      <div className="filter-row">
        <label>
          <span>{t('feed.from')}</span>
          <input type="date" value={dateValue(filter.from)} onChange={(e) => onChange({ ...filter, from: dayStart(e.target.value) })} data-testid="filter-from" />
        </label>
        <label>
          <span>{t('feed.to')}</span>
          <input type="date" value={dateValue(filter.to)} onChange={(e) => onChange({ ...filter, to: dayEnd(e.target.value) })} data-testid="filter-to" />
        </label>
        <button type="button" className="link-button" onClick={() => { onSearchText(''); onChange({ origins: [], platforms: [], sentiments: [], topics: [], attributes: [], search: '' }); }}>
          {t('feed.clear')}
        </button>
      </div>
    </form>
  );
}
