import { MATCH_FIELDS, type CityProfile } from '../model/city-profile';
import { WORD_CHAR, foldText } from './text-fold';

export const MATCH_TAGGER = 'match@1';

interface CompiledTerm {
  /** The term as the profile spells it: reported in `matched`. */
  canonical: string;
  folded: string;
}

export interface CompiledProfile {
  terms: CompiledTerm[];
  exclusions: CompiledTerm[];
}

export interface MatchResult {
  /** Profile terms found (canonical spelling, profile order, no duplicates). */
  matched: string[];
  /** Exclusion phrases found. */
  excluded: string[];
  /** At least one term matched outside an exclusion. */
  isMatch: boolean;
}

/** Prepares a profile's term lists once, so matching a text costs only the scan. */
export function compileProfile(profile: CityProfile): CompiledProfile {
  const seen = new Set<string>();
  const terms: CompiledTerm[] = [];
  for (const field of MATCH_FIELDS) {
    for (const raw of profile[field]) {
      const canonical = field === 'hashtags' ? `#${raw.replace(/^#/, '')}` : raw;
      const folded = foldText(raw.replace(/^[#@]/, '')).trim();
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      terms.push({ canonical, folded });
    }
  }
  const exclusions = profile.exclusions.map((e) => ({ canonical: e, folded: foldText(e).trim() }));
  return { terms, exclusions };
}

/** Every [start, end) where `needle` occurs in `hay` on word boundaries. */
function findAll(hay: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!needle) return out;
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) return out;
    const end = i + needle.length;
    const before = i > 0 ? hay[i - 1] : '';
    const after = end < hay.length ? hay[end] : '';
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) out.push([i, end]);
    from = i + 1;
  }
}

/**
 * Matches a text against the profile: accent- and case-insensitive, on word boundaries; a
 * `#hashtag` or `@handle` matches its bare term. A term occurrence inside an exclusion phrase
 * ("FC Barcelona") does not count, but another occurrence elsewhere in the text still does.
 */
export function matchProfile(text: string, compiled: CompiledProfile): MatchResult {
  const hay = foldText(text);
  const excludedSpans: Array<[number, number]> = [];
  const excluded: string[] = [];
  for (const ex of compiled.exclusions) {
    const spans = findAll(hay, ex.folded);
    if (spans.length) {
      excluded.push(ex.canonical);
      excludedSpans.push(...spans);
    }
  }
  const matched: string[] = [];
  for (const term of compiled.terms) {
    const spans = findAll(hay, term.folded);
    const free = spans.some(([s, e]) => !excludedSpans.some(([xs, xe]) => s >= xs && e <= xe));
    if (free) matched.push(term.canonical);
  }
  return { matched, excluded, isMatch: matched.length > 0 };
}
