import { ATTRIBUTE_LABELS, TOPIC_LABELS } from '@/lib/indicators/labels';
import type { Mention } from '@/lib/model/mention';
import { ATTRIBUTES, NEGATIVE_ATTRIBUTES, SENTIMENT_LABELS, TOPICS, type Attribute } from '@/lib/model/taxonomy';
import type { TagEdit } from '@/lib/tagging/tag-edits';
import { useT } from './I18n';

const NEGATIVE = new Set<Attribute>(NEGATIVE_ATTRIBUTES);

export interface TagCorrectorProps {
  mention: Mention;
  /** One correction, or undefined to undo them all. */
  onCorrect: (edit: TagEdit | undefined) => void;
}

/**
 * Corrects a mention's sentiment, brand attributes and topics: each change is saved at once,
 * counts in every indicator and stays when Pulso re-tags.
 */
export function TagCorrector({ mention: m, onCorrect }: TagCorrectorProps) {
  const { t, lang } = useT();
  return (
    <div className="tag-corrector" data-testid="tag-corrector">
      <p className="hint">{t('feed.correctHelp')}</p>
      <fieldset>
        <legend>{t('tryText.sentiment')}</legend>
        {SENTIMENT_LABELS.map((s) => (
          <label key={s} className="check">
            <input type="radio" name={`sentiment-${m.id}`} checked={m.sentiment.label === s} onChange={() => onCorrect({ kind: 'sentiment', label: s })} data-testid={`correct-sentiment-${s}`} />
            {t(`sentiment.${s}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('feed.attributes')}</legend>
        {ATTRIBUTES.map((a) => (
          <label key={a} className="check">
            <input type="checkbox" checked={m.attributes.includes(a)} onChange={(e) => onCorrect({ kind: 'attribute', label: a, on: e.target.checked })} data-testid={`correct-attribute-${a}`} />
            {`${NEGATIVE.has(a) ? '−' : '+'} ${ATTRIBUTE_LABELS[a][lang]}`}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('feed.topics')}</legend>
        {TOPICS.map((tp) => (
          <label key={tp} className="check">
            <input type="checkbox" checked={m.topics.includes(tp)} onChange={(e) => onCorrect({ kind: 'topic', label: tp, on: e.target.checked })} data-testid={`correct-topic-${tp}`} />
            {TOPIC_LABELS[tp][lang]}
          </label>
        ))}
      </fieldset>
      {m.tagEdits ? <button type="button" className="link-button" onClick={() => onCorrect(undefined)} data-testid="correct-undo">{t('feed.undoCorrections')}</button> : null}
    </div>
  );
}
