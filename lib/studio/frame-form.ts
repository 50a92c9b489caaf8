import { z } from 'zod';
import { parseFrame } from '../drafting';
import type { Frame } from '../model/draft';
import type { DraftLang } from '../model/evidence';
import { TopicSchema } from '../model/taxonomy';

/** The fields of a frame in one language, as the frame editor shows them (lists one item per line). */
export const FrameLangFieldsSchema = z.object({
  label: z.string(),
  benefitAngle: z.string(),
  benefitGeneric: z.string(),
  tone: z.string(),
  acknowledge: z.string(),
  nextStep: z.string(),
  cares: z.string(),
  avoid: z.string(),
  cta: z.string(),
  /** Opening benefit sentence per topic the frame lists. */
  benefitByTopic: z.partialRecord(TopicSchema, z.string()),
});
export type FrameLangFields = z.infer<typeof FrameLangFieldsSchema>;

const TEXT_KEYS = ['label', 'benefitAngle', 'benefitGeneric', 'tone', 'acknowledge', 'nextStep'] as const;
const LIST_KEYS = ['cares', 'avoid', 'cta'] as const;

/** A frame's fields in `lang`, ready for the editor. */
export function frameLangFields(frame: Frame, lang: DraftLang): FrameLangFields {
  const byTopic: FrameLangFields['benefitByTopic'] = {};
  for (const [topic, text] of Object.entries(frame.benefitByTopic)) if (text) byTopic[topic as keyof typeof byTopic] = text[lang];
  return {
    ...Object.fromEntries(TEXT_KEYS.map((k) => [k, frame[k][lang]])),
    ...Object.fromEntries(LIST_KEYS.map((k) => [k, frame[k][lang].join('\n')])),
    benefitByTopic: byTopic,
  } as FrameLangFields;
}

function lines(s: string): string[] {
  return s.split('\n').map((l) => l.trim()).filter(Boolean);
}

/**
 * The frame with `lang`'s fields replaced by the edited ones, validated with parseFrame: an
 * emptied field or list is an error naming the field, and the frame is not changed.
 */
export function applyFrameLangFields(frame: Frame, lang: DraftLang, fields: FrameLangFields): { ok: true; frame: Frame } | { ok: false; error: string } {
  const next: Record<string, unknown> = structuredClone(frame);
  for (const k of TEXT_KEYS) next[k] = { ...frame[k], [lang]: fields[k].trim() };
  for (const k of LIST_KEYS) next[k] = { ...frame[k], [lang]: lines(fields[k]) };
  const byTopic: Record<string, unknown> = { ...frame.benefitByTopic };
  for (const [topic, text] of Object.entries(fields.benefitByTopic)) {
    const current = frame.benefitByTopic[topic as keyof Frame['benefitByTopic']];
    if (current && text !== undefined) byTopic[topic] = { ...current, [lang]: text.trim() };
  }
  next.benefitByTopic = byTopic;
  try {
    return { ok: true, frame: parseFrame(next) };
  } catch (err) {
    const issue = err instanceof z.ZodError ? err.issues[0] : undefined;
    return { ok: false, error: issue ? `${issue.path.join('.')}: ${issue.message}` : String(err) };
  }
}
