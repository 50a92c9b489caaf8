import { z } from 'zod';

// Text we cannot translate (a parser's or the network's own message, an API's error) travels as
// `detail`, clamped so a verbose server cannot make a state fail its schema on save.
const Detail = z.string().max(500);

/**
 * Why reading a source failed, as a stable code plus parameters. Lib produces it, the state stores
 * it, and only the UI (lib/i18n/source-failure.ts) or a CLI (lib/sources/failure-text.ts) turns it
 * into words. Codes never change meaning: stored states outlive the version that wrote them.
 */
export const SourceFailureSchema = z.discriminatedUnion('code', [
  /** The server sent no bytes at all. */
  z.object({ code: z.literal('empty') }),
  /** The document holds only whitespace. */
  z.object({ code: z.literal('blank') }),
  /** Text that does not start like XML, HTML or JSON. */
  z.object({ code: z.literal('not-xml') }),
  /** A web page where a feed was expected. */
  z.object({ code: z.literal('html-page') }),
  /** An address the user typed is a web page that announces no feed (probe only). */
  z.object({ code: z.literal('page-without-feeds') }),
  /** XML whose first element is not rss, feed or rdf. */
  z.object({ code: z.literal('wrong-root'), root: z.string().max(200) }),
  /** The feed parser refused the document; `detail` is its own message. */
  z.object({ code: z.literal('unparsable'), detail: Detail }),
  /** The feed parsed but its items could not be turned into posts. */
  z.object({ code: z.literal('bad-items'), detail: Detail }),
  /** JSON cut off or malformed. */
  z.object({ code: z.literal('broken-json') }),
  /** A JSON error object from the API (`{"error": "…"}`); `detail` is the server's text. */
  z.object({ code: z.literal('api-error'), detail: Detail }),
  /** Valid JSON in no format we read. */
  z.object({ code: z.literal('unknown-json') }),
  /** An unexpected failure while reading the bytes. */
  z.object({ code: z.literal('unreadable'), detail: Detail }),
  /** A status outside 2xx (and not 304). */
  z.object({ code: z.literal('http'), status: z.number().int().min(100).max(999) }),
  /** The request never got an answer (offline, DNS, TLS, timeout). */
  z.object({ code: z.literal('unreachable'), host: z.string().max(300), detail: Detail }),
  /** The answer started but its body could not be read to the end. */
  z.object({ code: z.literal('download-broken'), detail: Detail }),
  /** The items were read but the local database refused them. */
  z.object({ code: z.literal('store-failed'), detail: Detail }),
]);
export type SourceFailure = z.infer<typeof SourceFailureSchema>;
export type SourceFailureCode = SourceFailure['code'];

/** An exception's message as a failure detail, clamped to what the schema keeps. */
export function failureDetail(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 500);
}
