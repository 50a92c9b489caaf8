import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, dayStartMs, resolveWindow, ATTRIBUTE_LABELS, TOPIC_LABELS } from '@/lib/indicators';
import { dashboardHash, parseDashboardHash, type DashboardTarget } from '@/lib/alerts/dashboard-link';
import type { PulsoDB } from '@/lib/db/schema';
import { DASHBOARD_BASELINE_DAYS } from '@/lib/db/dashboard-load';
import type { TimeWindow, WindowKind } from '@/lib/model/indicator';
import type { Mention } from '@/lib/model/mention';
import type { MentionSelector } from '@/lib/model/mention-selector';
import type { Attribute, Stakeholder, Topic } from '@/lib/model/taxonomy';
import '@/assets/dashboard.css';
import { AnnotationEditor } from './AnnotationEditor';
import { BreakdownList } from './BreakdownList';
import { HeadlineFigures } from './HeadlineFigures';
import { useDashboard } from './hooks/useDashboard';
import { useProfile } from './hooks/useProfile';
import { useT } from './I18n';
import { MentionCard } from './MentionCard';
import { MentionDrawer } from './MentionDrawer';
import { PeerComparison } from './PeerComparison';
import { PressurePanel } from './PressurePanel';
import { ResponseInbox } from './ResponseInbox';
import { ShiftList } from './ShiftList';
import { TimeChart } from './TimeChart';
import { WindowPicker } from './WindowPicker';

export interface DashboardViewProps {
  db: PulsoDB;
}

const COLORS = ['#0b6464', '#a4161a', '#6b3fa0'];

function initialTarget(): DashboardTarget {
  return parseDashboardHash(location.hash) ?? { window: '30d' };
}

function toWindow(t: DashboardTarget, now: Date): TimeWindow {
  return t.window === 'custom' && t.from && t.to ? resolveWindow('custom', now, { from: t.from, to: t.to }) : resolveWindow(t.window === 'custom' ? '30d' : t.window, now);
}

/**
 * The brand manager's first view: headline figures for a window, shifts in plain sentences,
 * pressure and its components, trend and association charts with event annotations, topic and
 * stakeholder breakdowns, top posts, the response inbox and peer cities. Every number opens
 * the mentions behind it.
 */
export function DashboardView({ db }: DashboardViewProps) {
  const { t, lang, n } = useT();
  const { profile } = useProfile();
  const [target, setTarget] = useState<DashboardTarget>(initialTarget);
  const window = useMemo(() => toWindow(target, new Date()), [target.window, target.from, target.to]);
  const { data, explain } = useDashboard(db, window, profile);
  const annotations = useLiveQuery(() => db.annotations.orderBy('at').toArray(), [db]) ?? [];
  const [drawer, setDrawer] = useState<{ title: string; selector: MentionSelector; total?: number } | null>(null);
  const open = (title: string, selector: MentionSelector, total?: number) => setDrawer({ title, selector, total });
  const tz = profile.timezone;
  // User Timing mark once the first figures and charts are on screen (child effects, which draw
  // the charts, run before this one): what `npm run bench` reads as the first render.
  useEffect(() => {
    if (data && !performance.getEntriesByName('pulso:dashboard-ready').length) performance.mark('pulso:dashboard-ready');
  }, [data]);

  const choose = (kind: WindowKind, custom?: { from: string; to: string }) => {
    const next: DashboardTarget = kind === 'custom' && custom ? { window: 'custom', ...custom } : { window: kind };
    setTarget(next);
    history.replaceState(null, '', dashboardHash(next));
  };
  const dayRange = (day: string) => ({ from: new Date(dayStartMs(day, tz)).toISOString(), to: new Date(dayStartMs(addDays(day, 1), tz)).toISOString() });
  const openDay = (day: string, count: number) => open(t('dash.dayMentions', { day: new Date(dayStartMs(day, tz)).toLocaleDateString(lang) }), { ...dayRange(day), where: { kind: 'all' } }, count);
  const attr = (a: string) => ATTRIBUTE_LABELS[a as Attribute]?.[lang] ?? a;
  const topic = (k: string) => TOPIC_LABELS[k as Topic]?.[lang] ?? k;
  const byId = useMemo(() => new Map((explain?.mentions ?? []).map((m): [string, Mention] => [m.id, m])), [explain?.mentions]);
  const reportHref = `report.html${dashboardHash(target)}`;
  const pct = (x: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(x);
  const fmtDay = (d: string) => new Date(dayStartMs(d, tz)).toLocaleDateString(lang, { day: 'numeric', month: 'short' });

  return (
    <section className="dashboard" aria-labelledby="dash-title" data-testid="dashboard" data-ready={data ? 'true' : 'false'}>
      <h2 id="dash-title" className="visually-hidden">{t('dash.title')}</h2>
      <WindowPicker kind={target.window} custom={target.from && target.to ? { from: target.from, to: target.to } : undefined} onChange={choose} />
      <p className="hint">
        {t('dash.covered', { tz })} <a href={reportHref} target="_blank" rel="noopener">{t('dash.openReport')}</a>
      </p>
      {!data ? <p aria-live="polite">{t('dash.loading')}</p> : (
        <>
          <HeadlineFigures volume={data.volume.total} netSentiment={data.perception.netSentiment} perceptionIndex={data.perception.perceptionIndex}
            pressure={explain?.pressure} range={window.kind === '24h' ? window : data.covered} onOpen={open} />
          <ShiftList report={data.shifts} recentDays={data.sentenceDays} baselineDays={DASHBOARD_BASELINE_DAYS} onOpen={open} focus={target.focus} />
          {explain ? <PressurePanel pressure={explain.pressure} onOpen={open} focused={target.focus === 'pressure'} /> : null}
          <section className="card" aria-labelledby="trend-title">
            <h3 id="trend-title">{t('dash.trend')}</h3>
            <TimeChart testId="chart-volume" days={data.chartDays} tz={tz} annotations={annotations} yLabel={t('dash.mentionsPerDay')}
              series={[{ label: t('dash.mentions'), values: data.trend.map((p) => p.n), color: COLORS[0], bars: true }]}
              summary={t('dash.volumeSummary', { total: n(data.trend.reduce((s, p) => s + p.n, 0)), days: data.chartDays.length, max: n(Math.max(0, ...data.trend.map((p) => p.n))) })}
              tableLabel={t('dash.dataTable')} onPickDay={(i) => openDay(data.chartDays[i], data.trend[i].n)}
              table={(
                <table className="compact">
                  <thead><tr><th scope="col">{t('dash.day')}</th><th scope="col">{t('dash.mentions')}</th><th scope="col">{t('dash.perception')}</th></tr></thead>
                  <tbody>{data.trend.map((p) => (
                    <tr key={p.day}>
                      <th scope="row">{fmtDay(p.day)}</th>
                      <td>{p.n ? <button type="button" className="number-button" onClick={() => openDay(p.day, p.n)}>{n(p.n)}</button> : 0}</td>
                      <td>{p.perceptionIndex === null ? '—' : `${Math.round(p.perceptionIndex)}${p.reliable ? '' : ' *'}`}</td>
                    </tr>
                  ))}</tbody>
                </table>
              )} />
            <TimeChart testId="chart-perception" days={data.chartDays} tz={tz} annotations={annotations} yLabel={t('dash.index100')} yRange={[0, 100]}
              series={[{ label: t('dash.perception'), values: data.trend.map((p) => (p.reliable ? p.perceptionIndex : null)), color: COLORS[1] }]}
              summary={t('dash.perceptionSummary', { reliable: data.trend.filter((p) => p.reliable).length, days: data.chartDays.length })}
              tableLabel={t('dash.dataTable')} onPickDay={(i) => openDay(data.chartDays[i], data.trend[i].n)}
              table={<p className="note">{t('dash.perceptionTableNote')}</p>} />
            <p className="note">{t('dash.thinDays')}</p>
          </section>
          {data.topAttributes.length ? (
            <section className="card" aria-labelledby="assoc-title">
              <h3 id="assoc-title">{t('dash.associations')}</h3>
              <TimeChart testId="chart-association" days={data.chartDays} tz={tz} annotations={annotations} yLabel={t('dash.sharePct')}
                series={data.topAttributes.map((a, i) => ({ label: attr(a), color: COLORS[i % COLORS.length], values: data.association.map((p) => (p.n >= 5 ? 100 * (p.shares[a] ?? 0) : null)) }))}
                summary={t('dash.assocSummary', { list: data.topAttributes.map((a) => `${attr(a)} ${pct((data.tally.attributes[a] ?? 0) / Math.max(1, data.tally.n))}`).join(', ') })}
                tableLabel={t('dash.dataTable')}
                table={(
                  <table className="compact">
                    <thead><tr><th scope="col">{t('dash.day')}</th>{data.topAttributes.map((a) => <th key={a} scope="col">{attr(a)}</th>)}</tr></thead>
                    <tbody>{data.association.map((p) => (
                      <tr key={p.day}><th scope="row">{fmtDay(p.day)}</th>{data.topAttributes.map((a) => <td key={a}>{p.n ? pct(p.shares[a] ?? 0) : '—'}</td>)}</tr>
                    ))}</tbody>
                  </table>
                )} />
              <BreakdownList title={t('dash.attributes')} counts={data.tally.attributes} total={data.tally.n} label={attr}
                selector={(k) => ({ ...data.covered, where: { kind: 'attribute', key: k as Attribute } })} onOpen={open} testId="attributes" />
            </section>
          ) : null}
          <AnnotationEditor db={db} annotations={annotations} />
          <BreakdownList title={t('dash.topics')} counts={data.tally.topics} total={data.tally.n} label={topic}
            selector={(k) => ({ ...data.covered, where: { kind: 'topic', key: k as Topic } })} onOpen={open} testId="topics" />
          <BreakdownList title={t('dash.stakeholders')} counts={data.tally.stakeholders} total={data.tally.n} label={(k) => t(`group.${k as Stakeholder}`)}
            selector={(k) => ({ ...data.covered, where: { kind: 'stakeholder', key: k as Stakeholder } })} onOpen={open} testId="stakeholders" />
          {explain ? (
            <>
              <section className="card" aria-labelledby="top-title" data-testid="top-posts">
                <h3 id="top-title">{t('dash.topPosts')}</h3>
                {explain.topPosts.length ? explain.topPosts.map((m) => <MentionCard key={m.id} mention={m} />) : <p className="empty">{t('dash.noData')}</p>}
              </section>
              <ResponseInbox db={db} items={explain.inbox} mentions={byId} />
              <PeerComparison profile={profile} window={window} mentions={explain.mentions} capped={explain.capped} onOpen={open} />
            </>
          ) : <p aria-live="polite">{t('dash.loading')}</p>}
        </>
      )}
      {drawer ? <MentionDrawer db={db} title={drawer.title} selector={drawer.selector} total={drawer.total} onClose={() => setDrawer(null)} /> : null}
    </section>
  );
}
