import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { composeDrafts, DEFAULT_JARGON, draftReply, getFrame } from '@/lib/drafting';
import {
  deleteEvidence, putEvidence, readCustomFrames, readEvidence, readJargon, resetFrame, resetJargon, saveFrame, saveJargon,
} from '@/lib/db/drafting-settings-store';
import {
  findReplyDraft, latestBatch, listBatches, markStoredDraftSent, readBatch, reviseStoredDraft, saveComposed,
} from '@/lib/db/drafts-store';
import type { PulsoDB } from '@/lib/db/schema';
import { MentionSchema } from '@/lib/model/mention';
import { parseStudioHash } from '@/lib/studio/studio-route';
import '@/assets/studio.css';
import { ComposeForm, type ComposeRequest } from './ComposeForm';
import { DraftCard } from './DraftCard';
import { EvidenceBank } from './EvidenceBank';
import { FrameEditor } from './FrameEditor';
import { useOnDeviceWriter } from './hooks/useOnDeviceWriter';
import { useT } from './I18n';
import { JargonEditor } from './JargonEditor';
import { SafeLink } from './SafeLink';

export interface StudioViewProps {
  db: PulsoDB;
}

const nowIso = () => new Date().toISOString();

/**
 * The drafting studio: compose one draft per stakeholder group from one message and the
 * evidence bank, edit each with live length and clarity, reply to a mention, keep versions.
 */
export function StudioView({ db }: StudioViewProps) {
  const { t, lang } = useT();
  const evidence = useLiveQuery(() => readEvidence(db), [db]) ?? [];
  const frames = useLiveQuery(() => readCustomFrames(db), [db]) ?? {};
  const jargon = useLiveQuery(() => readJargon(db), [db]) ?? { list: DEFAULT_JARGON, edited: [] };
  const batches = useLiveQuery(() => listBatches(db), [db]) ?? [];
  const [batch, setBatch] = useState<string>();
  const [replyTo, setReplyTo] = useState(() => parseStudioHash(location.hash)?.replyTo);
  const [status, setStatus] = useState('');
  const drafts = useLiveQuery(() => (batch ? readBatch(db, batch) : Promise.resolve([])), [db, batch]);
  const mentionId = drafts?.[0]?.replyTo;
  const mention = useLiveQuery(async () => (mentionId ? MentionSchema.safeParse(await db.mentions.get(mentionId)).data : undefined), [db, mentionId]);
  const writer = useOnDeviceWriter(drafts?.[0]?.lang ?? lang);

  useEffect(() => {
    const onHash = () => setReplyTo(parseStudioHash(location.hash)?.replyTo);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (replyTo) return;
    void latestBatch(db).then((b) => setBatch((current) => current ?? b));
  }, [db, replyTo]);
  // A reply opens the draft already answering the mention, or composes one.
  useEffect(() => {
    if (!replyTo) return;
    let alive = true;
    void (async () => {
      const existing = await findReplyDraft(db, replyTo);
      if (existing) {
        if (alive) setBatch(existing.batch);
      } else {
        const parsed = MentionSchema.safeParse(await db.mentions.get(replyTo));
        if (!parsed.success) { if (alive) setStatus(t('studio.mentionMissing')); return; }
        const group = parsed.data.stakeholder ?? 'citizen';
        const custom = await readCustomFrames(db);
        const now = nowIso();
        const draft = draftReply({ mention: parsed.data, evidence: await readEvidence(db), frame: getFrame(group, custom), now });
        const [saved] = await saveComposed(db, [draft], `reply:${replyTo}:${now}`, now);
        if (alive) setBatch(saved.batch);
      }
      // Back to the plain studio: a reload reopens the latest drafts rather than this reply.
      history.replaceState(null, '', '#studio');
      if (alive) setReplyTo(undefined);
    })();
    return () => { alive = false; };
  }, [db, replyTo]);

  const compose = async (r: ComposeRequest) => {
    const now = nowIso();
    const composed = composeDrafts({ ...r, now, frames });
    const saved = await saveComposed(db, composed, `compose:${now}`, now);
    setBatch(saved[0]?.batch);
    setStatus(t('studio.composed', { n: saved.length }));
  };

  return (
    <section className="studio" aria-labelledby="studio-title">
      <h2 id="studio-title" className="visually-hidden">{t('studio.title')}</h2>
      <ComposeForm evidence={evidence} frames={frames} onCompose={compose} />
      <p className="status" role="status" data-testid="studio-status">{status}</p>
      {batches.length > 0 ? (
        <label className="field saved-drafts">
          {t('studio.saved')}
          <select value={batch ?? ''} data-testid="studio-batch" onChange={(e) => setBatch(e.target.value || undefined)}>
            {batch ? null : <option value="">—</option>}
            {batches.map((b) => (
              <option key={b.batch} value={b.batch}>
                {new Date(b.updatedAt).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' })} · {b.replyTo ? `${t('studio.reply')} · ` : ''}{b.message.slice(0, 60)} ({b.count})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {mention ? (
        <aside className="reply-context card" data-testid="reply-context" aria-label={t('studio.replyingTo')}>
          <p className="hint">{t('studio.replyingTo')} {mention.author.name || mention.author.handle || ''}</p>
          <p className="mention-text">{mention.text}</p>
          <SafeLink href={mention.url}>{t('feed.openSource')}</SafeLink>
        </aside>
      ) : null}
      {drafts && drafts.length > 0 ? (
        <>
          {writer && !writer.available ? <p className="note" data-testid="on-device-note">{t('studio.onDeviceUnavailable')}</p> : null}
          <div className="draft-grid">
            {drafts.map((d) => (
              <DraftCard
                key={d.id} draft={d} frame={getFrame(d.group, frames)} jargon={jargon.list}
                writer={writer?.available ? writer : undefined}
                onSave={(text, origin, coalesce) => reviseStoredDraft(db, d.id, text, nowIso(), origin, coalesce)}
                onMarkSent={(url) => markStoredDraftSent(db, d.id, url, nowIso())}
              />
            ))}
          </div>
        </>
      ) : null}
      <details className="card studio-section" data-testid="evidence-bank">
        <summary>{t('studio.bank', { n: evidence.length })}</summary>
        <EvidenceBank evidence={evidence} frames={frames} onSave={(e) => putEvidence(db, e)} onDelete={(id) => deleteEvidence(db, id)} />
      </details>
      <details className="card studio-section">
        <summary>{t('studio.frames')}</summary>
        <FrameEditor frames={frames} onSave={(f) => saveFrame(db, f)} onReset={(g) => resetFrame(db, g)} />
      </details>
      <details className="card studio-section">
        <summary>{t('studio.jargon')}</summary>
        <JargonEditor jargon={jargon.list} edited={jargon.edited} onSave={(l, entries) => saveJargon(db, l, entries)} onReset={(l) => resetJargon(db, l)} />
      </details>
    </section>
  );
}
