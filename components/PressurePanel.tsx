import type { PressureResult } from '@/lib/model/indicator';
import type { MentionSelector } from '@/lib/model/mention-selector';
import { pressureLevelWord } from '@/lib/alerts/badge';
import { useT } from './I18n';
import { NumberButton } from './NumberButton';

export interface PressurePanelProps {
  pressure: PressureResult;
  onOpen: (title: string, selector: MentionSelector, total?: number) => void;
  /** Scroll into view and expand (a notification led here). */
  focused?: boolean;
}

/** Pressure over the last 24 h, component by component, each opening its posts. */
export function PressurePanel({ pressure, onOpen, focused }: PressurePanelProps) {
  const { t, lang } = useT();
  const fmt = (x: number, d = 0) => new Intl.NumberFormat(lang, { maximumFractionDigits: d }).format(x);
  return (
    <section className="card" aria-labelledby="pressure-title" data-testid="pressure-panel" ref={(el) => { if (focused) el?.scrollIntoView(); }}>
      <h3 id="pressure-title">{t('dash.pressureTitle', { score: fmt(pressure.score), level: pressureLevelWord(pressure.level, lang) })}</h3>
      <p className="hint">{t('dash.pressureHint', { n: fmt(pressure.recentCount), mean: fmt(pressure.baselineDailyMean, 1) })}</p>
      <table className="compact">
        <thead><tr><th scope="col">{t('dash.component')}</th><th scope="col">{t('dash.points')}</th><th scope="col">{t('dash.weight')}</th></tr></thead>
        <tbody>
          {pressure.components.map((c) => (
            <tr key={c.id}>
              <th scope="row">{t(`dash.pc.${c.id}`)}</th>
              <td>
                {c.score === null ? t('dash.unknown') : (
                  <NumberButton label={t('dash.openComponent', { name: t(`dash.pc.${c.id}`) })} onOpen={() => onOpen(t(`dash.pc.${c.id}`), { from: pressure.at, to: pressure.at, where: { kind: 'ids', ids: c.mentionIds } })}>
                    {fmt(c.points, 1)}
                  </NumberButton>
                )}
              </td>
              <td>{fmt(c.effectiveWeight * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
