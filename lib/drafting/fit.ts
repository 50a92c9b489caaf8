import type { Channel } from '../model/draft';
import { countForChannel } from './channel-length';

/** A piece of a draft; `keep` pieces are never dropped (they carry the benefit or the number). */
export type Piece = {
  role: 'benefit' | 'result' | 'evidence' | 'cta' | 'link' | 'ack' | 'next' | 'heading' | 'handle';
  text: string;
  keep?: boolean;
  /** Shorter alternatives, longest first (used for the call to action). */
  shorter?: string[];
};

const DIGIT = /\d/;

/** Joins pieces into the draft text: one paragraph, or blocks separated by blank lines. */
export function joinPieces(pieces: Piece[], blocks = false): string {
  const texts = pieces.map((p) => p.text.trim()).filter(Boolean);
  if (!blocks) return texts.join(' ').replace(/:\s+(?=https?:)/g, ': ');
  return texts.join('\n\n');
}

/**
 * Removes secondary clauses from a sentence: parentheses, and comma-delimited clauses opened by
 * a relative or a connector (que, donde, which, amb…), but only when every number survives.
 */
export function dropSecondaryClauses(sentence: string): string {
  // Numbers in parentheses are dates and asides; the numbers that carry the result are outside.
  const numbers: string[] = sentence.replace(/\([^()]*\)/g, '').match(/\d+(?:[.,]\d+)*/g) ?? [];
  let out = sentence.replace(/\s*\([^()]*\)/g, '');
  out = out.replace(/,\s+(?:que|qui|donde|on|cuando|quan|which|who|where|when|con|amb|with|including|incluidos?|inclosos?|incloent)\b[^,.;:!?]*(?=[,.;:!?]|$)/giu, '');
  const kept: string[] = out.match(/\d+(?:[.,]\d+)*/g) ?? [];
  return numbers.every((n) => kept.includes(n)) ? out : sentence;
}

function trimWordsToFit(text: string, fits: (t: string) => boolean): string | null {
  // Drop whole words from the end, never a word with a digit, and end with an ellipsis.
  const words = text.split(/\s+/);
  for (let n = words.length - 1; n > 0; n--) {
    const dropped = words.slice(n);
    if (dropped.some((w) => DIGIT.test(w))) return null;
    const candidate = `${words.slice(0, n).join(' ').replace(/[,;:.]+$/, '')}…`;
    if (fits(candidate)) return candidate;
  }
  return null;
}

/**
 * Fits pieces to a channel deterministically: drop secondary clauses, then evidence beyond the
 * first, then shorter calls to action, then evidence whose number the result already carries,
 * then the call to action, and last trim words from the benefit (never mid-word, never a number).
 */
export function fitPieces(
  input: Piece[], channel: Channel, limit: number, blocks = false,
): { pieces: Piece[]; text: string; fits: boolean } {
  let pieces = input.map((p) => ({ ...p }));
  const text = () => joinPieces(pieces, blocks);
  const fits = (t = text()) => countForChannel(t, channel, limit).count <= limit;
  const done = () => ({ pieces, text: text(), fits: fits() });
  if (fits()) return done();

  // The benefit opens every draft: it is only trimmed as a last resort.
  pieces = pieces.map((p) => (p.role === 'evidence' || p.role === 'ack' ? { ...p, text: dropSecondaryClauses(p.text) } : p));
  if (fits()) return done();

  const evidence = pieces.filter((p) => p.role === 'evidence');
  for (const extra of evidence.slice(1).reverse()) {
    pieces = pieces.filter((p) => p !== extra || p.keep);
    if (fits()) return done();
  }

  for (const cta of pieces.filter((p) => p.role === 'cta' && p.shorter?.length)) {
    for (const alt of cta.shorter!) {
      cta.text = alt;
      if (fits()) return done();
    }
  }

  const resultHasNumber = pieces.some((p) => (p.role === 'result' || p.role === 'heading') && DIGIT.test(p.text));
  if (resultHasNumber) {
    pieces = pieces.filter((p) => p.role !== 'evidence' || p.keep);
    if (fits()) return done();
  }

  pieces = pieces.filter((p) => (p.role !== 'cta' && p.role !== 'next') || p.keep);
  if (fits()) return done();

  for (const role of ['benefit', 'ack', 'evidence', 'result'] as const) {
    for (const p of pieces.filter((x) => x.role === role)) {
      const original = p.text;
      const trimmed = trimWordsToFit(original, (candidate) => {
        p.text = candidate;
        const ok = fits();
        p.text = original;
        return ok;
      });
      if (trimmed) { p.text = trimmed; return done(); }
    }
  }
  return done();
}
