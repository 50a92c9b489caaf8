import { useState } from 'react';
import { LANGS, type Lang } from '@/lib/model/taxonomy';
import type { TagExplanation } from '@/lib/tagging/pipeline';
import { useT } from './I18n';
import { SentimentBadge } from './SentimentBadge';
import { TagList } from './TagList';
import { TagReasons } from './TagReasons';

export interface TryTextProps {
  /** Tags a text with the live pipeline (the user's profile and taxonomy); `lang` forces the language. */
  explain: (text: string, lang?: Lang) => Promise<TagExplanation>;
}

const MAX_CHARS = 100_000;

/**
 * Tags a text the user pastes, as a captured post would be, and shows which words gave each
 * topic and attribute: to understand a tag, or to test a taxonomy edit before trusting it.
 */
export function TryText({ explain }: TryTextProps) {
  const { t, lang: uiLang } = useT();
  const [text, setText] = useState('');
  const [lang, setLang] = useState<Lang | ''>('');
  const [out, setOut] = useState<TagExplanation | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function run() {
    if (!text.trim()) return setError(t('tryText.empty'));
    setBusy(true);
    setError('');
    try {
      setOut(await explain(text, lang || undefined));
    } catch (e) {
      setOut(undefined);
      setError(t('tryText.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  const r = out?.result;
  return (
    <section className="card" aria-labelledby="try-text-title">
      <h2 id="try-text-title">{t('tryText.title')}</h2>
      <p className="hint">{t('tryText.help')}</p>
      <label className="field">
        <span>{t('tryText.text')}</span>
        <textarea rows={4} maxLength={MAX_CHARS} value={text} onChange={(e) => setText(e.target.value)} data-testid="try-text" />
      </label>
      <div className="filter-row">
        <label className="field">
          <span>{t('tryText.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang | '')} data-testid="try-lang">
            <option value="">{t('tryText.detect')}</option>
            {LANGS.filter((l) => l !== 'und').map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void run()} data-testid="try-run">{t('tryText.run')}</button>
      </div>
      {error ? <p role="alert" className="error" data-testid="try-error">{error}</p> : null}
      {r ? (
        <div aria-live="polite" data-testid="try-result">
          <dl className="try-result">
            <dt>{t('tryText.language')}</dt>
            <dd data-testid="try-result-lang">{t(`lang.${r.lang}`)}</dd>
            <dt>{t('tryText.sentiment')}</dt>
            <dd><SentimentBadge sentiment={r.sentiment} /> {r.sentiment.score.toLocaleString(uiLang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</dd>
            <dt>{t('tryText.city')}</dt>
            <dd data-testid="try-result-city">{r.isMatch ? r.matched.join(', ') : t('tryText.noCity')}</dd>
            <dt>{t('tryText.tags')}</dt>
            <dd>{r.topics.length || r.attributes.length ? <TagList topics={r.topics} attributes={r.attributes} /> : t('tryText.noTags')}</dd>
          </dl>
          {out.hits.length || out.learned.length ? (
            <>
              <h3>{t('tryText.why')}</h3>
              <TagReasons hits={out.hits} learned={out.learned} testId="try-hits" />
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
