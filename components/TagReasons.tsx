import { ATTRIBUTE_LABELS, TOPIC_LABELS } from '@/lib/indicators/labels';
import { NEGATIVE_ATTRIBUTES, type Attribute } from '@/lib/model/taxonomy';
import type { LearnedTag } from '@/lib/tagging/learned-tags';
import type { TermHit } from '@/lib/tagging/topics';
import { useT } from './I18n';

const NEGATIVE = new Set<Attribute>(NEGATIVE_ATTRIBUTES);

export interface TagReasonsProps {
  hits: readonly TermHit[];
  /** Tags the learned model added, which no term gave. */
  learned?: readonly LearnedTag[];
  testId?: string;
}

/**
 * The taxonomy terms found in a text, each with the words it covers and what it gave: "«es seguro»
 * → − inseguridad; temas: seguridad (negado)". Attributes are signed as on the cards and topics
 * named as such, since a topic and an attribute can share a word (seguridad). Tags the learned
 * model added come last, with how sure it was.
 */
export function TagReasons({ hits, learned = [], testId = 'tag-reasons' }: TagReasonsProps) {
  const { t, lang } = useT();
  const labels = (h: TermHit) => [
    h.attributes.map((a) => `${NEGATIVE.has(a) ? '−' : '+'} ${ATTRIBUTE_LABELS[a][lang]}`).join(', '),
    h.topics.length ? t('tryText.topics', { list: h.topics.map((tp) => TOPIC_LABELS[tp][lang]).join(', ') }) : '',
  ].filter(Boolean).join('; ');
  return (
    <ul className="try-hits" data-testid={testId}>
      {hits.map((h, i) => (
        <li key={`${h.start}-${h.end}-${i}`}>
          <q>{h.words}</q>{' → '}
          {h.stop ? (labels(h) ? t('tryText.stopOnly', { labels: labels(h) }) : t('tryText.stopNothing'))
            : h.overridden ? t('tryText.overridden')
              : `${labels(h) || t('tryText.nothing')}${h.negated ? ` (${t('tryText.negated')})` : ''}${h.ironic ? ` (${t('tryText.ironic')})` : ''}${h.question ? ` (${t('tryText.question')})` : ''}`}
        </li>
      ))}
      {learned.map((l) => (
        <li key={l.kind === 'attribute' ? l.attribute : `topic-${l.topic}`} data-testid="learned-reason">
          {t('tryText.learned', {
            labels: l.kind === 'attribute'
              ? `${NEGATIVE.has(l.attribute) ? '−' : '+'} ${ATTRIBUTE_LABELS[l.attribute][lang]}`
              : t('tryText.topics', { list: TOPIC_LABELS[l.topic][lang] }),
            percent: l.probability.toLocaleString(lang, { style: 'percent' }),
          })}
        </li>
      ))}
    </ul>
  );
}
