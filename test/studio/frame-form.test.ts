import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMES } from '@/lib/drafting';
import { applyFrameLangFields, frameLangFields } from '@/lib/studio/frame-form';

const residents = DEFAULT_FRAMES.citizen;

describe('frame editor fields', () => {
  it('round-trips a frame unchanged in every language', () => {
    for (const lang of ['es', 'ca', 'en'] as const) {
      const r = applyFrameLangFields(residents, lang, frameLangFields(residents, lang));
      expect(r).toEqual({ ok: true, frame: residents });
    }
  });

  it('changes only the edited language', () => {
    const fields = { ...frameLangFields(residents, 'ca'), cta: 'Vine-hi!\n\n  Més informació:  ', tone: 'Proper.' };
    const r = applyFrameLangFields(residents, 'ca', fields);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.frame.cta.ca).toEqual(['Vine-hi!', 'Més informació:']);
    expect(r.frame.tone.ca).toBe('Proper.');
    expect(r.frame.cta.es).toEqual(residents.cta.es);
    expect(r.frame.tone.en).toBe(residents.tone.en);
  });

  it.each(['cta', 'label', 'benefitGeneric'] as const)('refuses an emptied %s and names it', (key) => {
    const r = applyFrameLangFields(residents, 'es', { ...frameLangFields(residents, 'es'), [key]: '  ' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(key);
  });
});
