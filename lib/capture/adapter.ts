import type { RawPost } from '../model/mention';
import type { Platform } from '../model/taxonomy';

/** Per-call options an adapter may need (the page world gives none; the user's settings do). */
export interface CaptureOptions {
  /** Extra domains the user treats as news sites even when a page does not declare itself an article. */
  newsDomains?: readonly string[];
}

/** Lets an adapter report an item it saw but could not turn into a post (parser health). */
export interface CaptureContext {
  skip(reason?: string): void;
  /** The page the user is on, when `url` is an API address (YouTube needs it for comment permalinks). */
  pageUrl?: string;
}

/**
 * One platform's capture code. Every function is pure and total: on an unknown shape it
 * returns fewer posts (calling `ctx.skip`) instead of throwing; `extract.ts` still guards it.
 */
export interface Adapter {
  id: Platform;
  /** False while the adapter has only been checked against hand-made samples. */
  verified: boolean;
  detect(url: URL, doc?: Document, opts?: CaptureOptions): boolean;
  /** Posts in a JSON payload the page fetched or embedded. */
  fromJson?(payload: unknown, url: string, ctx?: CaptureContext): RawPost[];
  /** Posts in a rendered (or saved) page. */
  fromDocument?(doc: Document, url: string, ctx?: CaptureContext, opts?: CaptureOptions): RawPost[];
  /** Page-API URLs whose JSON responses the page-world fetch/XHR hook should hand over. */
  apiPaths?: RegExp[];
}

/** A context that ignores skips, for direct calls outside `extract.ts`. */
export const NO_CONTEXT: CaptureContext = { skip() {} };
