import { useEffect, useState } from 'react';
import { ATTRIBUTE_LABELS, TOPIC_LABELS } from '@/lib/indicators/labels';
import { alternativesError } from '@/lib/model/term-alternatives';
import { TAXONOMY_LANGS, TopicTaxonomySchema, type TopicTaxonomy } from '@/lib/model/topic-taxonomy';
import { ATTRIBUTES, TOPICS, type Attribute, type Topic } from '@/lib/model/taxonomy';
import { describeIssue } from '@/lib/profile/profile-io';
import { DEFAULT_TAXONOMY } from '@/lib/tagging/taxonomy/default-taxonomy';
import { useT } from './I18n';

export interface TaxonomyEditorProps {
  /** The user's taxonomy, or undefined when the shipped one is in use. */
  taxonomy: TopicTaxonomy | undefined;
  onSave: (taxonomy: TopicTaxonomy | undefined) => Promise<void>;
}

type Kind = 'topics' | 'attributes';

const GROUP_ERRORS = {
  unclosed: 'taxonomy.group.unclosed',
  unopened: 'taxonomy.group.unopened',
  nested: 'taxonomy.group.nested',
  single: 'taxonomy.group.single',
  wordless: 'taxonomy.group.wordless',
  'too-many': 'taxonomy.group.tooMany',
} as const;

/** The first term of any list whose `(a|b)` alternatives are malformed, with where and why. */
function firstMalformedTerm(tax: TopicTaxonomy): { term: string; error: string; at: number } | undefined {
  const sections = [tax.topics, tax.attributes, tax.negatedAttributes, tax.ironicAttributes, { stop: tax.stopPhrases }] as Array<Record<string, Partial<Record<string, string[]>> | undefined>>;
  for (const section of sections) {
    for (const byLang of Object.values(section)) {
      for (const terms of Object.values(byLang ?? {})) {
        for (const term of terms ?? []) {
          const bad = alternativesError(term);
          if (bad) return { term, ...bad };
        }
      }
    }
  }
  return undefined;
}
type Lang = (typeof TAXONOMY_LANGS)[number];

/**
 * Edits the words that mean each topic and brand attribute, per language. Saving re-tags the
 * stored mentions in the background (the taxonomy's fingerprint is part of the tagger version).
 */
export function TaxonomyEditor({ taxonomy, onSave }: TaxonomyEditorProps) {
  const { t, lang: uiLang } = useT();
  const [draft, setDraft] = useState<TopicTaxonomy>(taxonomy ?? DEFAULT_TAXONOMY);
  const [kind, setKind] = useState<Kind>('topics');
  const [key, setKey] = useState<string>(TOPICS[0]);
  const [lang, setLang] = useState<Lang>(uiLang);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => setDraft(taxonomy ?? DEFAULT_TAXONOMY), [taxonomy]);

  const keys = kind === 'topics' ? TOPICS : ATTRIBUTES;
  const label = (k: string) => (kind === 'topics' ? TOPIC_LABELS[k as Topic][uiLang] : ATTRIBUTE_LABELS[k as Attribute][uiLang]);
  const section = draft[kind] as Record<string, Partial<Record<Lang, string[]>> | undefined>;
  const terms = section[key]?.[lang] ?? [];

  function setTerms(text: string) {
    const list = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const nextSection = { ...section, [key]: { ...(section[key] ?? {}), [lang]: list } };
    setDraft({ ...draft, [kind]: nextSection } as TopicTaxonomy);
  }

  async function save() {
    const bad = firstMalformedTerm(draft);
    if (bad) {
      const reason = t(GROUP_ERRORS[bad.error as keyof typeof GROUP_ERRORS] ?? 'taxonomy.group.unclosed');
      return setMessage({ kind: 'error', text: t('taxonomy.groupError', { term: bad.term, at: bad.at + 1, reason }) });
    }
    const parsed = TopicTaxonomySchema.safeParse(draft);
    if (!parsed.success) return setMessage({ kind: 'error', text: t('options.invalid', { reason: describeIssue(parsed.error) }) });
    await onSave(parsed.data);
    setMessage({ kind: 'ok', text: t('taxonomy.saved') });
  }

  return (
    <section className="card" aria-labelledby="taxonomy-title">
      <h2 id="taxonomy-title">{t('taxonomy.title')}</h2>
      <p className="hint">{t('taxonomy.help')}</p>
      <div className="filter-row">
        <label className="field">
          <span>{t('taxonomy.kind')}</span>
          <select value={kind} onChange={(e) => { const k = e.target.value as Kind; setKind(k); setKey(k === 'topics' ? TOPICS[0] : ATTRIBUTES[0]); }} data-testid="taxonomy-kind">
            <option value="topics">{t('taxonomy.topics')}</option>
            <option value="attributes">{t('taxonomy.attributes')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('taxonomy.category')}</span>
          <select value={key} onChange={(e) => setKey(e.target.value)} data-testid="taxonomy-key">
            {keys.map((k) => <option key={k} value={k}>{label(k)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('taxonomy.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="taxonomy-lang">
            {TAXONOMY_LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('taxonomy.terms', { category: label(key), n: terms.length })}</span>
        <textarea rows={8} value={terms.join('\n')} onChange={(e) => setTerms(e.target.value)} spellCheck={false} data-testid="taxonomy-terms" />
      </label>
      <p className="hint">{t('taxonomy.syntax')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.learnedTags}
          onChange={(e) => setDraft({ ...draft, learnedTags: e.target.checked })}
          data-testid="taxonomy-learned"
        />{' '}
        {t('taxonomy.learned')}
      </label>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()} data-testid="taxonomy-save">{t('taxonomy.save')}</button>
        <button type="button" className="link-button" disabled={!taxonomy} onClick={() => void onSave(undefined).then(() => setMessage({ kind: 'ok', text: t('taxonomy.resetDone') }))}>{t('taxonomy.reset')}</button>
      </div>
      {message ? <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind} data-testid="taxonomy-message">{message.text}</p> : null}
    </section>
  );
}
