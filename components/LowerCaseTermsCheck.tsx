import { useState } from 'react';
import type { CityProfile } from '@/lib/model/city-profile';
import { lowerCaseTerms, type LowerCaseTerm } from '@/lib/profile/term-audit';
import type { MessageKey } from '@/lib/i18n';
import { useT } from './I18n';

export interface LowerCaseTermsCheckProps {
  /** The saved profile: the names matching uses now. */
  profile: CityProfile;
  /** The newest stored posts' texts (see recentMentionTexts), and how many at most. */
  recentTexts: () => Promise<string[]>;
  limit: number;
  /** Moves a name from its list to the everyday words in the editor's draft (saved with it). */
  onMove: (term: LowerCaseTerm) => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; read: number; terms: LowerCaseTerm[] }
  | { kind: 'error'; reason: string };

/**
 * Finds the profile's names that the stored posts mostly write in lower case (the word, not the
 * place: "le llevé flores") and offers to move each to the everyday words.
 */
export function LowerCaseTermsCheck({ profile, recentTexts, limit, onMove }: LowerCaseTermsCheckProps) {
  const { t, n } = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [moved, setMoved] = useState<ReadonlySet<string>>(new Set());

  async function run() {
    setState({ kind: 'running' });
    setMoved(new Set());
    try {
      const texts = await recentTexts();
      setState({ kind: 'done', read: texts.length, terms: lowerCaseTerms(profile, texts) });
    } catch (err) {
      setState({ kind: 'error', reason: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <div className="lower-case-check" data-testid="lower-case-check">
      <h3>{t('profile.audit.title')}</h3>
      <p className="hint">{t('profile.audit.help', { n: n(limit) })}</p>
      <button type="button" onClick={() => void run()} disabled={state.kind === 'running'} data-testid="lower-case-run">
        {state.kind === 'running' ? t('profile.audit.running') : t('profile.audit.run')}
      </button>
      {state.kind === 'error' ? <p role="alert" className="error">{t('profile.audit.error', { reason: state.reason })}</p> : null}
      {state.kind === 'done' && state.terms.length === 0 ? <p role="status">{t('profile.audit.none', { n: n(state.read) })}</p> : null}
      {state.kind === 'done' && state.terms.length > 0 ? (
        <ul data-testid="lower-case-terms">
          {state.terms.map((term) => (
            <li key={term.term}>
              <strong>{t('profile.audit.row', { term: term.term, field: t(`field.${term.field}` as MessageKey), lower: term.lowerCase, posts: term.posts })}</strong>
              {term.examples.map((example) => <blockquote key={example} className="hint">{example}</blockquote>)}
              {moved.has(term.term) ? (
                <p role="status">{t('profile.audit.moved')}</p>
              ) : (
                <button type="button" onClick={() => { onMove(term); setMoved((m) => new Set([...m, term.term])); }}>
                  {t('profile.audit.move')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
