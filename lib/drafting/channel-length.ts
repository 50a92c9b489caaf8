import twitterText from 'twitter-text';
import type { Channel } from '../model/draft';

/** How a channel measures a post. */
export type ChannelRule = {
  limit: number;
  unit: 'weighted' | 'graphemes' | 'words';
  /** True when the platform refuses longer posts; false for a readability target. */
  hard: boolean;
  why: string;
};

/** Length rules per channel (see lib/drafting/README.md for the reasons). */
export const CHANNEL_RULES: Readonly<Record<Channel, ChannelRule>> = {
  x: { limit: 280, unit: 'weighted', hard: true, why: 'X: 280, URLs count 23, most emoji and CJK count 2 (twitter-text rules).' },
  bluesky: { limit: 300, unit: 'graphemes', hard: true, why: 'Bluesky: 300 graphemes as written.' },
  mastodon: { limit: 500, unit: 'graphemes', hard: true, why: 'Mastodon: 500 characters, every URL counts 23, a remote @user@domain counts as @user.' },
  instagram: { limit: 2200, unit: 'graphemes', hard: true, why: 'Instagram: captions are cut off at 2,200 characters.' },
  facebook: { limit: 500, unit: 'graphemes', hard: false, why: 'Facebook allows 63,206 characters but folds posts behind "See more" after a few lines; ~500 keeps the message readable in the feed.' },
  press: { limit: 400, unit: 'words', hard: false, why: 'Press note: about one page, 400 words.' },
  newsletter: { limit: 120, unit: 'words', hard: false, why: 'Newsletter paragraph: read in one go, 120 words.' },
};

export type ChannelCount = {
  channel: Channel;
  count: number;
  limit: number;
  unit: ChannelRule['unit'];
  over: boolean;
  /** UTF-16 offset of the first character past the limit, when over. */
  overAt?: number;
};

const URL_RE = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'»”]|\bwww\.[^\s<>"]+[^\s<>".,;:!?)\]'»”]/g;
const REMOTE_MENTION = /(^|[^\p{L}\p{N}_])(@[\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Number of user-perceived characters (grapheme clusters), as Bluesky counts. */
export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

type Unit = { start: number; end: number; weight: number };

// Mastodon: URLs weigh 23 and the domain part of a remote mention weighs nothing.
function mastodonUnits(text: string): Unit[] {
  const special: Unit[] = [];
  for (const m of text.matchAll(URL_RE)) special.push({ start: m.index, end: m.index + m[0].length, weight: 23 });
  for (const m of text.matchAll(REMOTE_MENTION)) {
    const at = m.index + m[1].length + m[2].length;
    const end = m.index + m[0].length;
    if (!special.some((s) => at < s.end && end > s.start)) special.push({ start: at, end, weight: 0 });
  }
  return graphemeUnits(text, special);
}

function graphemeUnits(text: string, special: Unit[] = []): Unit[] {
  const units: Unit[] = [];
  const sorted = [...special].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const seg of segmenter.segment(text)) {
    if (seg.index < (units.at(-1)?.end ?? 0)) continue;
    const sp = sorted[i];
    if (sp && seg.index >= sp.start) { units.push(sp); i++; continue; }
    units.push({ start: seg.index, end: seg.index + seg.segment.length, weight: 1 });
  }
  return units;
}

function wordUnits(text: string): Unit[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, weight: 1 }));
}

function measure(units: Unit[], limit: number): { count: number; overAt?: number } {
  let count = 0;
  let overAt: number | undefined;
  for (const u of units) {
    count += u.weight;
    if (overAt === undefined && count > limit) overAt = u.start;
  }
  return { count, overAt };
}

/** Length of a text as the channel counts it, against the channel's limit. */
export function countForChannel(text: string, channel: Channel, limitOverride?: number): ChannelCount {
  const rule = CHANNEL_RULES[channel];
  const limit = limitOverride ?? rule.limit;
  let result: { count: number; overAt?: number };
  if (channel === 'x') {
    const parsed = twitterText.parseTweet(text);
    const over = parsed.weightedLength > limit;
    // validRangeEnd is the last UTF-16 index that still fits in 280 weighted characters.
    result = { count: parsed.weightedLength, overAt: over && limit === 280 ? parsed.validRangeEnd + 1 : undefined };
    if (over && result.overAt === undefined) result.overAt = measure(graphemeUnits(text), limit).overAt;
  } else if (channel === 'mastodon') {
    result = measure(mastodonUnits(text), limit);
  } else if (rule.unit === 'words') {
    result = measure(wordUnits(text), limit);
  } else {
    result = measure(graphemeUnits(text), limit);
  }
  const over = result.count > limit;
  return { channel, count: result.count, limit, unit: rule.unit, over, ...(over ? { overAt: result.overAt } : {}) };
}
