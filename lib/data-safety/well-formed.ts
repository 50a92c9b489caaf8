/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The replacement character that marks where a broken character was. */
export const REPLACEMENT = '\uFFFD';

/**
 * Replaces lone surrogates (invalid UTF-16: half of an emoji cut by a careless page) with
 * U+FFFD. Why: they cannot be encoded as UTF-8, so an export would silently change them and a
 * backup would not restore byte-exact; repairing them on the way in keeps every later copy exact,
 * and U+FFFD is the visible mark that something was broken.
 */
export function repairLoneSurrogates(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(LONE_SURROGATE, () => {
    repaired++;
    return REPLACEMENT;
  });
  return { text: repaired ? out : text, repaired };
}

/** Repairs every string inside a JSON-like value (object keys too); returns the value and how many were repaired. */
export function repairDeep<T>(value: T): { value: T; repaired: number } {
  let repaired = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const r = repairLoneSurrogates(v);
      repaired += r.repaired;
      return r.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[repairLoneSurrogates(k).text] = walk(x);
      return out;
    }
    return v;
  };
  const out = walk(value) as T;
  return { value: repaired ? out : value, repaired };
}
