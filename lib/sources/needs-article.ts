import type { RawPost } from '../model/mention';

/** Below this many words a feed item is taken for a teaser, not the article. */
export const SUMMARY_MAX_WORDS = 80;

/**
 * Whether a news item from a feed carries only a summary, so the article page should be
 * fetched (when the user opted in for the source): short text, text equal to the title, or a
 * text ending in an ellipsis / "read more" cue.
 */
export function needsArticleFetch(item: RawPost): boolean {
  if (item.platform !== 'news') return false;
  const text = item.text.trim();
  if (!text || text === item.title?.trim()) return true;
  const words = text.split(/\s+/).length;
  if (/(\.\.\.|…|\[…\]|\[\.\.\.\])\s*$/.test(text)) return true;
  if (/(read more|continue reading|leer más|seguir leyendo|llegir més|continua llegint|lire la suite|leggi tutto|weiterlesen|continuar lendo|leia mais)\W*$/i.test(text)) return true;
  return words < SUMMARY_MAX_WORDS;
}
