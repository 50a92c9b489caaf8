import type { MentionSelector } from '@/lib/model/mention-selector';
import { useT } from './I18n';
import { NumberButton } from './NumberButton';

export interface BreakdownListProps {
  title: string;
  /** Bucket key → count, any order. */
  counts: Partial<Record<string, number>>;
  total: number;
  label: (key: string) => string;
  selector: (key: string) => MentionSelector;
  onOpen: (title: string, selector: MentionSelector, total?: number) => void;
  max?: number;
  testId?: string;
}

/** A ranked list of buckets with share bars; each count opens its mentions. */
export function BreakdownList({ title, counts, total, label, selector, onOpen, max = 6, testId }: BreakdownListProps) {
  const { t, n, lang } = useT();
  const rows = Object.entries(counts).filter(([, v]) => (v ?? 0) > 0).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0)).slice(0, max);
  const pct = (x: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  return (
    <section className="card" aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      {rows.length === 0 ? <p className="empty">{t('dash.noData')}</p> : (
        <ul className="bars">
          {rows.map(([key, count]) => {
            const share = total ? (count ?? 0) / total : 0;
            return (
              <li key={key}>
                <span className="bar-label">{label(key)}</span>
                <span className="bar-track" aria-hidden="true"><span className="bar-fill" style={{ width: `${Math.round(share * 100)}%` }} /></span>
                <NumberButton label={t('dash.openBucket', { name: label(key), n: n(count ?? 0) })} onOpen={() => onOpen(label(key), selector(key), count)}>
                  {n(count ?? 0)} · {pct(share)}
                </NumberButton>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
