import { describe, expect, it } from 'vitest';
import { emptyEvidenceForm, evidenceFromForm, formFromEvidence, parseTypedNumber } from '@/lib/studio/evidence-form';

describe('parseTypedNumber', () => {
  it.each([
    ['1.200', 1200], ['1 200', 1200], ['1,200', 1200], ['3,5', 3.5], ['3.5', 3.5], ['12', 12],
    ['1.234.567,89', 1234567.89], ['-4', -4], ['', Number.NaN], ['doce', Number.NaN], ['1,2,3', Number.NaN],
  ])('%j → %d', (input, expected) => {
    expect(parseTypedNumber(input)).toBe(expected);
  });
});

describe('evidenceFromForm', () => {
  const filled = {
    ...emptyEvidenceForm('2026-06-01', 'environment'),
    factEs: 'Hemos abierto 3 refugios climáticos en Nou Barris', value: '3', unitEs: 'refugios',
    source: 'https://ajuntament.barcelona.cat/refugis', benefits: ['citizen' as const, 'civil_society' as const],
  };

  it('builds a valid evidence item and uses a unit typed once for every language', () => {
    const r = evidenceFromForm(filled, 'ev-1');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.evidence).toMatchObject({
      id: 'ev-1', fact: { es: filled.factEs }, number: { value: 3, unit: { es: 'refugios', ca: 'refugios', en: 'refugios' } },
      date: '2026-06-01', topic: 'environment', benefits: ['citizen', 'civil_society'],
    });
    expect(r.evidence.fact.ca).toBeUndefined();
    expect(formFromEvidence(r.evidence)).toMatchObject({ factEs: filled.factEs, value: '3', unitCa: 'refugios' });
  });

  it.each([
    ['factEs', { factEs: '  ' }],
    ['value', { value: 'tres' }],
    ['unitEs', { unitEs: '' }],
    ['date', { date: '1 de junio' }],
    ['source', { source: 'javascript:alert(1)' }],
    ['source', { source: 'ajuntament.barcelona.cat' }],
    ['benefits', { benefits: [] }],
    ['topic', { topic: 'weather' }],
  ])('names the field to fix: %s', (field, change) => {
    const r = evidenceFromForm({ ...filled, ...change }, 'ev-1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fields).toContain(field);
  });
});
