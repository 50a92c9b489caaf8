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
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entries?: Entry[];
}

interface LangIndex {
  /** Language whose stemmer built the index (and must stem the text). */
  stemLang: Lang;
  /** Stem or `=word` of the first word → entries. */
  byFirst: Map<string, Entry[]>;
  /** Prefix first words, walked character by character. */
  prefixes: TrieNode;
  negators: Set<string>;
}

/** A taxonomy compiled for one-pass tagging. Build it once with `compileTaxonomy`. */
export interface CompiledTaxonomy {
  byLang: Map<Lang, LangIndex>;
  /** Every language's terms together, for `und` and languages the taxonomy does not list. */
  fallback: LangIndex;
  window: number;
  opposites: Partial<Record<Attribute, Attribute>>;
  attributeTopics: Partial<Record<Attribute, Topic[]>>;
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
  return { stemLang, byFirst: new Map(), prefixes: { next: new Map() }, negators: new Set() };
}

function entryFor(index: LangIndex, keyed: Map<string, Entry>, words: TermWord[]): Entry {
  const key = words.map((w) => `${w.mode[0]}:${w.text}`).join(' ');
  let entry = keyed.get(key);
  if (entry) return entry;
  entry = { words, topics: new Set(), attributes: new Set(), negated: new Set(), stop: false };
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
    const k = first.mode === 'exact' ? `=${first.text}` : first.text;
    const list = index.byFirst.get(k) ?? [];
    list.push(entry);
    index.byFirst.set(k, list);
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
  return {
    byLang, fallback, window: tax.negationWindow, opposites: tax.opposites, attributeTopics: tax.attributeTopics,
  };
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

/** Every entry that fits at token i, added to `out` with its start. */
function entriesAt(index: LangIndex, words: readonly string[], stems: string[], i: number, out: Array<[number, Entry]>): void {
  const consider = (list: Entry[] | undefined) => {
    if (list) for (const e of list) if (fits(e, words, stems, i)) out.push([i, e]);
  };
  consider(index.byFirst.get(stems[i]));
  consider(index.byFirst.get(`=${words[i]}`));
  let node: TrieNode | undefined = index.prefixes;
  const w = words[i];
  for (let c = 0; node && c < w.length; c++) {
    node = node.next.get(w.charCodeAt(c));
    if (node?.entries) consider(node.entries);
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
 * override the terms they overlap with their own labels (often none), and an attribute term preceded by a negator within the window is negated — a
 * negated positive attribute becomes its opposite when the taxonomy names one (`no és segura` →
 * unsafe), any other negated attribute is dropped. `taxonomy` defaults to the built-in one;
 * pass a compiled one to skip the (cached) compilation.
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

  const hits: Array<[number, Entry]> = [];
  for (let i = 0; i < n; i++) entriesAt(index, words, stems, i, hits);
  // A stop phrase overrides every other term overlapping it; its own labels (if any) stay.
  const stopped = hits.filter(([, e]) => e.stop).map(([s, e]): [number, number, Entry] => [s, s + e.words.length - 1, e]);
  const topics = new Set<Topic>();
  const attributes = new Set<Attribute>();
  for (const [start, e] of hits) {
    const end = start + e.words.length - 1;
    if (stopped.some(([s, t, stop]) => stop !== e && start <= t && end >= s)) continue;
    for (const t of e.topics) topics.add(t);
    const isNegated = (e.attributes.size > 0 || e.negated.size > 0) && negatedAt(index, words, start, tax.window);
    for (const a of e.attributes) {
      for (const t of tax.attributeTopics[a] ?? []) topics.add(t);
      if (!isNegated) attributes.add(a);
      else if (tax.opposites[a]) attributes.add(tax.opposites[a]);
    }
    if (isNegated) for (const a of e.negated) attributes.add(a);
  }
  for (const a of attributes) for (const t of tax.attributeTopics[a] ?? []) topics.add(t);
  return {
    topics: TOPICS.filter((t) => topics.has(t)),
    attributes: ATTRIBUTES.filter((a) => attributes.has(a)),
  };
}

function negatedAt(index: LangIndex, words: readonly string[], start: number, window: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - window; k--) if (index.negators.has(words[k])) return true;
  return false;
}
