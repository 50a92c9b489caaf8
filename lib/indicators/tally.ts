import { TallySchema, type Tally } from '../model/indicator';
import type { Mention } from '../model/mention';
import { NEGATIVE_ATTRIBUTES, POSITIVE_ATTRIBUTES, type Attribute } from '../model/taxonomy';
import { engagementOf } from './engagement';

const POSITIVE = new Set<Attribute>(POSITIVE_ATTRIBUTES);
const NEGATIVE = new Set<Attribute>(NEGATIVE_ATTRIBUTES);
const COUNT_FIELDS = ['n', 'pos', 'neu', 'neg', 'posAttr', 'negAttr', 'pScore5', 'pScore5Sq', 'engagement', 'engagementKnown'] as const;
const MAP_FIELDS = ['attributes', 'topics', 'platforms', 'origins', 'langs', 'stakeholders'] as const;

/** A tally of nothing. */
export function emptyTally(): Tally {
  return {
    n: 0, pos: 0, neu: 0, neg: 0, posAttr: 0, negAttr: 0, pScore5: 0, pScore5Sq: 0,
    attributes: {}, topics: {}, platforms: {}, origins: {}, langs: {}, stakeholders: {},
    engagement: 0, engagementKnown: 0,
  };
}

/** Sentiment sign s and attribute sign a of one mention (both −1, 0 or 1). */
export function perceptionSigns(m: Pick<Mention, 'sentiment' | 'attributes'>): { s: number; a: number } {
  const s = m.sentiment.label === 'positive' ? 1 : m.sentiment.label === 'negative' ? -1 : 0;
  const hasPos = m.attributes.some((x) => POSITIVE.has(x));
  const hasNeg = m.attributes.some((x) => NEGATIVE.has(x));
  return { s, a: Number(hasPos) - Number(hasNeg) };
}

function bump<K extends string>(map: Partial<Record<K, number>>, key: K, by: number): void {
  const next = (map[key] ?? 0) + by;
  if (next === 0) delete map[key];
  else map[key] = next;
}

/** Adds one mention to a tally in place (sign −1 removes it). */
export function addMention(t: Tally, m: Mention, sign: 1 | -1 = 1): Tally {
  const label = m.sentiment.label;
  const s = label === 'positive' ? 1 : label === 'negative' ? -1 : 0;
  let hasPos = false;
  let hasNeg = false;
  const attrs = m.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const x = attrs[i];
    // A mention counts once per attribute even if the tagger repeated it.
    if (attrs.indexOf(x) !== i) continue;
    if (POSITIVE.has(x)) hasPos = true;
    else if (NEGATIVE.has(x)) hasNeg = true;
    bump(t.attributes, x, sign);
  }
  const topics = m.topics;
  for (let i = 0; i < topics.length; i++) if (topics.indexOf(topics[i]) === i) bump(t.topics, topics[i], sign);
  const x5 = 3 * s + 2 * (Number(hasPos) - Number(hasNeg));
  t.n += sign;
  if (s > 0) t.pos += sign;
  else if (s < 0) t.neg += sign;
  else t.neu += sign;
  if (hasPos) t.posAttr += sign;
  if (hasNeg) t.negAttr += sign;
  t.pScore5 += sign * x5;
  t.pScore5Sq += sign * x5 * x5;
  bump(t.platforms, m.platform, sign);
  bump(t.origins, m.origin, sign);
  bump(t.langs, m.lang, sign);
  if (m.stakeholder) bump(t.stakeholders, m.stakeholder, sign);
  const e = engagementOf(m);
  if (e !== null) {
    t.engagement += sign * e;
    t.engagementKnown += sign;
  }
  return t;
}

/** The tally of a list of mentions. */
export function tallyMentions(mentions: readonly Mention[]): Tally {
  const t = emptyTally();
  for (const m of mentions) addMention(t, m, 1);
  return t;
}

/** Adds `b` (times `sign`) into `a` in place; zero map entries are dropped. */
export function addTally(a: Tally, b: Tally, sign: 1 | -1 = 1): Tally {
  for (const f of COUNT_FIELDS) a[f] += sign * b[f];
  for (const f of MAP_FIELDS) {
    const target = a[f] as Record<string, number>;
    for (const [k, v] of Object.entries(b[f] as Record<string, number>)) bump(target, k, sign * v);
  }
  return a;
}

/** Sum of several tallies (e.g. the daily rollups of a window). */
export function sumTallies(tallies: Iterable<Tally>): Tally {
  const t = emptyTally();
  for (const x of tallies) addTally(t, x, 1);
  return t;
}

/** Copies only the tally fields (drops `day` and anything else). */
export function pickTally(x: Tally): Tally {
  return TallySchema.parse(x);
}
