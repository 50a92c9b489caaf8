import type { z } from 'zod';
import { CityProfileSchema, type CityProfile } from '../model/city-profile';
import { parseQuery } from '../tagging/query';

export type ProfileParse = { ok: true; profile: CityProfile } | { ok: false; error: string };

/** Describes the first zod issue in words, naming the field (`names[2]: …`). */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * Validates a profile object: the one check for the editor, the import and storage. The
 * optional query must parse; its error names the character where it goes wrong (1-based).
 */
export function validateProfile(value: unknown): ProfileParse {
  const parsed = CityProfileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error) };
  if (parsed.data.query) {
    const q = parseQuery(parsed.data.query);
    if (!q.ok) return { ok: false, error: `query: ${q.error.message} (at character ${q.error.position + 1})` };
  }
  return { ok: true, profile: parsed.data };
}

/** Parses an imported profile file. A malformed file gets a message that names the problem. */
export function parseProfileFile(text: string): ProfileParse {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, error: `not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'the file must hold one JSON object (a city profile)' };
  return validateProfile(value);
}

/** The profile as a readable JSON file. */
export function serializeProfile(profile: CityProfile): string {
  return `${JSON.stringify(CityProfileSchema.parse(profile), null, 2)}\n`;
}
