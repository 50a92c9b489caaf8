import type { ReportData } from '../model/indicator';
import type { SentenceLang } from './labels';

type Cell = string | number | null | undefined;

/**
 * One CSV cell (RFC 4180): text starting with = + - @ (or a tab/CR, which some spreadsheets
 * strip first) gets a leading apostrophe so it is never run as a formula; cells holding a
 * comma, quote or line break are quoted with quotes doubled. Numbers are written as numbers.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with CRLF line ends. */
export function toCsv(rows: readonly Cell[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The report as one CSV table: section, metric, key, value, low, high, n, baseline, p, detail
 * (baseline and p are filled for shifts: baseline value and BH-adjusted p). Shift sentences are written in `lang`; post excerpts are text data, quoted and neutralised.
 */
export function reportCsv(data: ReportData, lang: SentenceLang = 'es'): string {
  const rows: Cell[][] = [['section', 'metric', 'key', 'value', 'low', 'high', 'n', 'baseline', 'p', 'detail']];
  const row = (r: Cell[]) => rows.push([...r.slice(0, 7), null, null, r[7]]);
  const h = data.headline;
  row(['meta', 'profile', data.profileId, null, null, null, null, data.profileName]);
  row(['meta', 'period', data.period.kind, null, null, null, null, `${data.period.from}/${data.period.to}`]);
  row(['meta', 'baseline', data.baseline.kind, null, null, null, null, `${data.baseline.from}/${data.baseline.to}`]);
  row(['meta', 'source', data.source, null, null, null, null, data.generatedAt]);
  row(['headline', 'volume', 'period', h.volume, null, null, null, null]);
  row(['headline', 'volume', 'baseline', h.baselineVolume, null, null, null, null]);
  row(['headline', 'net_sentiment', 'period', h.netSentiment.value, h.netSentiment.low, h.netSentiment.high, h.netSentiment.n, h.netSentiment.reliable ? 'reliable' : 'unreliable']);
  row(['headline', 'perception_index', 'period', h.perceptionIndex.value, h.perceptionIndex.low, h.perceptionIndex.high, h.perceptionIndex.n, h.perceptionIndex.reliable ? 'reliable' : 'unreliable']);
  if (h.pressure) row(['headline', 'pressure', h.pressure.level, h.pressure.score, null, null, h.pressure.recentCount, h.pressure.at]);
  for (const s of data.shifts) {
    rows.push(['shift', s.metric, s.key, s.recent, null, null, s.driverCount, s.baseline, s.qValue, s.sentence[lang]]);
  }
  for (const [section, list] of [['topic', data.topics], ['stakeholder', data.stakeholders], ['attribute', data.associations]] as const) {
    for (const b of list) row([section, 'share', b.key, b.share, null, null, b.count, null]);
  }
  for (const p of data.notablePosts) {
    row(['post', p.platform, p.id, p.engagement, null, null, null, `${p.sortAt} ${p.sentiment} ${p.url} ${p.excerpt}`]);
  }
  return toCsv(rows);
}
