import type { Mention } from '../model/mention';
import type { Pipeline } from './pipeline';
import { retaggedWithEdits } from './tag-edits';

/** True when a mention was tagged by other tagger versions than the pipeline's. */
export function needsRetag(m: Pick<Mention, 'taggers'>, versions: Record<string, string>): boolean {
  for (const [id, v] of Object.entries(versions)) if (m.taggers[id] !== v) return true;
  return false;
}

/**
 * Re-tags a stored mention with the current pipeline. What the user decided stays: an author
 * override (confidence 1) keeps its group, and corrected tags stay corrected (tag-edits.ts); a
 * mention that no longer matches the profile is kept (never silently deleted) and marked
 * `unmatched`.
 */
export function retagMention(m: Mention, pipeline: Pipeline): Mention {
  const tags = pipeline.tag({ text: m.text, title: m.title, author: m.author, url: m.url, platform: m.platform });
  const next: Mention = {
    ...retaggedWithEdits(m, { topics: tags.topics, attributes: tags.attributes, sentiment: tags.sentiment }),
    lang: tags.lang,
    matched: tags.matched,
    taggers: tags.taggers,
  };
  if (m.stakeholderConfidence !== 1) {
    next.stakeholder = tags.stakeholder;
    next.stakeholderConfidence = tags.stakeholderConfidence;
    if (next.stakeholder === undefined) delete next.stakeholder;
    if (next.stakeholderConfidence === undefined) delete next.stakeholderConfidence;
  }
  if (tags.isMatch) delete next.unmatched;
  else next.unmatched = true;
  return next;
}
