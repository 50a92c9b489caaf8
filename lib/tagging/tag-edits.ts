import type { Mention, Sentiment, TagEdits } from '../model/mention';
import { ATTRIBUTES, TOPICS, type Attribute, type SentimentLabel, type Topic } from '../model/taxonomy';

/** One correction: a topic or attribute on or off, or the sentiment label. */
export type TagEdit =
  | { kind: 'topic'; label: Topic; on: boolean }
  | { kind: 'attribute'; label: Attribute; on: boolean }
  | { kind: 'sentiment'; label: SentimentLabel };

/** Tagger id of a sentiment the user set. */
export const USER_SENTIMENT_TAGGER = 'user';
/** Score of a sentiment label the user set against the tagger's: the middle of its side of the scale. */
const USER_SCORE: Record<SentimentLabel, number> = { negative: -0.5, neutral: 0, positive: 0.5 };

type Tags = Pick<Mention, 'topics' | 'attributes' | 'sentiment'>;

/** The tags a mention shows: the tagger's, with the user's corrections (taxonomy order). */
export function applyTagEdits(edits: TagEdits): Tags {
  const { tagged } = edits;
  const sentiment: Sentiment = edits.sentiment && edits.sentiment !== tagged.sentiment.label
    ? { label: edits.sentiment, score: USER_SCORE[edits.sentiment], tagger: USER_SENTIMENT_TAGGER }
    : tagged.sentiment;
  return {
    topics: TOPICS.filter((t) => edits.addTopics.includes(t) || (tagged.topics.includes(t) && !edits.removeTopics.includes(t))),
    attributes: ATTRIBUTES.filter((a) => edits.addAttributes.includes(a) || (tagged.attributes.includes(a) && !edits.removeAttributes.includes(a))),
    sentiment,
  };
}

/** Adds or removes `x` from a list, keeping it without duplicates. */
function toggled<T>(list: T[], x: T, on: boolean): T[] {
  const rest = list.filter((y) => y !== x);
  return on ? [...rest, x] : rest;
}

/** Whether the corrections still change anything. */
function changesSomething(e: TagEdits): boolean {
  return e.addTopics.length + e.removeTopics.length + e.addAttributes.length + e.removeAttributes.length > 0
    || (e.sentiment !== undefined && e.sentiment !== e.tagged.sentiment.label);
}

/**
 * Applies one correction to a mention. A correction that brings a tag back to what the tagger
 * said is dropped; a mention left with none has no `tagEdits`.
 */
export function editMentionTags(m: Mention, edit: TagEdit, now: Date): Mention {
  const e: TagEdits = m.tagEdits
    ? { ...m.tagEdits }
    : { tagged: { topics: m.topics, attributes: m.attributes, sentiment: m.sentiment }, addTopics: [], removeTopics: [], addAttributes: [], removeAttributes: [], editedAt: now.toISOString() };
  e.editedAt = now.toISOString();
  if (edit.kind === 'topic') {
    const tagged = e.tagged.topics.includes(edit.label);
    e.addTopics = toggled(e.addTopics, edit.label, edit.on && !tagged);
    e.removeTopics = toggled(e.removeTopics, edit.label, !edit.on && tagged);
  } else if (edit.kind === 'attribute') {
    const tagged = e.tagged.attributes.includes(edit.label);
    e.addAttributes = toggled(e.addAttributes, edit.label, edit.on && !tagged);
    e.removeAttributes = toggled(e.removeAttributes, edit.label, !edit.on && tagged);
  } else if (edit.label === e.tagged.sentiment.label) delete e.sentiment;
  else e.sentiment = edit.label;
  return withEdits(m, changesSomething(e) ? e : undefined);
}

/** The mention with the tagger's own tags back and no corrections. */
export function resetMentionTags(m: Mention): Mention {
  return m.tagEdits ? withEdits(m, undefined) : m;
}

/**
 * The mention after re-tagging: `tags` are the tagger's new tags; the user's corrections, if
 * any, apply to them.
 */
export function retaggedWithEdits(m: Mention, tags: Tags): Mention {
  if (!m.tagEdits) return { ...m, ...tags };
  return withEdits(m, { ...m.tagEdits, tagged: { topics: tags.topics, attributes: tags.attributes, sentiment: tags.sentiment } });
}

/** The mention showing the tagger's tags with `e` applied, or the tagger's own tags when `e` is undefined. */
function withEdits(m: Mention, e: TagEdits | undefined): Mention {
  if (e) return { ...m, ...applyTagEdits(e), tagEdits: e };
  const { tagEdits, ...rest } = m;
  return tagEdits ? { ...rest, ...tagEdits.tagged } : rest;
}
