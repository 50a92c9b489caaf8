import {
  TAXONOMY_LANGS, type TermsByLang, type TopicTaxonomy,
} from '../model/topic-taxonomy';
import { ATTRIBUTES, TOPICS, type Attribute, type Lang, type Topic } from '../model/taxonomy';
import { lightStem } from './stem';
import { DEFAULT_TAXONOMY } from './taxonomy/default-taxonomy';
import { tokenize } from './text-fold';

export const TOPICS_TAGGER = 'topics@1';

/** One word of a compiled term: a stem, an exact folded word (`=car`) or a prefix (`turis*`). */
interface TermWord {
  text: string;
  mode: 'stem' | 'exact' | 'prefix';
}

interface Entry {
  words: TermWord[];
  topics: Set<Topic>;
  attributes: Set<Attribute>;
  /** Attributes this term says only when negated (`no es barata` → expensive). */
  negated: Set<Attribute>;
  stop: boolean;
  /** The three sets above as indexes into TOPICS / ATTRIBUTES, filled once compiled. */
  topicIds: number[];
  attrIds: number[];
  negatedIds: number[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entries?: Entry[];
}

interface LangIndex {
  /** Language whose stemmer built the index (and must stem the text). */
  stemLang: Lang;
  /** Stem of the first word → entries. */
  byFirst: Map<string, Entry[]>;
  /** Exact folded first word (`=car`) → entries: a map of its own, so a text word is looked up as is, no `=` string built. */
  byExact: Map<string, Entry[]>;
  /** Prefix first words, walked character by character. */
  prefixes: TrieNode;
  negators: Set<string>;
  /** Some term has an `=exact` first word (saves a lookup per token when none does). */
  hasExact: boolean;
}

/** A taxonomy compiled for one-pass tagging. Build it once with `compileTaxonomy`. */
export interface CompiledTaxonomy {
  byLang: Map<Lang, LangIndex>;
  /** Every language's terms together, for `und` and languages the taxonomy does not list. */
  fallback: LangIndex;
  window: number;
  /** By attribute index: the opposite's index or -1; the implied topics' indexes. */
  oppositeIds: number[];
  attributeTopicIds: number[][];
}

function parseTerm(term: string, lang: Lang): TermWord[] {
  return term.split(/\s+/).flatMap((raw): TermWord[] => {
    const mode = raw.startsWith('=') ? 'exact' : raw.endsWith('*') ? 'prefix' : 'stem';
    const bare = mode === 'exact' ? raw.slice(1) : mode === 'prefix' ? raw.slice(0, -1) : raw;
    // Fold exactly as text is folded; an apostrophe inside a term splits it into words too.
    return tokenize(bare).words.map((w, i, all) => {
      const m = mode === 'prefix' && i < all.length - 1 ? 'stem' : mode;
      return { text: m === 'stem' ? lightStem(w, lang) : w, mode: m };
    });
  });
}

function newIndex(stemLang: Lang): LangIndex {
  return { stemLang, byFirst: new Map(), byExact: new Map(), prefixes: { next: new Map() }, negators: new Set(), hasExact: false };
}

function entryFor(index: LangIndex, keyed: Map<string, Entry>, words: TermWord[]): Entry {
  const key = words.map((w) => `${w.mode[0]}:${w.text}`).join(' ');
  let entry = keyed.get(key);
  if (entry) return entry;
  entry = {
    words, topics: new Set(), attributes: new Set(), negated: new Set(), stop: false,
    topicIds: [], attrIds: [], negatedIds: [],
  };
  keyed.set(key, entry);
  const first = words[0];
  if (first.mode === 'prefix') {
    let node = index.prefixes;
    for (let i = 0; i < first.text.length; i++) {
      const c = first.text.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    (node.entries ??= []).push(entry);
  } else {
    if (first.mode === 'exact') index.hasExact = true;
    const map = first.mode === 'exact' ? index.byExact : index.byFirst;
    const list = map.get(first.text) ?? [];
    list.push(entry);
    map.set(first.text, list);
  }
  return entry;
}

/** Compiles a taxonomy into per-language token indexes (one pass over a text's tokens later). */
export function compileTaxonomy(tax: TopicTaxonomy): CompiledTaxonomy {
  const byLang = new Map<Lang, LangIndex>();
  const fallback = newIndex('und');
  const keyedByIndex = new Map<LangIndex, Map<string, Entry>>([[fallback, new Map()]]);
  const indexFor = (lang: Lang): LangIndex => {
    let index = byLang.get(lang);
    if (!index) {
      index = newIndex(lang);
      byLang.set(lang, index);
      keyedByIndex.set(index, new Map());
    }
    return index;
  };
  const addAll = (lists: TermsByLang | undefined, apply: (e: Entry) => void) => {
    if (!lists) return;
    for (const lang of TAXONOMY_LANGS) {
      for (const term of lists[lang] ?? []) {
        for (const index of [indexFor(lang), fallback]) {
          const words = parseTerm(term, index.stemLang);
          if (words.length) apply(entryFor(index, keyedByIndex.get(index)!, words));
        }
      }
    }
  };
  for (const topic of TOPICS) addAll(tax.topics[topic], (e) => e.topics.add(topic));
  for (const attr of ATTRIBUTES) addAll(tax.attributes[attr], (e) => e.attributes.add(attr));
  for (const attr of ATTRIBUTES) addAll(tax.negatedAttributes[attr], (e) => e.negated.add(attr));
  addAll(tax.stopPhrases, (e) => { e.stop = true; });
  for (const lang of TAXONOMY_LANGS) {
    for (const n of tax.negators[lang] ?? []) {
      for (const w of tokenize(n).words) {
        indexFor(lang).negators.add(w);
        fallback.negators.add(w);
      }
    }
  }
  for (const keyed of keyedByIndex.values()) {
    for (const e of keyed.values()) {
      e.topicIds = TOPICS.flatMap((t, i) => (e.topics.has(t) ? [i] : []));
      e.attrIds = ATTRIBUTES.flatMap((a, i) => (e.attributes.has(a) ? [i] : []));
      e.negatedIds = ATTRIBUTES.flatMap((a, i) => (e.negated.has(a) ? [i] : []));
    }
  }
  const oppositeIds = ATTRIBUTES.map((a) => {
    const o = tax.opposites[a];
    return o ? ATTRIBUTES.indexOf(o) : -1;
  });
  const attributeTopicIds = ATTRIBUTES.map((a) => (tax.attributeTopics[a] ?? []).map((t) => TOPICS.indexOf(t)));
  return { byLang, fallback, window: tax.negationWindow, oppositeIds, attributeTopicIds };
}

function fits(e: Entry, words: readonly string[], stems: string[], i: number): boolean {
  const n = e.words.length;
  if (i + n > words.length) return false;
  for (let j = 1; j < n; j++) {
    const w = e.words[j];
    const ok = w.mode === 'stem' ? stems[i + j] === w.text
      : w.mode === 'exact' ? words[i + j] === w.text
        : words[i + j].startsWith(w.text);
    if (!ok) return false;
  }
  return true;
}

/** Adds every entry of `list` that fits at token i to the hit lists. */
function collect(list: Entry[] | undefined, words: readonly string[], stems: string[], i: number, starts: number[], entries: Entry[]): void {
  if (!list) return;
  for (let k = 0; k < list.length; k++) {
    if (fits(list[k], words, stems, i)) {
      starts.push(i);
      entries.push(list[k]);
    }
  }
}

let defaultCompiled: CompiledTaxonomy | undefined;
const compiledCache = new WeakMap<TopicTaxonomy, CompiledTaxonomy>();

function compiledFor(tax: TopicTaxonomy | CompiledTaxonomy | undefined): CompiledTaxonomy {
  if (!tax) return (defaultCompiled ??= compileTaxonomy(DEFAULT_TAXONOMY));
  if ('byLang' in tax) return tax;
  let c = compiledCache.get(tax);
  if (!c) compiledCache.set(tax, (c = compileTaxonomy(tax)));
  return c;
}

/**
 * Tags a text with city topics and brand attributes in one pass over its tokens: every taxonomy
 * term found counts, except that stop phrases (`seguro que`, `safe to say`, `clean sheet`)
 * override the terms they overlap with their own labels (often none); an attribute term with a
 * negator up to `negationWindow` words before it is negated — a negated positive attribute
 * becomes its opposite when the taxonomy names one (`no és segura` → unsafe), any other negated
 * attribute is dropped. `taxonomy` defaults to the built-in one; a compiled one skips the
 * (cached) compilation.
 */
export function tagTopics(
  text: string,
  lang: Lang,
  taxonomy?: TopicTaxonomy | CompiledTaxonomy,
): { topics: Topic[]; attributes: Attribute[] } {
  const tax = compiledFor(taxonomy);
  const index = tax.byLang.get(lang) ?? tax.fallback;
  const { words } = tokenize(text);
  const n = words.length;
  const stems = new Array<string>(n);
  for (let i = 0; i < n; i++) stems[i] = lightStem(words[i], index.stemLang);

  const starts: number[] = [];
  const entries: Entry[] = [];
  const hasPrefixes = index.prefixes.next.size > 0;
  for (let i = 0; i < n; i++) {
    collect(index.byFirst.get(stems[i]), words, stems, i, starts, entries);
    if (index.hasExact) collect(index.byExact.get(words[i]), words, stems, i, starts, entries);
    if (!hasPrefixes) continue;
    let node: TrieNode | undefined = index.prefixes;
    const w = words[i];
    for (let c = 0; node && c < w.length; c++) {
      node = node.next.get(w.charCodeAt(c));
      if (node?.entries) collect(node.entries, words, stems, i, starts, entries);
    }
  }
  if (!entries.length) return { topics: [], attributes: [] };

  const topicOn = new Uint8Array(TOPICS.length);
  const attrOn = new Uint8Array(ATTRIBUTES.length);
  for (let h = 0; h < entries.length; h++) {
    const e = entries[h];
    const start = starts[h];
    const end = start + e.words.length - 1;
    if (!e.stop && overlapsStop(starts, entries, start, end)) continue;
    for (const t of e.topicIds) topicOn[t] = 1;
    if (!e.attrIds.length && !e.negatedIds.length) continue;
    const isNegated = negatedAt(index, words, start, tax.window);
    for (const a of e.attrIds) {
      for (const t of tax.attributeTopicIds[a]) topicOn[t] = 1;
      if (!isNegated) attrOn[a] = 1;
      else if (tax.oppositeIds[a] >= 0) attrOn[tax.oppositeIds[a]] = 1;
    }
    if (isNegated) for (const a of e.negatedIds) attrOn[a] = 1;
  }
  const topics: Topic[] = [];
  const attributes: Attribute[] = [];
  for (let a = 0; a < ATTRIBUTES.length; a++) {
    if (!attrOn[a]) continue;
    attributes.push(ATTRIBUTES[a]);
    for (const t of tax.attributeTopicIds[a]) topicOn[t] = 1;
  }
  for (let t = 0; t < TOPICS.length; t++) if (topicOn[t]) topics.push(TOPICS[t]);
  return { topics, attributes };
}

function overlapsStop(starts: number[], entries: Entry[], start: number, end: number): boolean {
  for (let h = 0; h < entries.length; h++) {
    const e = entries[h];
    if (e.stop && start <= starts[h] + e.words.length - 1 && end >= starts[h]) return true;
  }
  return false;
}

function negatedAt(index: LangIndex, words: readonly string[], start: number, window: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - window; k--) if (index.negators.has(words[k])) return true;
  return false;
}
