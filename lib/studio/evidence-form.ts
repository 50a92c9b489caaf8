import { z } from 'zod';
import { EvidenceSchema, type Evidence } from '../model/evidence';
import { STAKEHOLDERS, type Topic } from '../model/taxonomy';

/** The evidence form's fields as the user typed them (strings), per studio language where it matters. */
export const EvidenceFormSchema = z.object({
  factEs: z.string(), factCa: z.string(), factEn: z.string(),
  value: z.string(),
  unitEs: z.string(), unitCa: z.string(), unitEn: z.string(),
  date: z.string(),
  source: z.string(),
  benefits: z.array(z.enum(STAKEHOLDERS)),
  topic: z.string(),
});
export type EvidenceForm = z.infer<typeof EvidenceFormSchema>;

/** An empty form; the date defaults to the given day (YYYY-MM-DD). */
export function emptyEvidenceForm(today: string, topic: Topic = 'public_services'): EvidenceForm {
  return {
    factEs: '', factCa: '', factEn: '', value: '', unitEs: '', unitCa: '', unitEn: '',
    date: today, source: '', benefits: [], topic,
  };
}

/** The form for an existing evidence item. */
export function formFromEvidence(e: Evidence): EvidenceForm {
  return {
    factEs: e.fact.es ?? '', factCa: e.fact.ca ?? '', factEn: e.fact.en ?? '',
    value: String(e.number.value),
    unitEs: e.number.unit.es ?? '', unitCa: e.number.unit.ca ?? '', unitEn: e.number.unit.en ?? '',
    date: e.date, source: e.source, benefits: [...e.benefits], topic: e.topic,
  };
}

/**
 * Reads a number as people type it in es, ca or en: "1.200", "1 200" and "1,200" are twelve
 * hundred, "3,5" and "3.5" are three and a half. NaN when it is not a number.
 */
export function parseTypedNumber(input: string): number {
  const s = input.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^-?\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return Number.NaN;
}

type FormField = keyof EvidenceForm;

function localized(es: string, ca: string, en: string): Record<string, string> {
  return Object.fromEntries(Object.entries({ es: es.trim(), ca: ca.trim(), en: en.trim() }).filter(([, v]) => v));
}

/**
 * Validates the form into an Evidence item with the given id, or lists the fields to fix.
 * A unit typed in one language only is used for all three.
 */
export function evidenceFromForm(form: EvidenceForm, id: string): { ok: true; evidence: Evidence } | { ok: false; fields: FormField[] } {
  const fields: FormField[] = [];
  const fact = localized(form.factEs, form.factCa, form.factEn);
  if (Object.keys(fact).length === 0) fields.push('factEs');
  const value = parseTypedNumber(form.value);
  if (!Number.isFinite(value)) fields.push('value');
  const unitTyped = localized(form.unitEs, form.unitCa, form.unitEn);
  const anyUnit = Object.values(unitTyped)[0];
  if (!anyUnit) fields.push('unitEs');
  const unit = anyUnit ? { es: unitTyped.es ?? anyUnit, ca: unitTyped.ca ?? anyUnit, en: unitTyped.en ?? anyUnit } : {};
  const candidate = {
    id, fact, number: { value, unit }, date: form.date.trim(), source: form.source.trim(),
    benefits: form.benefits, topic: form.topic,
  };
  const parsed = EvidenceSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head] = issue.path;
      const field: FormField | undefined = head === 'date' ? 'date' : head === 'source' ? 'source'
        : head === 'benefits' ? 'benefits' : head === 'topic' ? 'topic' : undefined;
      if (field && !fields.includes(field)) fields.push(field);
    }
  }
  if (!/^https?:\/\//i.test(form.source.trim()) && !fields.includes('source')) fields.push('source');
  if (fields.length > 0 || !parsed.success) return { ok: false, fields: fields.length ? fields : ['factEs'] };
  return { ok: true, evidence: parsed.data };
}
