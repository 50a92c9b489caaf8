import { z } from 'zod';
import { WindowKindSchema, type Alert } from '../model/indicator';

/** What the dashboard opens on: a window and, optionally, the number to explain. */
export const DashboardTargetSchema = z.object({
  window: WindowKindSchema.default('30d'),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** `pressure`, or `shift:<metric>:<key>` */
  focus: z.string().max(200).optional(),
});
export type DashboardTarget = z.infer<typeof DashboardTargetSchema>;

/** The side panel hash for a target: `#dashboard/window=30d&focus=shift%3Aattribute%3Aviolent`. */
export function dashboardHash(target: DashboardTarget): string {
  const q = new URLSearchParams();
  q.set('window', target.window);
  if (target.from) q.set('from', target.from);
  if (target.to) q.set('to', target.to);
  if (target.focus) q.set('focus', target.focus);
  return `#dashboard/${q.toString()}`;
}

/** Reads a target from a hash; undefined when the hash is not a (valid) dashboard link. */
export function parseDashboardHash(hash: string): DashboardTarget | undefined {
  const m = /^#?dashboard(?:\/(.*))?$/.exec(hash);
  if (!m) return undefined;
  const q = new URLSearchParams(m[1] ?? '');
  const parsed = DashboardTargetSchema.safeParse({
    window: q.get('window') ?? undefined, from: q.get('from') ?? undefined, to: q.get('to') ?? undefined, focus: q.get('focus') ?? undefined,
  });
  if (!parsed.success) return undefined;
  const t = parsed.data;
  // A custom window needs both bounds in order; otherwise fall back to the preset default.
  if (t.window === 'custom' && !(t.from && t.to && Date.parse(t.from) < Date.parse(t.to))) return { window: '30d', focus: t.focus };
  return t;
}

/**
 * Where an alert's notification leads: pressure → the last 24 h; a shift → the comparison that
 * fired it (the last `recentDays` days, as a preset when one fits).
 */
export function alertTarget(alert: Pick<Alert, 'kind' | 'key'>, recentDays: number, now: Date): DashboardTarget {
  if (alert.kind === 'pressure') return { window: '24h', focus: 'pressure' };
  // key: shift:<rule>:<metric>:<key>:<direction>
  const [, , metric, key] = alert.key.split(':');
  const focus = `shift:${metric}:${key}`;
  const preset = ({ 1: '24h', 7: '7d', 30: '30d', 90: '90d', 365: '1y' } as const)[recentDays as 1 | 7 | 30 | 90 | 365];
  if (preset) return { window: preset, focus };
  return { window: 'custom', from: new Date(now.getTime() - recentDays * 86_400_000).toISOString(), to: now.toISOString(), focus };
}
