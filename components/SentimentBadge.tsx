import type { Sentiment } from '@/lib/model/mention';
import { useT } from './I18n';

export interface SentimentBadgeProps {
  sentiment: Sentiment;
}

const ICON = { negative: '▼', neutral: '●', positive: '▲' } as const;

/** The sentiment label with a shape as well as a colour, so it reads without colour vision. */
export function SentimentBadge({ sentiment }: SentimentBadgeProps) {
  const { t } = useT();
  return (
    <span className={`badge sentiment-${sentiment.label}`} title={`${sentiment.tagger} · ${sentiment.score.toFixed(2)}`} data-testid="sentiment">
      <span aria-hidden="true">{ICON[sentiment.label]} </span>
      {t(`sentiment.${sentiment.label}`)}
    </span>
  );
}
