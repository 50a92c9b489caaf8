import { describe, expect, it } from 'vitest';
import { countForChannel } from '../../lib/drafting/channel-length';
import { composeDrafts, formatNumber, rankEvidence } from '../../lib/drafting/compose';
import { dropSecondaryClauses, fitPieces } from '../../lib/drafting/fit';
import { DEFAULT_FRAMES } from '../../lib/drafting/frames';
import { CHANNELS, DraftSchema } from '../../lib/model/draft';
import { STAKEHOLDERS } from '../../lib/model/taxonomy';
import { EVIDENCE } from './evidence-fixture';

const NOW = '2026-07-01T10:00:00+02:00';
const MESSAGES = {
  es: 'Hemos abierto 3 nuevos refugios climáticos en Nou Barris',
  ca: 'Hem obert 3 refugis climàtics nous a Nou Barris',
  en: 'We have opened 3 new climate shelters in Nou Barris',
} as const;
const LINK = 'https://ajuntament.barcelona.cat/refugisclimatics/';

describe('frames', () => {
  it('there is one valid frame per stakeholder group, with content in es, ca and en', () => {
    for (const id of STAKEHOLDERS) {
      const f = DEFAULT_FRAMES[id];
      expect(f.id).toBe(id);
      for (const lang of ['es', 'ca', 'en'] as const) {
        expect(f.cta[lang].length).toBeGreaterThan(0);
        expect(f.benefitGeneric[lang]).not.toBe('');
      }
      expect(new Set([f.benefitGeneric.es, f.benefitGeneric.ca, f.benefitGeneric.en]).size).toBe(3);
    }
  });
});

describe('composeDrafts', () => {
  it.each(STAKEHOLDERS.flatMap((g) => (['es', 'ca', 'en'] as const).map((l) => [g, l] as const)))(
    '%s in %s: benefit first, number kept, evidence cited, call to action, within X length', (group, lang) => {
      const [d] = composeDrafts({ message: MESSAGES[lang], groups: [group], evidence: EVIDENCE, channel: 'x', lang, now: NOW, link: LINK });
      const text = d.versions[0].text;
      const frame = DEFAULT_FRAMES[group];
      expect(() => DraftSchema.parse(d)).not.toThrow();
      expect(text.startsWith(frame.benefitByTopic.environment?.[lang] ?? frame.benefitGeneric[lang])
        || EVIDENCE.some((e) => e.benefitFor?.[group] && text.startsWith(e.benefitFor[group]![lang]!))).toBe(true);
      expect(text).toContain('3 ');
      expect(d.evidenceIds.length).toBeGreaterThan(0);
      expect(text).toContain(LINK);
      expect(countForChannel(text, 'x').count).toBeLessThanOrEqual(280);
      expect(d.flags).toEqual([]);
    });

  it.each(CHANNELS)('fits the %s channel for every group', (channel) => {
    const drafts = composeDrafts({ message: MESSAGES.es, groups: [...STAKEHOLDERS], evidence: EVIDENCE, channel, lang: 'es', now: NOW, link: LINK });
    expect(drafts).toHaveLength(STAKEHOLDERS.length);
    for (const d of drafts) {
      expect(d.length.count).toBeLessThanOrEqual(d.length.limit!);
      expect(d.flags).not.toContain('over-length');
    }
  });

  it('uses the evidence that benefits the group, and its own benefit statement first', () => {
    const [business] = composeDrafts({ message: MESSAGES.es, groups: ['business'], evidence: EVIDENCE, channel: 'newsletter', lang: 'es', now: NOW });
    expect(business.evidenceIds[0]).toBe('ev-visits');
    expect(business.versions[0].text.startsWith('Más gente pasa por las calles de tu negocio en verano.')).toBe(true);
    expect(business.versions[0].text).toContain('120.000 visitas');
  });

  it('keeps the evidence number when the message has none', () => {
    const [d] = composeDrafts({ message: 'Abrimos nuevos refugios climáticos en Nou Barris', groups: ['citizen'], evidence: EVIDENCE, channel: 'x', lang: 'es', now: NOW, link: LINK });
    expect(d.versions[0].text).toMatch(/5 °C|400 espacios/);
    expect(d.flags).not.toContain('no-concrete-result');
  });

  it('flags a draft without any concrete result or number', () => {
    const [d] = composeDrafts({ message: 'Abrimos nuevos refugios en Nou Barris', groups: ['citizen'], evidence: [], channel: 'x', lang: 'es', now: NOW, topic: 'environment' });
    expect(d.flags).toEqual(['no-concrete-result', 'no-evidence']);
  });

  it('shortens deterministically: drops secondary clauses and extra evidence before the number', () => {
    const long = 'Hemos abierto 3 nuevos refugios climáticos en Nou Barris, con agua, sombra y asientos para todo el vecindario, y con un horario ampliado durante todo el verano';
    const a = composeDrafts({ message: long, groups: ['citizen'], evidence: EVIDENCE, channel: 'x', lang: 'es', now: NOW, link: LINK });
    const b = composeDrafts({ message: long, groups: ['citizen'], evidence: EVIDENCE, channel: 'x', lang: 'es', now: NOW, link: LINK });
    expect(a).toEqual(b);
    const text = a[0].versions[0].text;
    expect(countForChannel(text, 'x').count).toBeLessThanOrEqual(280);
    expect(text).toContain('3 nuevos refugios');
    expect(text).not.toMatch(/\S…\S/);
  });

  it('dropSecondaryClauses removes relative clauses and parentheses but never a number', () => {
    expect(dropSecondaryClauses('La red suma 400 espacios, que abren en verano (datos de 2025).')).toBe('La red suma 400 espacios.');
    expect(dropSecondaryClauses('La red suma espacios, que son 400.')).toBe('La red suma espacios, que son 400.');
  });

  it('trims whole words, never mid-word and never a number, as a last resort', () => {
    const pieces = [
      { role: 'benefit' as const, text: 'Tienes muchísimos más lugares frescos y verdes muy cerca de tu casa y de tu trabajo', keep: true },
      { role: 'result' as const, text: 'Abrimos 3 refugios.', keep: true },
    ];
    const out = fitPieces(pieces, 'bluesky', 60);
    expect(out.fits).toBe(true);
    expect(out.text).toContain('Abrimos 3 refugios.');
    expect(out.text).toMatch(/^Tienes[\p{L}\s]+… Abrimos/u);
  });

  it('formats numbers per language', () => {
    expect(formatNumber(EVIDENCE[2], 'es')).toBe('120.000 visitas');
    expect(formatNumber(EVIDENCE[2], 'en')).toBe('120,000 visits');
  });

  it('ranks evidence by group and topic', () => {
    expect(rankEvidence(EVIDENCE, 'citizen', 'mobility')[0].id).toBe('ev-bus');
    expect(rankEvidence(EVIDENCE, 'media', 'environment')[0].id).toBe('ev-network');
  });

  it('press notes carry the result as heading, dates and the source', () => {
    const [d] = composeDrafts({ message: MESSAGES.ca, groups: ['media'], evidence: EVIDENCE, channel: 'press', lang: 'ca', now: NOW });
    const text = d.versions[0].text;
    expect(text.split('\n')[0]).toBe(MESSAGES.ca);
    expect(text).toContain('15 de juny del 2025');
    expect(text).toContain(`Font: ${LINK}`);
  });
});
