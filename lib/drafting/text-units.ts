// Words and sentences with their character offsets, shared by readability and clarity rules.

/** A span of the text: [start, end) in UTF-16 offsets, as String.slice takes them. */
export type Span = { text: string; start: number; end: number };

// Letters (with combining marks) joined by the Catalan middle dot or an inner hyphen-free dot:
// l·l stays one word; apostrophes split (l'Ajuntament → l, Ajuntament) as in print.
const WORD = /[\p{L}\p{M}]+(?:[\u00b7\u2027\u22c5][\p{L}\p{M}]+)*/gu;
const URL_OR_HANDLE = /\bhttps?:\/\/\S+|\bwww\.\S+|[@#][\p{L}\p{N}_.]+/gu;

/** Spans of URLs, @handles and #hashtags, which are not prose. */
export function nonProseSpans(text: string): Span[] {
  return [...text.matchAll(URL_OR_HANDLE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function insideAny(pos: number, spans: Span[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

/** Words made of letters, outside URLs, handles and hashtags. Numbers are not words here. */
export function words(text: string): Span[] {
  const skip = nonProseSpans(text);
  return [...text.matchAll(WORD)]
    .filter((m) => !insideAny(m.index, skip))
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

// Abbreviations whose dot does not end a sentence (es, ca, en).
const ABBREV = new Set([
  'sr', 'sra', 'srs', 'dr', 'dra', 'núm', 'num', 'pág', 'pàg', 'aprox', 'etc', 'ej', 'ex', 'p', 'pl',
  'av', 'avda', 'c', 'tel', 'mr', 'mrs', 'ms', 'st', 'vs', 'vol', 'fig', 'sta', 'sto', 'ud', 'uds',
]);

/** Sentences: split after . ! ? … (not in decimals, abbreviations or URLs) and at line breaks. */
export function sentences(text: string): Span[] {
  const skip = nonProseSpans(text);
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') { push(i + 1); continue; }
    if (!'.!?…'.includes(ch) || insideAny(i, skip)) continue;
    let j = i + 1;
    while (j < text.length && '.!?…"»”)\''.includes(text[j])) j++;
    if (j < text.length && !/\s/.test(text[j])) { i = j - 1; continue; }
    if (ch === '.') {
      const before = text.slice(Math.max(0, i - 12), i).match(/([\p{L}]+)$/u)?.[1]?.toLowerCase();
      if (before && ABBREV.has(before)) { i = j - 1; continue; }
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}
