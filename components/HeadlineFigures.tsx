import type { Estimate, PressureResult, TimeWindow } from '@/lib/model/indicator';
import type { MentionSelector } from '@/lib/model/mention-selector';
import { pressureLevelWord } from '@/lib/alerts/badge';
import { useT } from './I18n';
import { NumberButton } from './NumberButton';

export interface HeadlineFiguresProps {
  volume: number;
  netSentiment: Estimate;
  perceptionIndex: Estimate;
  pressure?: PressureResult;
  /** The range the figures cover (whole local days for rollup windows). */
  range: TimeWindow | { from: string; to: string };
  onOpen: (title: string, selector: MentionSelector, total?: number) => void;
}

/** The four headline figures, each with its interval and a way to open the posts behind it. */
export function HeadlineFigures({ volume, netSentiment, perceptionIndex, pressure, range, onOpen }: HeadlineFiguresProps) {
  const { t, n, lang } = useT();
  const fmt = (x: number, d = 0) => new Intl.NumberFormat(lang, { maximumFractionDigits: d, minimumFractionDigits: d }).format(x);
  const signed = (x: number) => `${x > 0 ? '+' : ''}${fmt(x * 100)}`;
  const between = { from: range.from, to: range.to };
  const unreliable = <span className="unreliable">{t('dash.unreliable')}</span>;
  return (
    <section className="headline" aria-labelledby="headline-title" data-testid="headline">
      <h3 id="headline-title" className="visually-hidden">{t('dash.headline')}</h3>
      <div className="figure">
        <span className="figure-label">{t('dash.volume')}</span>
        <NumberButton label={t('dash.openVolume', { n: n(volume) })} onOpen={() => onOpen(t('dash.volume'), { ...between, where: { kind: 'all' } }, volume)}>
          <span className="figure-value" data-testid="fig-volume">{n(volume)}</span>
        </NumberButton>
        <span className="figure-unit">{t('dash.mentions')}</span>
      </div>
      <div className="figure">
        <span className="figure-label">{t('dash.netSentiment')}</span>
        <NumberButton label={t('dash.openNegative')} onOpen={() => onOpen(t('dash.negativeMentions'), { ...between, where: { kind: 'sentiment', key: 'negative' } })}>
          <span className="figure-value" data-testid="fig-net">{netSentiment.n ? signed(netSentiment.value) : '—'}</span>
        </NumberButton>
        <span className="figure-unit">{netSentiment.n ? t('dash.interval', { low: signed(netSentiment.low), high: signed(netSentiment.high) }) : t('dash.noData')}</span>
        {netSentiment.reliable ? null : unreliable}
      </div>
      <div className="figure">
        <span className="figure-label">{t('dash.perception')}</span>
        <NumberButton label={t('dash.openPositive')} onOpen={() => onOpen(t('dash.positiveMentions'), { ...between, where: { kind: 'sentiment', key: 'positive' } })}>
          <span className="figure-value" data-testid="fig-perception">{perceptionIndex.n ? fmt(perceptionIndex.value) : '—'}</span>
        </NumberButton>
        <span className="figure-unit">{perceptionIndex.n ? t('dash.intervalOf100', { low: fmt(perceptionIndex.low), high: fmt(perceptionIndex.high) }) : t('dash.noData')}</span>
        {perceptionIndex.reliable ? null : unreliable}
      </div>
      <div className={`figure pressure-${pressure?.level ?? 'low'}`}>
        <span className="figure-label">{t('dash.pressure')}</span>
        {pressure ? (
          <NumberButton label={t('dash.openPressure')} onOpen={() => onOpen(t('dash.pressure'), { ...between, where: { kind: 'ids', ids: pressure.mentionIds } })}>
            <span className="figure-value" data-testid="fig-pressure">{fmt(pressure.score)}</span>
          </NumberButton>
        ) : <span className="figure-value">…</span>}
        <span className="figure-unit">{pressure ? t('dash.pressureLevel', { level: pressureLevelWord(pressure.level, lang) }) : t('dash.loading')}</span>
      </div>
    </section>
  );
}
