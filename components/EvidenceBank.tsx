import { useState } from 'react';
import { formatNumber, getFrame } from '@/lib/drafting';
import type { Frame } from '@/lib/model/draft';
import { pickText, type Evidence } from '@/lib/model/evidence';
import type { Stakeholder } from '@/lib/model/taxonomy';
import { EvidenceEditor } from './EvidenceEditor';
import { useT } from './I18n';
import { SafeLink } from './SafeLink';

export interface EvidenceBankProps {
  evidence: Evidence[];
  frames: Partial<Record<Stakeholder, Frame>>;
  onSave: (evidence: Evidence) => Promise<unknown>;
  onDelete: (id: string) => Promise<unknown>;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The evidence bank: concrete results the team can cite, with add, edit and delete. */
export function EvidenceBank({ evidence, frames, onSave, onDelete }: EvidenceBankProps) {
  const { t, lang } = useT();
  const [editing, setEditing] = useState<string>();
  const newId = () => `ev-${crypto.randomUUID()}`;
  return (
    <div className="evidence-bank">
      <p className="hint">{t('studio.ev.help')}</p>
      <ul className="evidence-list">
        {evidence.map((e) => (
          <li key={e.id} className="evidence-item" data-testid="evidence-item">
            {editing === e.id ? (
              <EvidenceEditor initial={e} frames={frames} today={today()} newId={newId} onSave={async (x) => { await onSave(x); setEditing(undefined); }} onCancel={() => setEditing(undefined)} />
            ) : (
              <>
                <p className="evidence-fact">{pickText(e.fact, lang)} — <strong>{formatNumber(e, lang)}</strong></p>
                <p className="hint">
                  {new Date(`${e.date}T00:00:00Z`).toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' })} · {t(`studio.topic.${e.topic}`)} · {e.benefits.map((g) => getFrame(g, frames).label[lang]).join(', ')}
                </p>
                <div className="actions">
                  <SafeLink href={e.source}>{t('studio.ev.sourceLink')}</SafeLink>
                  <button type="button" className="small" onClick={() => setEditing(e.id)}>{t('studio.ev.editButton')}</button>
                  <button type="button" className="small" data-testid="ev-delete" onClick={() => { if (confirm(t('studio.ev.confirmDelete'))) void onDelete(e.id); }}>{t('studio.ev.delete')}</button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <h4>{t('studio.ev.add')}</h4>
      <EvidenceEditor frames={frames} today={today()} newId={newId} onSave={onSave} />
    </div>
  );
}
