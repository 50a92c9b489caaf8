import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { mentionsBehind } from '@/lib/db/mentions-behind';
import type { PulsoDB } from '@/lib/db/schema';
import type { MentionSelector } from '@/lib/model/mention-selector';
import { useT } from './I18n';
import { MentionCard } from './MentionCard';

export interface MentionDrawerProps {
  db: PulsoDB;
  title: string;
  selector: MentionSelector;
  /** How many mentions the number stands for, when known (the list shows the newest 100). */
  total?: number;
  onClose: () => void;
}

const SHOWN = 100;

/** A modal list of the mentions behind a number, newest first (or by relevance for id lists). */
export function MentionDrawer({ db, title, selector, total, onClose }: MentionDrawerProps) {
  const { t, n } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const mentions = useLiveQuery(() => mentionsBehind(db, selector, SHOWN), [db, JSON.stringify(selector)]);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const count = total ?? mentions?.length;
  return (
    <dialog ref={ref} className="drawer" aria-labelledby="drawer-title" onClose={onClose} data-testid="mention-drawer">
      <header className="drawer-head">
        <h2 id="drawer-title">{title}</h2>
        <button type="button" onClick={() => ref.current?.close()}>{t('dash.close')}</button>
      </header>
      <p className="hint" aria-live="polite">
        {mentions === undefined ? t('dash.loading')
          : count !== undefined && count > mentions.length ? t('dash.drawerSome', { shown: n(mentions.length), total: n(count) })
            : t('dash.drawerAll', { n: n(mentions.length) })}
      </p>
      <div className="drawer-list">
        {mentions?.map((m) => <MentionCard key={m.id} mention={m} />)}
      </div>
    </dialog>
  );
}
