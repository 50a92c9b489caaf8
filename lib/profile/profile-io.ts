import type { z } from 'zod';
import { CityProfileSchema, MATCH_FIELDS, type CityProfile } from '../model/city-profile';
import functionWords from '../tagging/lexicons/function-words.json';
import { tokenize } from '../tagging/text-fold';
import { isAcronym } from '../tagging/match';
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

/**
 * `validateProfile` for a profile the user is saving or importing: it also refuses a term that
 * would match far more than its place (see vagueTerm). Reading a stored profile does not apply
 * this, so an older profile never becomes unreadable (which would fall back to the demo city).
 */
export function validateNewProfile(value: unknown): ProfileParse {
  const result = validateProfile(value);
  if (!result.ok) return result;
  const vague = vagueTerm(result.profile);
  if (vague) return { ok: false, error: `${vague.field}: "${vague.term}" would match every "${vague.matches}" in any text; add a word to it (e.g. "districte ${vague.term}")` };
  const word = functionWordTerm(result.profile);
  if (word) return { ok: false, error: `${word.field}: "${word.term}" is also "${word.word}", one of the commonest words in ${word.langs.join(', ')}: it would match almost any post in them; move it to everydayWords, where only a capital counts` };
  const twice = everydayWordListedElsewhere(result.profile);
  if (twice) return { ok: false, error: `everydayWords: "${twice.term}" is also in ${twice.field}, where it counts however it is written; keep it in one of the two lists` };
  return result;
}

/** Folded function words (the commonest words of each served language) → their languages. */
let functionWordLangs: Map<string, string[]> | undefined;

function functionWordsByFold(): Map<string, string[]> {
  if (functionWordLangs) return functionWordLangs;
  functionWordLangs = new Map();
  for (const [lang, words] of Object.entries(functionWords as Record<string, string[]>)) {
    for (const w of words) {
      const [folded] = tokenize(w).words;
      if (!folded) continue;
      const langs = functionWordLangs.get(folded) ?? [];
      if (!langs.includes(lang)) functionWordLangs.set(folded, [...langs, lang]);
    }
  }
  return functionWordLangs;
}

/**
 * A one-word name, in a list where any case counts, that folds to a function word: São Paulo's
 * district Sé is Spanish and Portuguese "se", Lima's Ate is Portuguese "até" (Sé matched 522 of
 * 11,034 tweets about anything). An all-capital acronym (AMB, Catalan "amb") already needs its
 * capitals.
 */
function functionWordTerm(profile: CityProfile): { field: string; term: string; word: string; langs: string[] } | undefined {
  const common = functionWordsByFold();
  for (const field of MATCH_FIELDS) {
    if (field === 'everydayWords' || field === 'hashtags' || field === 'ownAccounts') continue;
    for (const term of profile[field]) {
      if (isAcronym(term)) continue;
      const words = tokenize(term).words;
      const langs = words.length === 1 ? common.get(words[0]) : undefined;
      if (langs) return { field, term, word: words[0], langs };
    }
  }
  return undefined;
}

/**
 * An everyday-word place name also listed in another term list: matching would count it there
 * in any case, and the capital rule the user asked for would silently do nothing.
 */
function everydayWordListedElsewhere(profile: CityProfile): { term: string; field: string } | undefined {
  const key = (term: string) => tokenize(term.replace(/^[#@]+/, '')).words.join(' ');
  const everyday = new Map(profile.everydayWords.map((t) => [key(t), t]));
  for (const field of MATCH_FIELDS) {
    if (field === 'everydayWords') continue;
    for (const term of profile[field]) {
      const same = everyday.get(key(term));
      if (same !== undefined) return { term: same, field };
    }
  }
  return undefined;
}

/**
 * A term that matching reduces to a short number ("22@" is read as "22": symbols are not
 * words), so it would match any post with that number. Postcodes (5 digits) pass.
 */
function vagueTerm(profile: CityProfile): { field: string; term: string; matches: string } | undefined {
  for (const field of [...MATCH_FIELDS, 'exclusions'] as const) {
    for (const term of profile[field]) {
      const words = tokenize(term.replace(/^[#@]+/, '')).words;
      if (words.length && words.every((w) => /^\d{1,3}$/.test(w))) return { field, term, matches: words.join(' ') };
    }
  }
  return undefined;
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
  return validateNewProfile(value);
}

/** The profile as a readable JSON file. */
export function serializeProfile(profile: CityProfile): string {
  return `${JSON.stringify(CityProfileSchema.parse(profile), null, 2)}\n`;
}
