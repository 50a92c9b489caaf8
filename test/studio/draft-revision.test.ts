import { describe, expect, it } from 'vitest';
import { composeDrafts } from '@/lib/drafting';
import { StoredDraftSchema, type StoredDraft } from '@/lib/db/drafting-records';
import { EDIT_COALESCE_MS, currentText, isPostUrl, markDraftSent, reviseDraft } from '@/lib/studio/draft-revision';
import { EVIDENCE } from '../drafting/evidence-fixture';

const T0 = '2026-11-24T10:00:00+01:00';
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();

function stored(channel: 'x' | 'newsletter' = 'x'): StoredDraft {
  const [d] = composeDrafts({ message: 'Hemos abierto 3 refugios climáticos en Nou Barris', groups: ['citizen'], evidence: EVIDENCE, channel, lang: 'es', now: T0 });
  return StoredDraftSchema.parse({ ...d, updatedAt: T0, batch: 'b1' });
}

describe('reviseDraft', () => {
  it('keeps the composed text as the first version and appends the edit as the current one', () => {
    const d = stored();
    const edited = reviseDraft(d, 'Tienes 3 refugios nuevos cerca de casa.', later(1000));
    expect(edited.versions).toHaveLength(2);
    expect(edited.versions[0]).toEqual(d.versions[0]);
    expect(edited.versions[1]).toMatchObject({ origin: 'edit', text: 'Tienes 3 refugios nuevos cerca de casa.' });
    expect(currentText(edited)).toBe('Tienes 3 refugios nuevos cerca de casa.');
    expect(edited.updatedAt).toBe(later(1000));
  });

  it('folds quick successive edits into one version, and starts a new one after a pause', () => {
    let d = reviseDraft(stored(), 'Tienes 3 refugios.', later(1000));
    d = reviseDraft(d, 'Tienes 3 refugios nuevos.', later(5000));
    expect(d.versions.map((v) => v.text)).toEqual([stored().versions[0].text, 'Tienes 3 refugios nuevos.']);
    d = reviseDraft(d, 'Ya tienes 3 refugios nuevos.', later(5000 + EDIT_COALESCE_MS));
    expect(d.versions).toHaveLength(3);
  });

  it('always appends a restore or an on-device rewrite, even right after an edit', () => {
    const edited = reviseDraft(stored(), 'Tienes 3 refugios.', later(1000));
    const restored = reviseDraft(edited, edited.versions[0].text, later(2000), 'edit', false);
    expect(restored.versions).toHaveLength(3);
    const rewritten = reviseDraft(edited, 'Ahora tienes 3 refugios.', later(2000), 'on-device');
    expect(rewritten.versions.at(-1)?.origin).toBe('on-device');
    expect(rewritten.versions).toHaveLength(3);
  });

  it('returns the same draft when the text did not change', () => {
    const d = stored();
    expect(reviseDraft(d, currentText(d), later(1000))).toBe(d);
  });

  it('recomputes length and flags from the new text', () => {
    const d = stored();
    const noNumber = reviseDraft(d, 'Hemos abierto refugios climáticos.', later(1000));
    expect(noNumber.flags).toContain('no-concrete-result');
    expect(noNumber.length).toEqual({ count: 'Hemos abierto refugios climáticos.'.length, limit: 280 });
    const long = reviseDraft(d, `Hay 3 refugios. ${'muy '.repeat(80)}`, later(1000));
    expect(long.flags).toContain('over-length');
    expect(long.flags).not.toContain('no-concrete-result');
  });
});

describe('markDraftSent', () => {
  it('stores the published link and time', () => {
    const sent = markDraftSent(stored(), 'https://x.com/bcn/status/123', later(9000));
    expect(sent.sent).toEqual({ url: 'https://x.com/bcn/status/123', at: later(9000) });
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/x', 'no es un enlace', ''])('refuses %j', (url) => {
    expect(isPostUrl(url)).toBe(false);
    expect(() => markDraftSent(stored(), url, later(1))).toThrow();
  });
});
