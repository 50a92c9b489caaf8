import { useEffect, useRef, type ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Annotation } from '@/lib/model/indicator';
import { dayStartMs } from '@/lib/indicators';

export interface ChartSeries {
  label: string;
  /** One value per day; null leaves a gap (no data, or too few mentions to read). */
  values: (number | null)[];
  color: string;
  /** Draw as bars (counts) rather than a line (rates). */
  bars?: boolean;
}

export interface TimeChartProps {
  /** Local day keys, oldest first. */
  days: string[];
  tz: string;
  series: ChartSeries[];
  /** Axis label with its unit, e.g. "mentions per day". */
  yLabel: string;
  /** Fixed y range (e.g. 0–100 for an index); automatic when omitted. */
  yRange?: [number, number];
  annotations: Annotation[];
  /** One-sentence summary read by screen readers instead of the canvas. */
  summary: string;
  /** The data table behind the chart (rendered in a <details>). */
  table: ReactNode;
  tableLabel: string;
  onPickDay?: (index: number) => void;
  testId?: string;
}

const HEIGHT = 170;

function barsPath() {
  return uPlot.paths.bars!({ size: [0.7, 40] });
}

/**
 * A small daily time-series chart (uPlot, canvas) sized to the side panel, with the user's
 * annotations as dashed vertical lines, a click that opens the day's mentions, and the data as
 * a table for screen readers and for reading exact values.
 */
export function TimeChart({ days, tz, series, yLabel, yRange, annotations, summary, table, tableLabel, onPickDay, testId }: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(onPickDay);
  pick.current = onPickDay;
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = days.map((d) => dayStartMs(d, tz) / 1000 + 43_200);
    const marks = annotations.map((a) => ({ x: Date.parse(a.at) / 1000, text: a.text }));
    const opts: uPlot.Options = {
      width: Math.max(240, el.clientWidth),
      height: HEIGHT,
      legend: { show: series.length > 1, live: false },
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      scales: { x: { time: true }, y: yRange ? { range: yRange } : { range: (_u, min, max) => [Math.min(0, min), max > 0 ? max * 1.1 : 1] } },
      axes: [
        { stroke: '#4d5661', grid: { stroke: '#e6e9ed' }, size: 30 },
        { stroke: '#4d5661', grid: { stroke: '#e6e9ed' }, label: yLabel, labelSize: 16, size: 44 },
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label, stroke: s.color, width: s.bars ? 0 : 2, fill: s.bars ? s.color : undefined,
          paths: s.bars ? barsPath() : undefined, spanGaps: false, points: { show: !s.bars && days.length <= 31 },
        })),
      ],
      hooks: {
        draw: [(u) => {
          const ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = '#6b3fa0';
          ctx.fillStyle = '#6b3fa0';
          ctx.setLineDash([4, 3]);
          ctx.lineWidth = 1.5;
          ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
          for (const m of marks) {
            const x = u.valToPos(m.x, 'x', true);
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.fillText(m.text.slice(0, 24), x + 3, u.bbox.top + 12 * devicePixelRatio);
          }
          ctx.restore();
        }],
      },
    };
    const u = new uPlot(opts, [xs, ...series.map((s) => s.values)] as uPlot.AlignedData, el);
    const click = () => { const i = u.cursor.idx; if (i !== null && i !== undefined) pick.current?.(i); };
    u.over.addEventListener('click', click);
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(240, el.clientWidth), height: HEIGHT }));
    ro.observe(el);
    return () => { ro.disconnect(); u.over.removeEventListener('click', click); u.destroy(); };
  }, [days.join(','), tz, JSON.stringify(series), yLabel, JSON.stringify(yRange), JSON.stringify(annotations)]);
  return (
    <figure className="chart" data-testid={testId}>
      <div ref={box} className="chart-canvas" role="img" aria-label={summary} />
      <figcaption className="visually-hidden">{summary}</figcaption>
      <details className="chart-table">
        <summary>{tableLabel}</summary>
        {table}
      </details>
    </figure>
  );
}
