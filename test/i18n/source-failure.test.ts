import { describe, expect, it } from 'vitest';
import { failureMessage, invalidFieldText, sourceErrorText } from '@/lib/i18n/source-failure';
import { SourceFailureSchema, type SourceFailure } from '@/lib/model/source-failure';
import { initialState } from '@/lib/sources/poll-policy';

/** One failure of every code, with parameters a reader must find in the sentence. */
const SAMPLES: SourceFailure[] = [
  { code: 'empty' },
  { code: 'blank' },
  { code: 'not-xml' },
  { code: 'html-page' },
  { code: 'page-without-feeds' },
  { code: 'wrong-root', root: 'svg' },
  { code: 'unparsable', detail: 'Unrecognized feed format' },
  { code: 'bad-items', detail: 'items is not iterable' },
  { code: 'broken-json' },
  { code: 'api-error', detail: 'Record not found' },
  { code: 'unknown-json' },
  { code: 'unreadable', detail: 'out of memory' },
  { code: 'http', status: 404 },
  { code: 'unreachable', host: 'diari.example.test', detail: 'Failed to fetch' },
  { code: 'download-broken', detail: 'network error' },
  { code: 'store-failed', detail: 'QuotaExceededError' },
];
const LANGS = ['en', 'es', 'ca'] as const;

describe('failureMessage', () => {
  it('has a sample of every failure code', () => {
    expect(SAMPLES.map((f) => f.code).sort()).toEqual(SourceFailureSchema.options.map((o) => o.shape.code.value).sort());
  });

  it.each(SAMPLES.flatMap((f) => LANGS.map((lang) => [lang, f] as const)))('%s: %j reads as a full sentence with its parameters', (lang, f) => {
    const text = failureMessage(lang, f);
    expect(text).not.toMatch(/[{}]/);
    for (const [name, value] of Object.entries(f)) if (name !== 'code') expect(text).toContain(String(value));
    // Translated, not the English sentence passed through.
    if (lang !== 'en') expect(text).not.toBe(failureMessage('en', f));
  });

  it.each(LANGS)('%s gives each group of HTTP statuses its own sentence', (lang) => {
    const texts = [403, 404, 410, 429, 500, 418].map((status) => failureMessage(lang, { code: 'http', status }));
    expect(new Set(texts).size).toBe(texts.length);
    expect(failureMessage(lang, { code: 'http', status: 401 }).replace('401', '403')).toBe(texts[0]);
  });
});

describe('sourceErrorText', () => {
  const state = { ...initialState('diari'), consecutiveFailures: 1 };

  it('says nothing when the last poll did not fail', () => {
    expect(sourceErrorText('es', state)).toBeUndefined();
  });

  it.each([
    ['es', 'el servidor ha tenido un problema (HTTP 500). Se ha detenido tras 12.345 intentos fallidos seguidos: pulsa «Reintentar» para reanudarla.'],
    ['ca', 'el servidor ha tingut un problema (HTTP 500). S’ha aturat després de 12.345 intents fallits seguits: fes clic a «Torna-ho a provar» per reprendre-la.'],
    ['en', 'the server had a problem (HTTP 500). Stopped after 12,345 failed attempts in a row: use “Retry” to start again.'],
  ] as const)('%s: a stopped source also says it stopped and how to resume', (lang, text) => {
    expect(sourceErrorText(lang, { ...state, lastFailure: { code: 'http', status: 500 }, flagged: true, consecutiveFailures: 12345 })).toBe(text);
  });

  it('shows the English sentence of an older version as it is, in any language', () => {
    const old = 'could not reach diari.example.test: Failed to fetch';
    expect(LANGS.map((lang) => sourceErrorText(lang, { ...state, lastError: old, flagged: true }))).toEqual([old, old, old]);
  });
});

describe('invalidFieldText', () => {
  it.each(['instance', 'tag', 'query', 'subreddit', 'url'])('explains the %s field in each language', (field) => {
    const texts = LANGS.map((lang) => invalidFieldText(lang, field, `${field}: Invalid input`));
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) expect(text).not.toContain('Invalid input');
  });

  it('falls back to the schema’s message for a field the form does not show', () => {
    expect(invalidFieldText('ca', 'intervalMinutes', 'intervalMinutes: Too small: expected number to be >=5')).toBe('intervalMinutes: Too small: expected number to be >=5');
  });
});
