import { z } from 'zod';
import type { Author } from '../model/mention';
import { PlatformSchema, STAKEHOLDERS, StakeholderSchema, type Platform, type Stakeholder } from '../model/taxonomy';
import signalsData from './taxonomy/stakeholder-signals.json';
import { tokenizeUncached } from './text-fold';

/** v3: a person's own words in a bio (student, retired, neighbour) beat an institution the bio
 * names; "official account" is no longer a government signal; "opinions my own" is no citizen
 * signal (professionals write it); more families (fact-checkers, parishes, port authorities,
 * foreign chambers of commerce, climbing and rowing, dance schools, coworkings).
 * v4: a round on authors3: schools and teachers' own words, bands and publishers, journalists
 * who say where they write, foreign tourism offices and societies, players by position, Erasmus
 * students and alumni as citizens.
 * v5: a round on authors4: a reader-letters page (`/cartas-al-director/`) says a citizen wrote it,
 * a byline's role ("catedràtic d'Economia") outweighs the news site, commuters, readers and
 * employees in their own words, vocational schools, libraries, choirs and puppet companies,
 * time banks and the social economy, hyperlocal media and photojournalists, runners. */
export const STAKEHOLDER_TAGGER = 'stakeholder@5';

export interface StakeholderGuess {
  group: Stakeholder;
  confidence: number;
}

const Words = z.array(z.string().trim().min(1).max(100)).max(2000);

/** Editable table of author signals per stakeholder group (words, handle fragments, web domains). */
export const StakeholderSignalsSchema = z.object({
  version: z.literal(1),
  groups: z.partialRecord(StakeholderSchema, z.object({
    /** Words or phrases in the display name (strong) or bio (weaker), folded like post text. */
    words: Words,
    /** Fragments found inside a handle (`ajuntament` in `@AjuntamentBCN`). */
    handleParts: Words.default([]),
    /** Host names or suffixes (`.edu`, `gencat.cat`) of the author's site or the post's page. */
    domains: Words.default([]),
    /** Fragments of the post's URL path that say who writes (`cartas-al-director`: a reader). */
    paths: Words.default([]),
  })),
  /** Bio words of a supporter ("fan", "soci del"): sport words next to them describe a fan, not a club. */
  fanWords: Words.default([]),
  /** Name or bio words of a parody account ("paròdia", "parody"): an institution's words next to them are the joke. */
  parodyWords: Words.default([]),
  /** Platforms where a plain account with no other signal is a citizen. */
  socialPlatforms: z.array(PlatformSchema),
});
export type StakeholderSignals = z.infer<typeof StakeholderSignalsSchema>;

/** The built-in signal table (es/ca/en). */
export const DEFAULT_STAKEHOLDER_SIGNALS: StakeholderSignals = StakeholderSignalsSchema.parse(signalsData);

// When two groups score the same, the more specific institution wins.
const PRIORITY: Stakeholder[] = [
  'official', 'international', 'media', 'academia', 'culture', 'sport', 'civil_society', 'business', 'citizen',
];
// A byline's own words ("catedràtic d'Economia", "presidenta de l'AVV") outweigh the news site
// it appears on; a reader-letters section outweighs both the site and a name's institution.
const WEIGHT = { name: 2, handle: 2, bio: 1, authorDomain: 3, pageDomain: 1.5, pagePath: 3 } as const;

interface Phrase { words: string[]; group: number }

/** A signal table prepared once: phrases indexed by first word. */
export interface CompiledSignals {
  byFirst: Map<string, Phrase[]>;
  handleParts: Array<[string, number]>;
  domains: Array<[string, number]>;
  paths: Array<[string, number]>;
  fanWords: Map<string, string[][]>;
  parodyWords: Map<string, string[][]>;
  social: Set<Platform>;
}

function indexPhrases(list: string[], group: number, into: Map<string, Phrase[]>): void {
  for (const w of list) {
    const words = [...tokenizeUncached(w).words];
    if (!words.length) continue;
    const bucket = into.get(words[0]) ?? [];
    bucket.push({ words, group });
    into.set(words[0], bucket);
  }
}

/** Compiles a signal table for `inferStakeholder`. */
export function compileSignals(signals: StakeholderSignals): CompiledSignals {
  const byFirst = new Map<string, Phrase[]>();
  const handleParts: Array<[string, number]> = [];
  const domains: Array<[string, number]> = [];
  const paths: Array<[string, number]> = [];
  STAKEHOLDERS.forEach((group, g) => {
    const s = signals.groups[group];
    if (!s) return;
    indexPhrases(s.words, g, byFirst);
    for (const h of s.handleParts) handleParts.push([h.toLowerCase(), g]);
    for (const d of s.domains) domains.push([d.toLowerCase(), g]);
    for (const d of s.paths) paths.push([d.toLowerCase(), g]);
  });
  const wordLists = (list: string[]) => {
    const m = new Map<string, Phrase[]>();
    indexPhrases(list, -1, m);
    return new Map([...m].map(([k, v]) => [k, v.map((p) => p.words)]));
  };
  return { byFirst, handleParts, domains, paths, fanWords: wordLists(signals.fanWords), parodyWords: wordLists(signals.parodyWords), social: new Set(signals.socialPlatforms) };
}

/**
 * Groups whose phrases occur in a text (each group once). A phrase inside a longer one of
 * another group does not count: "associació de botiguers" is business, not the civil society
 * its "associació" alone would say.
 */
function groupsIn(words: readonly string[], sig: CompiledSignals): Set<number> {
  const found = new Set<number>();
  const hits: Array<{ start: number; end: number; group: number }> = [];
  for (let i = 0; i < words.length; i++) {
    for (const p of sig.byFirst.get(words[i]) ?? []) {
      if (p.words.every((w, j) => words[i + j] === w)) hits.push({ start: i, end: i + p.words.length, group: p.group });
    }
  }
  for (const h of hits) {
    const inside = hits.some((o) => o.group !== h.group && o.end - o.start > h.end - h.start && o.start <= h.start && o.end >= h.end);
    if (!inside) found.add(h.group);
  }
  return found;
}

function hasWordOf(list: Map<string, string[][]>, words: readonly string[]): boolean {
  return words.some((w, i) => (list.get(w) ?? []).some((p) => p.every((x, j) => words[i + j] === x)));
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase().replace(/^www\./, '') : undefined;
}

/** The lower-cased path of a URL (`/opinion/cartas-al-director/…`), without query or fragment. */
function pathOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : undefined;
}

/** Groups whose path fragments occur in a URL path (a reader-letters section → citizen). */
function pathGroups(path: string | undefined, sig: CompiledSignals): Set<number> {
  const found = new Set<number>();
  if (!path) return found;
  for (const [fragment, g] of sig.paths) if (path.includes(fragment)) found.add(g);
  return found;
}

function domainGroups(host: string | undefined, sig: CompiledSignals): Set<number> {
  const found = new Set<number>();
  if (!host) return found;
  for (const [d, g] of sig.domains) {
    // `.edu`, `.gov.uk`: a suffix; `uni-`: a prefix; `gencat.cat`: the host or a subdomain of it.
    const hit = d.startsWith('.') ? host.endsWith(d) || host.includes(`${d}.`)
      : d.endsWith('-') ? host.startsWith(d)
        : host === d || host.endsWith(`.${d}`);
    if (hit) found.add(g);
  }
  return found;
}

let defaultCompiled: CompiledSignals | undefined;

/**
 * Guesses the stakeholder group of a post's author from what the capture provides: display
 * name and handle (strong), bio (weaker), the author's site and the page's domain (news sites →
 * media, `.edu` → academia, `gencat.cat` → official…). Returns the best-scoring group with a
 * confidence in [0, 1] that grows with the evidence; a plain account on a social platform with
 * no signal is a citizen at low confidence; a news page with no other signal is media; with
 * nothing to go on, undefined.
 */
export function inferStakeholder(
  author: Author | undefined,
  url: string,
  platform: Platform,
  signals?: CompiledSignals,
): StakeholderGuess | undefined {
  // Nothing to read (a bare text, an RSS item without author): only the platform can speak.
  // Same answer as the full path below, without its allocations on every such post.
  if (!author && !url) return platform === 'news' ? { group: 'media', confidence: 0.6 } : undefined;
  const sig = signals ?? (defaultCompiled ??= compileSignals(DEFAULT_STAKEHOLDER_SIGNALS));
  const nameWords = author?.name ? tokenizeUncached(author.name).words : [];
  const bioWords = author?.bio ? tokenizeUncached(author.bio).words : [];
  // A parody of the mayor is written by a private person, whatever the name says.
  if (hasWordOf(sig.parodyWords, nameWords) || hasWordOf(sig.parodyWords, bioWords)) return { group: 'citizen', confidence: 0.6 };
  const score = new Array<number>(STAKEHOLDERS.length).fill(0);
  const add = (groups: Set<number>, w: number) => { for (const g of groups) score[g] += w; };
  const sport = STAKEHOLDERS.indexOf('sport');

  add(groupsIn(nameWords, sig), WEIGHT.name);
  const bioGroups = groupsIn(bioWords, sig);
  if (hasWordOf(sig.fanWords, bioWords) || hasWordOf(sig.fanWords, nameWords)) bioGroups.delete(sport);
  add(bioGroups, WEIGHT.bio);
  const handle = author?.handle?.toLowerCase().replace(/^@/, '');
  if (handle) {
    const fromHandle = groupsIn(tokenizeUncached(handle.replace(/[_.-]+/g, ' ')).words, sig);
    for (const [part, g] of sig.handleParts) if (handle.includes(part)) fromHandle.add(g);
    add(fromHandle, WEIGHT.handle);
  }
  add(domainGroups(hostOf(author?.url), sig), WEIGHT.authorDomain);
  add(domainGroups(hostOf(url), sig), WEIGHT.pageDomain);
  add(pathGroups(pathOf(url), sig), WEIGHT.pagePath);

  // "Estudiant a la UB", "35 anys als Mossos": a person describing themselves is a citizen even
  // when the bio names an institution as much as they do.
  const citizen = STAKEHOLDERS.indexOf('citizen');
  if (score[citizen] > 0) score[citizen] += 0.5;
  const ranked = PRIORITY.map((group) => ({ group, s: score[STAKEHOLDERS.indexOf(group)] }))
    .filter((r) => r.s > 0)
    .sort((a, b) => b.s - a.s);
  const best = ranked[0];
  if (!best) {
    if (platform === 'news') return { group: 'media', confidence: 0.6 };
    if (sig.social.has(platform) && (author?.handle || author?.name)) {
      // A verified account with no telling words may well be an institution or a public figure.
      return { group: 'citizen', confidence: author.verified ? 0.2 : 0.3 };
    }
    return undefined;
  }
  const second = ranked[1]?.s ?? 0;
  let confidence = 0.35 + 0.12 * best.s - 0.1 * second;
  if (author?.verified && best.group !== 'citizen') confidence += 0.05;
  return { group: best.group, confidence: Math.round(Math.min(0.95, Math.max(0.3, confidence)) * 100) / 100 };
}
