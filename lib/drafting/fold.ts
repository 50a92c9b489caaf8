const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = charCache.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u2019\u02bc]/g, "'");
    if (f.length !== ch.length) f = ch;
    if (charCache.size < 5000) charCache.set(ch, f);
  }
  return f;
}

/**
 * Lower case without accents, one UTF-16 unit out for one in, so offsets found in the folded
 * text are offsets in the original (characters whose folding would change length are kept).
 */
export function foldSameLength(text: string): string {
  // Plain ASCII needs only lower-casing; the rest goes through a per-character cache.
  if (/^[\t\n\r -~]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldChar(ch);
  return out;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A global regex matching any of the phrases as whole words in folded text. A phrase ending in
 * `*` matches as a prefix (mejor* → mejora, mejoras).
 */
export function phraseRegex(phrases: string[]): RegExp {
  // Checks run on every keystroke: compile each phrase list once.
  const key = phrases.join('\u0000');
  const cached = cache.get(key);
  if (cached) { cached.lastIndex = 0; return cached; }
  const alts = phrases
    .map((p) => foldSameLength(p))
    .sort((a, b) => b.length - a.length)
    .map((p) => (p.endsWith('*') ? `${escapeRegExp(p.slice(0, -1))}[\\p{L}\\p{M}·]*` : escapeRegExp(p)));
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}·])(?:${alts.join('|')})(?![\\p{L}\\p{M}\\p{N}·])`, 'gu');
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}
const cache = new Map<string, RegExp>();
