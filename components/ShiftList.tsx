import { shiftSentence } from '@/lib/indicators';
import type { ShiftReport } from '@/lib/model/indicator';
import type { MentionSelector } from '@/lib/model/mention-selector';
import { useT } from './I18n';

export interface ShiftListProps {
  report: ShiftReport;
  /** Days the sentences name for the recent window and the baseline (the user's window, not the partial-day span). */
  recentDays: number;
  baselineDays: number;
  onOpen: (title: string, selector: MentionSelector, total?: number) => void;
  /** `shift:<metric>:<key>` to highlight (a notification led here). */
  focus?: string;
}

function where(metric: string, key: string): MentionSelector['where'] {
  if (metric === 'attribute') return { kind: 'attribute', key } as MentionSelector['where'];
  if (metric === 'topic') return { kind: 'topic', key } as MentionSelector['where'];
  if (metric === 'sentiment') return { kind: 'sentiment', key } as MentionSelector['where'];
  return { kind: 'all' };
}

/** Significant shifts against the baseline, each as a sentence that opens its posts. */
export function ShiftList({ report, recentDays, baselineDays, onOpen, focus }: ShiftListProps) {
  const { t, lang } = useT();
  const significant = report.shifts.filter((s) => s.significant);
  return (
    <section className="card" aria-labelledby="shifts-title" data-testid="shifts">
      <h3 id="shifts-title">{t('dash.shifts')}</h3>
      <p className="hint">{t('dash.shiftsHint')}</p>
      {significant.length === 0 ? <p className="empty">{t('dash.noShifts')}</p> : (
        <ul className="shift-list">
          {significant.map((s) => {
            const id = `shift:${s.metric}:${s.key}`;
            const sentence = shiftSentence(s, lang, recentDays, baselineDays);
            return (
              <li key={id} className={`shift ${s.direction} ${focus === id ? 'focused' : ''}`} data-testid="shift" data-shift={id} ref={(el) => { if (focus === id) el?.scrollIntoView(); }}>
                <button type="button" className="link-button shift-sentence" onClick={() => onOpen(sentence, { from: report.recent.from, to: report.recent.to, where: where(s.metric, s.key) }, s.driverCount)}>
                  <span aria-hidden="true">{s.direction === 'up' ? '▲ ' : '▼ '}</span>{sentence}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
