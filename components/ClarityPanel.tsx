import type { ClarityReport, Finding } from '@/lib/model/draft';
import { useT } from './I18n';

export interface ClarityPanelProps {
  report: ClarityReport;
  /** The text the report was made for (findings point into it). */
  text: string;
  /** Selects a finding's words in the editor. */
  onShow: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
}

const FORMULA_NAMES: Record<ClarityReport['readability'][number]['formula'], string> = {
  'fernandez-huerta': 'Fernández Huerta',
  'szigriszt-pazos': 'Szigriszt-Pazos (INFLESZ)',
  flesch: 'Flesch Reading Ease',
};

/** A draft's clarity report: readability scores with their band, tone, and each finding with its words. */
export function ClarityPanel({ report, text, onShow, onFix }: ClarityPanelProps) {
  const { t } = useT();
  return (
    <div className="clarity" data-testid="clarity">
      <ul className="scores">
        {report.readability.map((r) => (
          <li key={r.formula} data-testid="readability">
            <span className="score-name">{FORMULA_NAMES[r.formula]}</span>{' '}
            <strong className="score-value">{Math.round(r.score)}</strong>{' '}
            <span className="score-band">{r.bandLabel}</span>
          </li>
        ))}
        <li>
          {t('studio.tone')}: <span className={`badge sentiment-${report.tone.label}`}>{t(`sentiment.${report.tone.label}`)}</span>
        </li>
      </ul>
      {report.note ? <p className="note">{report.note}</p> : null}
      {report.findings.length === 0 ? (
        <p className="clarity-ok" data-testid="clarity-ok">{t('studio.noFindings')}</p>
      ) : (
        <ol className="findings" aria-label={t('studio.findings')}>
          {report.findings.map((f, i) => {
            const words = text.slice(f.start, f.end);
            const whole = f.start === 0 && f.end >= text.length;
            return (
              <li key={`${f.rule}-${f.start}-${f.end}-${i}`} className="finding" data-testid="finding" data-rule={f.rule}>
                <span className="finding-message">{f.message}</span>
                {words && !whole ? (
                  <span className="finding-where">
                    {' '}<q className="finding-words" data-testid="finding-words">{words.length > 80 ? `${words.slice(0, 77)}…` : words}</q>{' '}
                    <span className="finding-pos">{t('studio.position', { start: f.start + 1, end: f.end })}</span>
                  </span>
                ) : null}
                <span className="finding-actions">
                  {words && !whole ? <button type="button" className="link-button" onClick={() => onShow(f)}>{t('studio.showWords')}</button> : null}
                  {f.fix ? <button type="button" className="small" data-testid="apply-fix" onClick={() => onFix(f)}>{t('studio.applyFix')}</button> : null}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
