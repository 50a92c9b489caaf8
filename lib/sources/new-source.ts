import { SourceSchema, type Source, type SourceInput } from '../model/source';
import { sourceUrl } from './source-request';

/**
 * Why a source could not be added, for the options page to say in the user's language: `field` is
 * the form field at fault (the UI words it), `detail` the schema's English message as a fallback.
 */
export type NewSourceResult =
  | { ok: true; source: Source }
  | { ok: false; reason: 'duplicate'; detail: string }
  | { ok: false; reason: 'invalid'; field: string; detail: string };

/** A form's fields without the id, which is chosen here. */
export type NewSourceFields = SourceInput extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

/**
 * Validates a source the user is adding and gives it a stable id. A source that polls the same
 * address as one already listed is refused: it would only fetch the same items twice.
 */
export function newSource(fields: NewSourceFields, existing: Source[], now: Date, random: () => number): NewSourceResult {
  const id = `${fields.kind}-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
  const parsed = SourceSchema.safeParse({ ...fields, id });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'invalid', field: String(issue?.path[0] ?? ''), detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  const url = sourceUrl(parsed.data);
  const same = existing.find((s) => sourceUrl(s) === url);
  if (same) return { ok: false, reason: 'duplicate', detail: same.label ?? url };
  return { ok: true, source: parsed.data };
}
