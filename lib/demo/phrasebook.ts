import type { Attribute, Topic } from '../model/taxonomy';

/** Languages the demo writes in. */
export type DemoLang = 'es' | 'ca' | 'en' | 'pt' | 'fr' | 'it';

/** The tone a sentence is written in; the taggers should read it back. */
export type Tone = 'neg' | 'neu' | 'pos';

/** Yearly events the demo plants (see calendar.ts). */
export type DemoEventId = 'merce' | 'santJordi' | 'mwc' | 'summer';

/**
 * Sentences about one topic. Slots: {p} place with "in" ("en el Raval"), {d} place with "of"
 * ("del Raval"), {n} bare place ("el Raval"), {c} the city by any of its names ("BCN"), {C} the
 * city's formal name, {t} a time ("anoche"). Every sentence names the city or a place of it.
 */
export interface TopicLines {
  /** Impersonal sentences, fit for a headline or a post. */
  neg: string[];
  neu: string[];
  pos: string[];
  /** First-person sentences: posts only, never headlines. */
  personal?: Partial<Record<Tone, string[]>>;
}

export interface EventLine {
  topic: Topic;
  tone: Tone;
  text: string;
}

/** Everything the composer needs to write in one language. */
export interface Phrasebook {
  lang: DemoLang;
  /** Names for {c}, most used first; the first is the formal one used for {C}. */
  cityNames: string[];
  times: string[];
  topics: Partial<Record<Topic, TopicLines>>;
  /** The planted violence episode: first-person posts, headlines and questions to the city. */
  episode: { social: string[]; news: string[]; asks: string[] };
  openers: Record<Tone, string[]>;
  closers: Record<Tone, string[]>;
  /** Complaints addressed to the city's own accounts. */
  asks: string[];
  /** Sentences that carry a brand attribute, in the attribute's own tone. */
  attributes: Partial<Record<Attribute, string[]>>;
  /** Closing lines of a news lede. */
  newsSources: string[];
  events: Partial<Record<DemoEventId, EventLine[]>>;
  hashtags: Partial<Record<Topic, string>>;
  /** Profile descriptions of residents ({d} is their neighbourhood). */
  citizenBios: string[];
}
