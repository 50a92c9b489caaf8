import { useEffect, useState } from 'react';
import type { Mention } from '@/lib/model/mention';
import { STAKEHOLDERS, type Stakeholder } from '@/lib/model/taxonomy';
import type { TagExplanation } from '@/lib/tagging/pipeline';
import { editMentionTags, resetMentionTags, type TagEdit } from '@/lib/tagging/tag-edits';
import { replyHash } from '@/lib/studio/studio-route';
import { useT } from './I18n';
import { SafeLink } from './SafeLink';
import { SentimentBadge } from './SentimentBadge';
import { TagCorrector } from './TagCorrector';
import { TagList } from './TagList';
import { TagReasons } from './TagReasons';

export interface MentionCardProps {
  mention: Mention;
  /** Sets the author's stakeholder group (for this and every other mention of the author). */
  onSetGroup?: (mention: Mention, group: Stakeholder) => void;
  /** Corrects one tag of the mention (undefined: undoes every correction). */
  onCorrectTags?: (mention: Mention, edit: TagEdit | undefined) => void;
  /** Tags the mention's text again and says which words gave each tag (see TryText). */
  explain?: (mention: Mention) => Promise<TagExplanation>;
}

const PLATFORM_NAMES: Record<Mention['platform'], string> = {
  web: 'Web', news: 'News', x: 'X', reddit: 'Reddit', mastodon: 'Mastodon', bluesky: 'Bluesky',
  facebook: 'Facebook', instagram: 'Instagram', youtube: 'YouTube', linkedin: 'LinkedIn', tiktok: 'TikTok', telegram: 'Telegram',
};

/** One mention in the feed. Every captured string is rendered as text, never as HTML. */
export function MentionCard({ mention: stored, onSetGroup, onCorrectTags, explain }: MentionCardProps) {
  const { t, lang } = useT();
  const [correcting, setCorrecting] = useState(false);
  const [why, setWhy] = useState<{ hits?: TagExplanation['hits']; learned?: TagExplanation['learned']; error?: string } | undefined>();
  const toggleWhy = () => {
    if (why || !explain) return setWhy(undefined);
    setWhy({});
    explain(stored).then(
      (out) => setWhy({ hits: out.hits, learned: out.learned }),
      (e: unknown) => setWhy({ error: t('tryText.failed', { reason: e instanceof Error ? e.message : String(e) }) }),
    );
  };
  // A correction shows at once; the stored mention, read back, replaces this copy.
  const [corrected, setCorrected] = useState<Mention | undefined>();
  useEffect(() => setCorrected(undefined), [stored]);
  const m = corrected ?? stored;
  const correct = (edit: TagEdit | undefined) => {
    setCorrected(edit ? editMentionTags(m, edit, new Date()) : resetMentionTags(m));
    onCorrectTags?.(m, edit);
  };
  const when = new Date(m.sortAt);
  const who = m.author.name || m.author.handle || new URL(m.url, 'https://invalid.invalid').hostname;
  return (
    <article className="mention" data-testid="mention" data-id={m.id}>
      <header className="mention-head">
        <span className="platform">{PLATFORM_NAMES[m.platform]}</span>
        <span className="author">{who}</span>
        {m.author.handle && m.author.name ? <span className="handle">@{m.author.handle.replace(/^@/, '')}</span> : null}
        <time dateTime={m.sortAt}>{when.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' })}</time>
      </header>
      {m.title ? <h3 className="mention-title">{m.title}</h3> : null}
      <p className="mention-text" data-testid="mention-text">{m.text}</p>
      {m.truncated ? <p className="note">{t('feed.truncated')}</p> : null}
      <TagList topics={m.topics} attributes={m.attributes} />
      <footer className="mention-foot">
        <SentimentBadge sentiment={m.sentiment} />
        <span className="badge lang" data-testid="lang">{t(`lang.${m.lang}`)}</span>
        <span className="badge origin">{t(`origin.${m.origin}`)}</span>
        {m.demo ? <span className="badge demo">{t('feed.demo')}</span> : null}
        {m.unmatched ? <span className="badge unmatched">{t('feed.unmatched')}</span> : null}
        {m.tagEdits ? <span className="badge corrected" data-testid="corrected">{t('feed.corrected')}</span> : null}
        {onSetGroup && (m.author.handle || m.author.url) ? (
          <label className="group-select">
            <span className="visually-hidden">{t('feed.authorGroup')}</span>
            <select value={m.stakeholder ?? ''} onChange={(e) => e.target.value && onSetGroup(m, e.target.value as Stakeholder)} title={m.stakeholderConfidence !== undefined ? t('feed.groupConfidence', { pct: Math.round(m.stakeholderConfidence * 100) }) : undefined} data-testid="author-group">
              <option value="">{t('feed.groupUnknown')}</option>
              {STAKEHOLDERS.map((g) => <option key={g} value={g}>{t(`group.${g}`)}</option>)}
            </select>
          </label>
        ) : m.stakeholder ? <span className="badge group">{t(`group.${m.stakeholder}`)}</span> : null}
        {m.matched.length ? <span className="matched">{t('feed.matched', { terms: m.matched.slice(0, 4).join(', ') })}</span> : null}
        <SafeLink className="source-link" href={m.url}>{t('feed.openSource')}</SafeLink>
        <a className="reply-link" href={replyHash(m.id)} data-testid="draft-reply">{t('studio.replyAction')}</a>
        {explain ? (
          <button type="button" className="link-button" aria-expanded={why !== undefined} onClick={toggleWhy} data-testid="why-tags">{t('feed.why')}</button>
        ) : null}
        {onCorrectTags ? (
          <button type="button" className="link-button" aria-expanded={correcting} onClick={() => setCorrecting(!correcting)} data-testid="correct-tags">
            {correcting ? t('feed.correctDone') : t('feed.correct')}
          </button>
        ) : null}
      </footer>
      {why ? (
        <div className="tag-why" aria-live="polite" data-testid="why-panel">
          {m.tagEdits ? <p className="hint">{t('feed.whyCorrected')}</p> : null}
          {why.error ? <p role="alert" className="error">{why.error}</p>
            : !why.hits ? <p className="hint">{t('dash.loading')}</p>
              : why.hits.length || why.learned?.length ? <TagReasons hits={why.hits} learned={why.learned} testId="why-hits" /> : <p className="hint">{t('feed.whyNone')}</p>}
        </div>
      ) : null}
      {correcting && onCorrectTags ? <TagCorrector mention={m} onCorrect={correct} /> : null}
    </article>
  );
}
