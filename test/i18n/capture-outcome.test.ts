import { describe, expect, it } from 'vitest';
import { captureOutcomeText, type CaptureOutcome } from '@/lib/i18n/capture-outcome';
import { CaptureFailureSchema, errorDetail, type CaptureFailure } from '@/lib/model/capture-failure';

const FAILURES: CaptureFailure[] = [
  { code: 'no-tab' },
  { code: 'blocked', detail: 'Cannot access contents of url "chrome://settings/"' },
  { code: 'unreadable' },
  { code: 'empty' },
  { code: 'no-answer', detail: 'Could not establish connection. Receiving end does not exist.' },
];
const LANGS = ['en', 'es', 'ca'] as const;

describe('captureOutcomeText', () => {
  it('has a sample of every failure code', () => {
    expect(FAILURES.map((f) => f.code).sort()).toEqual(CaptureFailureSchema.options.map((o) => o.shape.code.value).sort());
  });

  it.each(FAILURES.flatMap((f) => LANGS.map((lang) => [lang, f] as const)))('%s: %j says why, in the UI language', (lang, failure) => {
    const text = captureOutcomeText(lang, { ok: false, failure });
    expect(text).not.toMatch(/[{}]/);
    // The browser's own message stays as the technical detail.
    if ('detail' in failure) expect(text).toContain(failure.detail);
    if (lang !== 'en') expect(text).not.toBe(captureOutcomeText('en', { ok: false, failure }));
  });

  it('gives every failure its own sentence', () => {
    for (const lang of LANGS) {
      const texts = FAILURES.map((failure) => captureOutcomeText(lang, { ok: false, failure }));
      expect(new Set(texts).size).toBe(FAILURES.length);
    }
  });

  it.each<[CaptureOutcome, string, string]>([
    [{ ok: true, report: { stored: 1, updated: 0 }, unmatched: false }, 'Capturado: 1 guardada.', 'Capturat: 1 desada.'],
    [{ ok: true, report: { stored: 0, updated: 1 }, unmatched: false }, 'Ya estaba guardada: actualizada.', 'Ja estava desada: actualitzada.'],
  ])('words a stored capture: %j', (outcome, es, ca) => {
    expect(captureOutcomeText('es', outcome)).toBe(es);
    expect(captureOutcomeText('ca', outcome)).toBe(ca);
  });

  it('says when the capture holds no city term', () => {
    expect(captureOutcomeText('es', { ok: true, report: { stored: 1, updated: 0 }, unmatched: true })).toMatch(/ningún término de la ciudad/);
  });
});

describe('errorDetail', () => {
  it('keeps an error message and clamps a huge one', () => {
    expect(errorDetail(new Error('boom'))).toBe('boom');
    expect(errorDetail('x'.repeat(2000))).toHaveLength(500);
    expect(CaptureFailureSchema.safeParse({ code: 'blocked', detail: errorDetail(new Error('y'.repeat(900))) }).success).toBe(true);
  });
});
