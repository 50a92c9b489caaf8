import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { queryFeedIds, type FeedFilter } from '@/lib/db/feed-query';
import type { PulsoDB } from '@/lib/db/schema';
import type { Mention } from '@/lib/model/mention';
import { FeedFilters } from './FeedFilters';
import { useT } from './I18n';
import { MentionCard } from './MentionCard';
import { sendMessage } from '@/lib/platform/messaging';
import { RETAG_KEY, readRetagProgress, watchStorage } from '@/lib/platform/storage';
import { useRetagRunning } from './hooks/useRetagRunning';
import { RetagStatus } from './RetagStatus';

export interface FeedViewProps {
  db: PulsoDB;
  /** Demo data is stored: say so above the feed. */
  hasDemo: boolean;
}

const EMPTY: FeedFilter = { origins: [], platforms: [], sentiments: [], topics: [], attributes: [], search: '' };
/** How often the list is read while the background re-tags (see FeedView). */
const RETAG_REFRESH_MS = 5000;
const watchRetag = (onChange: () => void) => watchStorage([RETAG_KEY], onChange);

/**
 * The mention feed: ids come from index-only queries, rows are virtualised and their bodies
 * read only for what is on screen, so 100k mentions scroll smoothly. Live: a capture made in
 * the background shows here at once.
 */
export function FeedView({ db, hasDemo }: FeedViewProps) {
  const { t, n } = useT();
  const [filter, setFilter] = useState<FeedFilter>(EMPTY);
  const [searchText, setSearchText] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setFilter((f) => (f.search === searchText ? f : { ...f, search: searchText })), 250);
    return () => clearTimeout(id);
  }, [searchText]);

  // While the background re-tags, every batch it writes would make a live list read all its
  // keys again (100k keys, about a second, after each batch: re-tagging took three times as
  // long with the feed open); the list is read every few seconds instead until it is done.
  const retagging = useRetagRunning();
  const filterKey = JSON.stringify(filter);
  const live = useLiveQuery(() => (retagging ? undefined : queryFeedIds(db, filter)), [db, filterKey, retagging]);
  const [polled, setPolled] = useState<string[]>();
  useEffect(() => {
    if (!retagging) return undefined;
    let stopped = false;
    const read = () => void queryFeedIds(db, filter).then((got) => { if (!stopped) setPolled(got); });
    read();
    const id = setInterval(read, RETAG_REFRESH_MS);
    return () => { stopped = true; clearInterval(id); };
  }, [db, filterKey, retagging]);
  const lastIds = useRef<string[] | undefined>(undefined);
  const current = retagging ? polled : live;
  if (current) lastIds.current = current;
  const ids = current ?? lastIds.current;
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ids?.length ?? 0,
    getScrollElement: () => parentRef.current,
    estimateSize: () => 150,
    overscan: 6,
    getItemKey: (i) => ids?.[i] ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const visibleIds = useMemo(() => items.map((it) => ids?.[it.index]).filter((x): x is string => !!x), [items, ids]);
  const rows = useLiveQuery(async () => {
    const got = await db.mentions.bulkGet(visibleIds);
    return new Map(got.filter((m): m is Mention => !!m).map((m) => [m.id, m]));
  }, [db, visibleIds.join('|')]);

  // A mark for `npm run bench`: the first time mention rows are on screen.
  useEffect(() => {
    if (rows?.size && !performance.getEntriesByName('pulso:feed-ready').length) performance.mark('pulso:feed-ready');
  }, [rows]);

  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY);
  return (
    <section className="feed" aria-labelledby="feed-title">
      <h2 id="feed-title" className="visually-hidden">{t('feed.title')}</h2>
      <FeedFilters filter={filter} searchText={searchText} onSearchText={setSearchText} onChange={setFilter} />
      {hasDemo ? <p className="demo-banner" role="note">{t('feed.demoBanner')}</p> : null}
      {retagging ? <RetagStatus read={readRetagProgress} watch={watchRetag} /> : null}
      <p className="feed-count" aria-live="polite" data-testid="feed-count">{ids ? (ids.length === 1 ? t('feed.countOne') : t('feed.count', { n: n(ids.length) })) : ''}</p>
      {ids && ids.length === 0 ? <p className="empty">{filtered ? t('feed.emptyFiltered') : t('feed.empty')}</p> : null}
      <div ref={parentRef} className="feed-scroll" data-testid="feed-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((it) => {
            const id = ids?.[it.index];
            const m = id ? rows?.get(id) : undefined;
            return (
              <div key={it.key} data-index={it.index} ref={virtualizer.measureElement} className="feed-row" style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${it.start}px)` }}>
                {m ? (
                  <MentionCard
                    mention={m}
                    onSetGroup={(x, group) => void sendMessage('authors/set-group', { platform: x.platform, author: x.author, group })}
                    onCorrectTags={(x, edit) => void sendMessage('mentions/correct-tags', { id: x.id, edit })}
                    explain={(x) => sendMessage('tagging/explain', { text: x.text || x.title || ' ', title: x.title, lang: x.lang })}
                  />
                ) : <div className="mention loading-row" aria-hidden="true" />}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
