import { useState } from 'react';
import type { PulsoDB } from '@/lib/db/schema';
import { InboxItemStateSchema, type InboxItem } from '@/lib/model/indicator';
import type { Mention } from '@/lib/model/mention';
import { useT } from './I18n';
import { MentionCard } from './MentionCard';

export interface ResponseInboxProps {
  db: PulsoDB;
  items: InboxItem[];
  /** The window's mentions by id, to show each item's post. */
  mentions: Map<string, Mention>;
}

/** Posts that may need an answer, ranked; each can be marked answered, dismissed, or given a note. */
export function ResponseInbox({ db, items, mentions }: ResponseInboxProps) {
  const { t } = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const save = (item: InboxItem, status: 'open' | 'answered' | 'dismissed', text?: string) =>
    db.inboxStates.put(InboxItemStateSchema.parse({ mentionId: item.mentionId, status, note: text ?? item.state?.note, updatedAt: new Date().toISOString() }));
  return (
    <section className="card" aria-labelledby="inbox-title" data-testid="inbox">
      <h3 id="inbox-title">{t('dash.inbox')}</h3>
      <p className="hint">{t('dash.inboxHint')}</p>
      {items.length === 0 ? <p className="empty">{t('dash.inboxEmpty')}</p> : (
        <ul className="inbox-list">
          {items.slice(0, 10).map((item) => {
            const m = mentions.get(item.mentionId);
            if (!m) return null;
            return (
              <li key={item.mentionId} data-testid="inbox-item">
                <p className="reasons">{item.reasons.map((r) => t(`dash.reason.${r}`)).join(' · ')}</p>
                <MentionCard mention={m} />
                {item.state?.note ? <p className="note">{t('dash.noteShown', { note: item.state.note })}</p> : null}
                <div className="actions">
                  <button type="button" onClick={() => void save(item, 'answered')}>{t('dash.answered')}</button>
                  <button type="button" onClick={() => void save(item, 'dismissed')}>{t('dash.dismiss')}</button>
                  <button type="button" aria-expanded={editing === item.mentionId} onClick={() => { setEditing(item.mentionId); setNote(item.state?.note ?? ''); }}>{t('dash.addNote')}</button>
                </div>
                {editing === item.mentionId ? (
                  <form className="note-form" onSubmit={(e) => { e.preventDefault(); void save(item, 'open', note.slice(0, 5000)).then(() => setEditing(null)); }}>
                    <label>{t('dash.note')} <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} rows={2} /></label>
                    <button type="submit" className="primary">{t('dash.save')}</button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
