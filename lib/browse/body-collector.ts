import { MAX_PAYLOAD_CHARS } from './hook-message';

/** What a collected response body came to: its text, or why there is none to hand over. */
export type CollectedBody = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'empty' };

/**
 * Keeps a decoded copy of a response body as its chunks stream past, up to the same size cap
 * as the page-world hook (characters, as JavaScript counts them). Decoding is incremental (a
 * UTF-8 sequence split across chunks is joined), and once the cap is passed the copy is dropped
 * at once, so a huge response never sits in memory.
 */
export class BodyCollector {
  private readonly decoder = new TextDecoder('utf-8');
  private parts: string[] = [];
  private chars = 0;
  private over = false;

  constructor(private readonly maxChars: number = MAX_PAYLOAD_CHARS) {}

  /** Adds the next chunk; returns false once the body is over the cap (collecting can stop). */
  push(chunk: ArrayBuffer | Uint8Array): boolean {
    if (this.over) return false;
    const text = this.decoder.decode(chunk, { stream: true });
    return this.add(text);
  }

  /** Ends the body: the whole text, or `too-large` / `empty`. */
  finish(): CollectedBody {
    if (!this.over) this.add(this.decoder.decode());
    if (this.over) return { ok: false, reason: 'too-large' };
    const text = this.parts.join('');
    this.parts = [];
    return text ? { ok: true, text } : { ok: false, reason: 'empty' };
  }

  private add(text: string): boolean {
    this.chars += text.length;
    if (this.chars > this.maxChars) {
      this.over = true;
      this.parts = [];
      return false;
    }
    if (text) this.parts.push(text);
    return true;
  }
}
