import { MATCH_FIELDS, type CityProfile } from '../model/city-profile';
import { compileProfile, termCases } from '../tagging/match';
import { foldText } from '../tagging/text-fold';

/** A profile name that stored posts mostly write in lower case: likely an everyday word too. */
export interface LowerCaseTerm {
  term: string;
  /** The list it is in (neighbourhoods, districts…). */
  field: (typeof MATCH_FIELDS)[number];
  /** Posts that name it as a plain word. */
  posts: number;
  /** Of those, posts that never write it with a capital. */
  lowerCase: number;
  /** Up to two of those posts, shortened around the word. */
  examples: string[];
}

/** Fewest posts naming a term before its case says anything. */
export const MIN_POSTS = 3;
/** Share of lower-case posts from which a term is reported. */
export const MIN_LOWER_SHARE = 0.5;
const EXAMPLES = 2;
const EXAMPLE_CHARS = 90;

/**
 * The profile's names that at least MIN_POSTS of `texts` name and that at least MIN_LOWER_SHARE
 * of those write in lower case only ("le llevé flores"): names a user may want to move to
 * `everydayWords`, where only a capital counts. Terms already there, hashtags, accounts and
 * names the profile writes in lower case itself (demonyms: "porteños") are not looked at. Most
 * lower-case first.
 */
export function lowerCaseTerms(profile: CityProfile, texts: Iterable<string>): LowerCaseTerm[] {
  const compiled = compileProfile(profile);
  const fieldOf = new Map<string, LowerCaseTerm['field']>();
  for (const field of MATCH_FIELDS) {
    // A name the profile itself writes in lower case ("porteños", "la capital") is meant so.
    for (const term of profile[field]) if (!fieldOf.has(term) && term !== term.toLowerCase()) fieldOf.set(term, field);
  }
  const counts = new Map<string, { posts: number; lowerCase: number; examples: string[] }>();
  for (const text of texts) {
    // Per post: is each term it names ever written with a capital there?
    const seen = new Map<string, boolean>();
    for (const { term, capital } of termCases(text, compiled)) seen.set(term, (seen.get(term) ?? false) || capital);
    for (const [term, capital] of seen) {
      const field = fieldOf.get(term);
      if (!field || field === 'everydayWords') continue;
      let c = counts.get(term);
      if (!c) counts.set(term, (c = { posts: 0, lowerCase: 0, examples: [] }));
      c.posts++;
      if (capital) continue;
      c.lowerCase++;
      if (c.examples.length < EXAMPLES) c.examples.push(shorten(text, term));
    }
  }
  const out: LowerCaseTerm[] = [];
  for (const [term, c] of counts) {
    if (c.posts < MIN_POSTS || c.lowerCase < c.posts * MIN_LOWER_SHARE) continue;
    out.push({ term, field: fieldOf.get(term)!, ...c });
  }
  return out.sort((a, b) => b.lowerCase - a.lowerCase || b.lowerCase / b.posts - a.lowerCase / a.posts || a.term.localeCompare(b.term));
}

/** The text around the first place it names `term` (case and accents aside), or its start. */
function shorten(text: string, term: string): string {
  const flat = foldText(text);
  const at = flat.length === text.length ? flat.indexOf(foldText(term)) : -1;
  const from = at < 0 ? 0 : Math.max(0, at - 30);
  const piece = text.slice(from, from + EXAMPLE_CHARS).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${piece}${from + EXAMPLE_CHARS < text.length ? '…' : ''}`;
}
