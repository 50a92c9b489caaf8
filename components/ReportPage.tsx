import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ATTRIBUTE_LABELS, TOPIC_LABELS, reportCsv, resolveWindow } from '@/lib/indicators';
import { dashboardHash, parseDashboardHash, type DashboardTarget } from '@/lib/alerts/dashboard-link';
import { pressureLevelWord } from '@/lib/alerts/badge';
import { loadReport } from '@/lib/db/report-load';
import { ensureRollups } from '@/lib/db/rollup-store';
import type { PulsoDB } from '@/lib/db/schema';
import type { Attribute, Stakeholder, Topic } from '@/lib/model/taxonomy';
import '@/assets/report.css';
import { useProfile } from './hooks/useProfile';
import { useT } from './I18n';
import { SafeLink } from './SafeLink';
import { WindowPicker } from './WindowPicker';

export interface ReportPageProps {
  db: PulsoDB;
}

/**
 * The printable accountability report for a period: headline indicators, shifts with their
 * evidence, topics, stakeholders, associations and notable posts, plus the CSV of the figures.
 * Post text is rendered as text.
 */
export function ReportPage({ db }: ReportPageProps) {
  const { t, n, lang } = useT();
  const { profile } = useProfile();
  const [target, setTarget] = useState<DashboardTarget>(() => parseDashboardHash(location.hash) ?? { window: '30d' });
  const [ready, setReady] = useState(false);
  useEffect(() => { void ensureRollups(db, profile.timezone, new Date()).finally(() => setReady(true)); }, [db, profile.timezone]);
  const period = useMemo(() => (target.window === 'custom' && target.from && target.to
    ? resolveWindow('custom', new Date(), { from: target.from, to: target.to })
    : resolveWindow(target.window === 'custom' ? '30d' : target.window, new Date())), [target.window, target.from, target.to]);
  const report = useLiveQuery(() => (ready ? loadReport(db, period, profile, new Date()) : undefined), [db, ready, period.from, period.to, profile.id]);
  useEffect(() => { document.title = `${t('report.title')} · ${profile.name}`; }, [profile.name, lang]);
  const csvHref = useMemo(() => (report ? URL.createObjectURL(new Blob([reportCsv(report.data, lang)], { type: 'text/csv;charset=utf-8' })) : undefined), [report, lang]);
  useEffect(() => () => { if (csvHref) URL.revokeObjectURL(csvHref); }, [csvHref]);
  const date = (iso: string) => new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const num = (x: number, d = 0) => new Intl.NumberFormat(lang, { maximumFractionDigits: d, minimumFractionDigits: d }).format(x);
  const pct = (x: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(x);
  const signed = (x: number) => `${x > 0 ? '+' : ''}${num(x * 100)}`;
  const label = {
    topic: (k: string) => TOPIC_LABELS[k as Topic]?.[lang] ?? k,
    stakeholder: (k: string) => t(`group.${k as Stakeholder}`),
    attribute: (k: string) => ATTRIBUTE_LABELS[k as Attribute]?.[lang] ?? k,
  };
  const d = report?.data;
  return (
    <div className="report" data-testid="report" data-ready={d ? 'true' : 'false'}>
      <header className="report-head">
        <h1>{t('report.heading', { city: profile.name })}</h1>
        {d ? <p>{t('report.period', { from: date(d.period.from), to: date(d.period.to) })} · {t('report.baseline', { from: date(d.baseline.from), to: date(d.baseline.to) })}</p> : null}
        {d ? <p className="hint">{t(d.source === 'mentions' ? 'report.fromMentions' : 'report.fromRollups')} · {t('report.generated', { at: date(d.generatedAt) })}</p> : null}
      </header>
      <div className="no-print report-controls">
        <WindowPicker kind={target.window} custom={target.from && target.to ? { from: target.from, to: target.to } : undefined}
          onChange={(kind, custom) => { const next: DashboardTarget = kind === 'custom' && custom ? { window: 'custom', ...custom } : { window: kind }; setTarget(next); history.replaceState(null, '', dashboardHash(next)); }} />
        <button type="button" className="primary" onClick={() => window.print()} disabled={!d}>{t('report.print')}</button>{' '}
        {csvHref ? <a href={csvHref} download={`pulso-${profile.id}-${period.from.slice(0, 10)}-${period.to.slice(0, 10)}.csv`} data-testid="report-csv">{t('report.csv')}</a> : null}
      </div>
      {!d ? <p aria-live="polite">{t('dash.loading')}</p> : (
        <main>
          <section aria-labelledby="r-headline">
            <h2 id="r-headline">{t('report.headline')}</h2>
            <table className="report-table" data-testid="report-headline">
              <thead><tr><th scope="col">{t('report.indicator')}</th><th scope="col">{t('report.value')}</th><th scope="col">{t('report.interval')}</th></tr></thead>
              <tbody>
                <tr><th scope="row">{t('dash.volume')}</th><td data-testid="report-volume">{n(d.headline.volume)}</td><td>{t('report.baselineVolume', { n: n(d.headline.baselineVolume) })}</td></tr>
                <tr><th scope="row">{t('dash.netSentiment')}</th><td>{signed(d.headline.netSentiment.value)}</td><td>{signed(d.headline.netSentiment.low)} … {signed(d.headline.netSentiment.high)}{d.headline.netSentiment.reliable ? '' : ` (${t('dash.unreliable')})`}</td></tr>
                <tr><th scope="row">{t('dash.perception')}</th><td>{num(d.headline.perceptionIndex.value)}</td><td>{num(d.headline.perceptionIndex.low)} … {num(d.headline.perceptionIndex.high)}{d.headline.perceptionIndex.reliable ? '' : ` (${t('dash.unreliable')})`}</td></tr>
                {d.headline.pressure ? <tr><th scope="row">{t('dash.pressure')}</th><td>{num(d.headline.pressure.score)}</td><td>{pressureLevelWord(d.headline.pressure.level, lang)}</td></tr> : null}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="r-shifts">
            <h2 id="r-shifts">{t('dash.shifts')}</h2>
            {d.shifts.length === 0 ? <p>{t('dash.noShifts')}</p> : (
              <ol className="report-shifts" data-testid="report-shifts">
                {d.shifts.map((s) => (
                  <li key={`${s.metric}:${s.key}`}>
                    <p>{s.sentence[lang]}</p>
                    {report.evidence[`${s.metric}:${s.key}`]?.length ? (
                      <ul className="evidence">
                        {report.evidence[`${s.metric}:${s.key}`].map((m) => <li key={m.id}><q>{(m.title ? `${m.title} — ${m.text}` : m.text).slice(0, 200)}</q> <SafeLink href={m.url}>{t('feed.openSource')}</SafeLink></li>)}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
          {([['topic', d.topics, 'dash.topics'], ['stakeholder', d.stakeholders, 'dash.stakeholders'], ['attribute', d.associations, 'dash.attributes']] as const).map(([kind, list, title]) => (
            <section key={kind} aria-labelledby={`r-${kind}`}>
              <h2 id={`r-${kind}`}>{t(title)}</h2>
              <table className="report-table">
                <thead><tr><th scope="col">{t('report.name')}</th><th scope="col">{t('dash.mentions')}</th><th scope="col">{t('report.share')}</th></tr></thead>
                <tbody>{list.slice(0, 12).map((b) => <tr key={b.key}><th scope="row">{label[kind](b.key)}</th><td>{n(b.count)}</td><td>{pct(b.share)}</td></tr>)}</tbody>
              </table>
            </section>
          ))}
          <section aria-labelledby="r-posts">
            <h2 id="r-posts">{t('report.notable')}</h2>
            {d.notablePosts.length === 0 ? <p>{t('report.noPosts')}</p> : (
              <ol className="report-posts">
                {d.notablePosts.map((p) => (
                  <li key={p.id}>
                    <p className="post-meta">{p.platform} · {date(p.sortAt)} · {t(`sentiment.${p.sentiment as 'positive' | 'neutral' | 'negative'}`)}{p.engagement !== null ? ` · ${t('report.engagement', { n: n(p.engagement) })}` : ''}</p>
                    <p className="post-text">{p.excerpt}</p>
                    <SafeLink href={p.url}>{p.url}</SafeLink>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="r-method">
            <h2 id="r-method">{t('report.method')}</h2>
            <p>{t('report.methodText')}</p>
          </section>
        </main>
      )}
    </div>
  );
}
