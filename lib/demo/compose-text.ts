/** Values for a template's slots: see TopicLines in phrasebook.ts. */
export interface Slots {
  p: string;
  d: string;
  n: string;
  c: string;
  C: string;
  t: string;
}

/** Fills `{p}`-style slots and capitalises each sentence start that a slot left in lower case. */
export function fillTemplate(template: string, slots: Slots): string {
  const filled = template.replace(/\{([pdncCt])\}/g, (_, key: keyof Slots) => slots[key]);
  return capitalizeSentences(filled);
}

/** Upper-cases the first letter of the text and of every sentence after . ! ? (past ¿ ¡ and quotes). */
export function capitalizeSentences(text: string): string {
  return text.replace(/(^|[.!?]\s+)([¿¡"«]?)(\p{Ll})/gu, (_, lead: string, mark: string, letter: string) =>
    `${lead}${mark}${letter.toUpperCase()}`);
}

/** Joins the parts of a post with single spaces, skipping empty ones. */
export function joinParts(parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => !!p && p.trim().length > 0).join(' ');
}

/** Turns a headline-style sentence into a title: first sentence, no final full stop. */
export function asTitle(sentence: string): string {
  const first = sentence.split(/(?<=[.!?])\s+/)[0];
  return first.replace(/\.$/, '');
}
