import { ATTRIBUTE_LABELS, TOPIC_LABELS } from '@/lib/indicators/labels';
import { NEGATIVE_ATTRIBUTES, type Attribute, type Topic } from '@/lib/model/taxonomy';
import { useT } from './I18n';

const NEGATIVE = new Set<Attribute>(NEGATIVE_ATTRIBUTES);

export interface TagListProps {
  topics: readonly Topic[];
  attributes: readonly Attribute[];
}

/**
 * Brand attributes (− to shed, + to own: in colour, in a sign and in words for screen readers),
 * then topics, in the UI language. Renders nothing when there are none.
 */
export function TagList({ topics, attributes }: TagListProps) {
  const { t, lang } = useT();
  if (!topics.length && !attributes.length) return null;
  return (
    <p className="mention-tags">
      {attributes.length ? (
        <span className="tag-group">
          <span className="visually-hidden">{t('feed.attributes')}</span>
          {attributes.map((a) => {
            const negative = NEGATIVE.has(a);
            const kind = t(negative ? 'feed.attrNegative' : 'feed.attrPositive');
            return (
              <span key={a} className={`tag attr ${negative ? 'attr-negative' : 'attr-positive'}`} data-testid="attribute" title={kind}>
                <span aria-hidden="true">{negative ? '− ' : '+ '}</span>
                <span className="visually-hidden">{kind}: </span>
                {ATTRIBUTE_LABELS[a][lang]}
              </span>
            );
          })}
        </span>
      ) : null}
      {topics.length ? (
        <span className="tag-group">
          <span className="visually-hidden">{t('feed.topics')}</span>
          {topics.map((tp) => <span key={tp} className="tag topic" data-testid="topic">{TOPIC_LABELS[tp][lang]}</span>)}
        </span>
      ) : null}
    </p>
  );
}
