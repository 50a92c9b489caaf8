import type { Attribute, Lang, Topic } from '../model/taxonomy';

export const TOPICS_TAGGER = 'topics@0';

/** v0 placeholder until the taxonomy tagger lands: no topics, no attributes. */
export function tagTopics(_text: string, _lang: Lang): { topics: Topic[]; attributes: Attribute[] } {
  return { topics: [], attributes: [] };
}
