import { useEffect, useState } from 'react';
import { useT } from './I18n';

export interface RetagProgressView {
  scanned: number;
  retagged: number;
  total: number;
  done: boolean;
}

export interface RetagStatusProps {
  /** Reads the current progress; called now and on every change. */
  read: () => Promise<RetagProgressView | undefined>;
  /** Subscribes to changes; returns an unsubscribe. */
  watch: (onChange: () => void) => () => void;
}

/** Shows the background re-tagging pass (after a tagger, profile or taxonomy change). */
export function RetagStatus({ read, watch }: RetagStatusProps) {
  const { t, n } = useT();
  const [p, setP] = useState<RetagProgressView | undefined>();
  useEffect(() => {
    const load = () => void read().then(setP);
    load();
    return watch(load);
  }, [read, watch]);
  if (!p) return null;
  const pct = p.total ? Math.min(100, Math.round((p.scanned / p.total) * 100)) : 100;
  return (
    <p className="hint" role="status" data-testid="retag-status">
      {p.done ? t('retag.done', { n: n(p.retagged) }) : t('retag.running', { scanned: n(p.scanned), total: n(p.total) })}
      {!p.done ? <progress max={100} value={pct} aria-label={t('retag.label')} /> : null}
    </p>
  );
}
