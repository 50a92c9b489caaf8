import { MATCH_FIELDS, type CityProfile } from '../model/city-profile';
import { compileQuery, evaluateQuery, type CompiledQuery } from './query';
import { CLITICS, HASH_TOKEN, WORD_TOKEN, foldTokens, foldTokensInto, newFoldedTokens, tokenIs, type FoldedTokens } from './fold-tokens';
import { tokenize, tokensOf } from './text-fold';
import { WordIndex } from './word-index';
import { caseKeptFold, caseKeptFoldCached, isCapitalAt } from './written-case';

/**
 * v4: no change to the matcher; the demo profile names more places (demonyms, museums, streets), and mentions it tagged are matched again.
 * v5: a profile's `everydayWords` (Flores, la Boca, el Coll) count only where written with a
 * capital; the demo profile lists three barris so.
 */
export const MATCH_TAGGER = 'match@5';

interface Entry {
  /** Folded words of the term, e.g. ['les', 'corts']. */
  words: string[];
  /** Index into `canonicals` (profile order) or into `exclusions`. */
  ref: number;
  exclusion: boolean;
  /** Only a `#hashtag` token counts: profile hashtags, and the spaceless form of a multi-word term (#LesCorts). */
  hashOnly: boolean;
  /**
   * An all-capitals acronym (AMB, BCN) counts as a plain word only when written in capitals,
   * because its lower-case form is often a common word (Catalan `amb` = "with"). As a
   * `#hashtag` or `@handle` any case counts.
   */
  acronym?: RegExp;
  /**
   * 1 + index into CLITICS of the elided article an exclusion starts with (`l'horta`): the text
   * must have it too, or the exclusion would hide every `horta` (the Horta barri included).
   * Profile terms leave it 0: `d'Hospitalet` is `L'Hospitalet`.
   */
  clitic?: number;
  /**
   * Where a capital is read when the term is found: char `offset` of its word `word` (the last
   * word the profile capitalises). Set for the terms of every list but hashtags and accounts.
   */
  key?: { word: number; offset: number };
  /**
   * A place name that is also an everyday word (the profile's `everydayWords`): it counts only
   * where the text writes a capital at `key` ("la Boca" counts, "toda la boca" does not; `#LaBoca`
   * counts, `#laboca` not).
   */
  needsCapital?: boolean;
}

export interface CompiledProfile {
  /** Terms as the profile spells them (`#tag` for hashtags, `@handle` for accounts), profile order. */
  canonicals: string[];
  exclusions: string[];
  /** First folded word → candidate entries, longest first (looked up by a text word's span and hash). */
  byFirst: WordIndex<Entry[]>;
  query?: CompiledQuery;
}

export interface MatchResult {
  /** Profile terms found (canonical spelling, profile order, no duplicates). */
  matched: string[];
  /** Exclusion phrases found. */
  excluded: string[];
  /** See `matchProfile`. */
  isMatch: boolean;
}

/**
 * Prepares a profile once: every term and exclusion is folded, split into words and indexed by
 * its first word, so matching a text is one pass over its tokens whatever the profile's size.
 * Throws QuerySyntaxError (message and 0-based position) when the profile's query does not
 * parse: a broken query is never silently ignored, so validate it with `parseQuery` on save.
 */
export function compileProfile(profile: CityProfile): CompiledProfile {
  const canonicals: string[] = [];
  const exclusions: string[] = [];
  const byFirst = new WordIndex<Entry[]>();
  const seen = new Set<string>();
  const add = (words: string[], entry: Omit<Entry, 'words'>) => {
    const key = `${entry.hashOnly ? '#' : ''}${entry.acronym ? 'A' : ''}${entry.clitic ? `${entry.clitic}'` : ''}${words.join(' ')}`;
    if (!words.length || (seen.has(key) && !entry.exclusion)) return;
    seen.add(key);
    const list = byFirst.get(words[0]);
    if (list) list.push({ words, ...entry });
    else byFirst.set(words[0], [{ words, ...entry }]);
  };
  for (const ex of profile.exclusions) {
    exclusions.push(ex);
    const tk = tokenize(ex);
    const clitic = tk.elided[0] ? CLITICS.indexOf(tk.elided[0] as (typeof CLITICS)[number]) + 1 : 0;
    add([...tk.words], { ref: exclusions.length - 1, exclusion: true, hashOnly: false, ...(clitic ? { clitic } : {}) });
  }
  for (const field of MATCH_FIELDS) {
    for (const raw of profile[field]) {
      const bare = raw.replace(/^[#@]+/, '');
      const canonical = field === 'hashtags' ? `#${bare}` : field === 'ownAccounts' ? `@${bare}` : raw;
      let ref = canonicals.indexOf(canonical);
      if (ref < 0) ref = canonicals.push(canonical) - 1;
      const words = [...tokenize(bare).words];
      const tagLike = field === 'hashtags' || field === 'ownAccounts';
      const capital = tagLike ? undefined : capitalWord(bare, words.length);
      const needsCapital = field === 'everydayWords' ? { needsCapital: true } : {};
      const asWritten = capital === undefined ? {} : { key: { word: capital, offset: 0 }, ...needsCapital };
      const acronym = field !== 'hashtags' && field !== 'ownAccounts' && isAcronym(bare)
        ? new RegExp(`(?<![\\p{L}\\p{N}_])${bare}(?![\\p{L}\\p{N}_])`, 'u')
        : undefined;
      // The hashtag list names hashtags: as plain words they would be aliases.
      add(words, { ref, exclusion: false, hashOnly: field === 'hashtags', acronym, ...asWritten });
      // Catalan and Spanish fuse a preposition with the article: `El Born` is also `del Born`,
      // `al Born`, `pel Born`; `Els Hostalets` is `dels Hostalets`…
      const fused = CONTRACTIONS[words[0]];
      // (Not for an everyday word whose article is its capitalised word: "del" is never written so.)
      if (fused && words.length > 1 && !tagLike && !(field === 'everydayWords' && capital === 0)) {
        for (const f of fused) add([f, ...words.slice(1)], { ref, exclusion: false, hashOnly: false, ...asWritten });
      }
      // #SagradaFamilia, #LesCorts: hashtags drop the spaces of a multi-word name.
      // An everyday word's capital is then read inside the hashtag (#LaBoca: the B).
      if (words.length > 1) {
        const inHashtag = capital === undefined ? {} : { key: { word: 0, offset: words.slice(0, capital).join('').length }, ...needsCapital };
        add([words.join('')], { ref, exclusion: false, hashOnly: true, ...inHashtag });
      }
    }
  }
  for (const [, list] of byFirst.entries()) list.sort((a, b) => b.words.length - a.words.length);
  const query = profile.query?.trim() ? compileQuery(profile.query) : undefined;
  return { canonicals, exclusions, byFirst, query };
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

/** An all-capital acronym (AMB, BCN): matched as a plain word only when written in capitals. */
export function isAcronym(term: string): boolean {
  return ACRONYM.test(term);
}

/**
 * Which of a term's `n` folded words must be written with a capital: the last one the profile
 * writes with one ("la Boca", "Ciudad Bolívar" → the last), else the last word ("flores").
 */
function capitalWord(term: string, n: number): number {
  const t = foldTokensInto(term, scratch);
  const cased = caseKeptFold(term, t.text);
  if (cased && t.n === n) for (let k = n - 1; k >= 0; k--) if (isCapitalAt(cased, t.start[k])) return k;
  return n - 1;
}

const scratch = newFoldedTokens(16);
const CONTRACTIONS: Record<string, string[]> = { el: ['del', 'al', 'pel'], els: ['dels', 'als', 'pels'] };

function entryAt(e: Entry, t: FoldedTokens, i: number, text: string): boolean {
  const n = e.words.length;
  if (i + n > t.n) return false;
  if (e.hashOnly && t.kind[i] !== HASH_TOKEN) return false;
  if (e.clitic && t.clitic[i] !== e.clitic) return false;
  // Only on a hit of the lower-case form, so the regex runs rarely.
  if (e.acronym && t.kind[i] === WORD_TOKEN && !e.acronym.test(text)) return false;
  for (let j = 1; j < n; j++) if (!tokenIs(t, i + j, e.words[j])) return false;
  // A text whose case cannot be read back (rare scripts) keeps the match: nothing is lost.
  if (e.needsCapital && writtenWithCapital(e, t, i, text) === false) return false;
  return true;
}

/** Whether entry e, found at token i, is written with a capital at its key; undefined when unknown. */
function writtenWithCapital(e: Entry, t: FoldedTokens, i: number, text: string): boolean | undefined {
  const cased = e.key ? caseKeptFoldCached(text, t.text) : undefined;
  return cased === undefined || !e.key ? undefined : isCapitalAt(cased, t.start[i + e.key.word] + e.key.offset);
}

/**
 * Walks the text's tokens as matching does: at each word the longest term or exclusion that
 * fits (a word's entries are sorted longest first), then on past the words it covers.
 */
function scan(t: FoldedTokens, text: string, compiled: CompiledProfile, hit: (e: Entry, i: number) => void): void {
  for (let i = 0; i < t.n;) {
    const list = compiled.byFirst.getSpan(t.text, t.start[i], t.end[i], t.hash[i]);
    let step = 1;
    if (list) {
      for (const e of list) {
        if (!entryAt(e, t, i, text)) continue;
        step = e.words.length;
        hit(e, i);
        break;
      }
    }
    i += step;
  }
}

/**
 * Matches a text against the profile: accent-, case- and `#`/`@`-insensitive, on word
 * boundaries, with Catalan elisions (`d'Hospitalet` is `L'Hospitalet`). At each word the longest
 * term or exclusion wins, so "FC Barcelona" hides its "Barcelona" while another "Barcelona" or
 * "Les Corts" elsewhere in the text still counts.
 *
 * isMatch = (some term matched outside an exclusion) AND (the profile query holds, when the
 * profile has one). The query refines the gazetteer — e.g. `NOT (Messi OR Liga)` or
 * `turisme OR turismo` — and never widens it, because a profile always has at least one name;
 * words inside exclusion phrases are invisible to the query too.
 */
export function matchProfile(text: string, compiled: CompiledProfile): MatchResult {
  const t = foldTokens(text);
  // Allocated on the first hit only: most posts name no profile term.
  let found: number[] | undefined;
  let excludedRefs: number[] | undefined;
  let masked: Uint8Array | undefined;
  scan(t, text, compiled, (e, i) => {
    if (e.exclusion) {
      excludedRefs ??= [];
      if (!excludedRefs.includes(e.ref)) excludedRefs.push(e.ref);
      masked ??= new Uint8Array(t.n);
      masked.fill(1, i, i + e.words.length);
    } else {
      found ??= [];
      if (!found.includes(e.ref)) found.push(e.ref);
    }
  });
  const matched = found ? found.sort((a, b) => a - b).map((r) => compiled.canonicals[r]) : [];
  const excluded = excludedRefs ? excludedRefs.sort((a, b) => a - b).map((r) => compiled.exclusions[r]) : [];
  const gazetteer = matched.length > 0;
  const isMatch = gazetteer && (!compiled.query || evaluateQuery(compiled.query, tokensOf(t), masked));
  return { matched, excluded, isMatch };
}

/** One profile term found in a text, and whether the text wrote it with a capital (see termCases). */
export interface TermCase {
  /** The term as the profile spells it. */
  term: string;
  capital: boolean;
}

/**
 * The profile terms `matchProfile` finds in a text, each with whether it is written with a
 * capital where its last capitalised word starts ("Flores" or "flores"). Plain words only:
 * hashtags, handles and all-capital acronyms say nothing of how a place name is written.
 * Lets a user see which of a profile's names the stored posts mostly write as a word.
 */
export function termCases(text: string, compiled: CompiledProfile): TermCase[] {
  const t = foldTokens(text);
  const out: TermCase[] = [];
  scan(t, text, compiled, (e, i) => {
    if (e.exclusion || e.acronym || t.kind[i] !== WORD_TOKEN) return;
    const capital = writtenWithCapital(e, t, i, text);
    if (capital !== undefined) out.push({ term: compiled.canonicals[e.ref], capital });
  });
  return out;
}
