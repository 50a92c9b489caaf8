import type { UiLang } from '../model/settings';
import type { SourceState } from '../model/source';
import type { SourceFailure } from '../model/source-failure';
import { httpKind } from '../sources/failure-text';
import { formatCount, translate, type MessageKey } from './index';

/** The message key of a failure; typed so a code without a key in en.ts fails to compile. */
function failureKey(f: SourceFailure): MessageKey {
  return f.code === 'http' ? `sources.error.http.${httpKind(f.status)}` : `sources.error.${f.code}`;
}

/**
 * Why a source failed, in the UI language. The failure's parameters (status, host, root, and any
 * untranslatable technical detail) fill the sentence's variables.
 */
export function failureMessage(lang: UiLang, f: SourceFailure): string {
  const { code: _code, ...vars } = f;
  return translate(lang, failureKey(f), vars);
}

/** Form fields of a new source that the UI can explain; others fall back to the schema's message. */
const FIELDS = ['instance', 'tag', 'query', 'subreddit', 'url'] as const;
type ExplainedField = (typeof FIELDS)[number];

/** What to fix in a refused new source, in the UI language; `detail` (English) when the field has no sentence. */
export function invalidFieldText(lang: UiLang, field: string, detail: string): string {
  return (FIELDS as readonly string[]).includes(field) ? translate(lang, `sources.error.field.${field as ExplainedField}`) : detail;
}

/**
 * The error line of a source's state in the UI language, or undefined when its last poll did not
 * fail. A stopped source also says so and how to resume. States saved before failure codes carry
 * only an English `lastError` (stopped note included): shown as it is, there is nothing to translate.
 */
export function sourceErrorText(lang: UiLang, state: Pick<SourceState, 'lastFailure' | 'lastError' | 'flagged' | 'consecutiveFailures'>): string | undefined {
  if (!state.lastFailure) return state.lastError || undefined;
  const message = failureMessage(lang, state.lastFailure);
  if (!state.flagged) return message;
  return `${message} ${translate(lang, 'sources.error.stopped', { n: formatCount(lang, state.consecutiveFailures) })}`;
}
