import type { SourceFailure } from '../model/source-failure';

/** How the UI groups HTTP statuses: each group gets its own sentence. */
export type HttpKind = 'denied' | 'not-found' | 'gone' | 'too-many' | 'server' | 'other';

/** The group of an HTTP failure status, shared by the English formatter and the UI. */
export function httpKind(status: number): HttpKind {
  if (status === 401 || status === 403) return 'denied';
  if (status === 404) return 'not-found';
  if (status === 410) return 'gone';
  if (status === 429) return 'too-many';
  if (status >= 500) return 'server';
  return 'other';
}

const HTTP_EN: Record<HttpKind, (status: number) => string> = {
  denied: (s) => `the server refused access (HTTP ${s})`,
  'not-found': (s) => `the server says this address does not exist (HTTP ${s})`,
  gone: (s) => `the server says this source is gone for good (HTTP ${s})`,
  'too-many': (s) => `too many requests: the server asked us to slow down (HTTP ${s})`,
  server: (s) => `the server had a problem (HTTP ${s})`,
  other: (s) => `unexpected answer from the server (HTTP ${s})`,
};

/**
 * A failure as one line of plain English, for the extract CLI and logs (the UI translates codes
 * through lib/i18n instead). The wording is what these tools printed before failures had codes.
 */
export function failureText(f: SourceFailure): string {
  switch (f.code) {
    case 'empty': return 'the source is empty: the server returned no content';
    case 'blank': return 'not a feed: the document is empty';
    case 'not-xml': return 'not a feed: the document is not XML';
    case 'html-page': return 'not a feed: the server returned an HTML page';
    case 'page-without-feeds': return 'not a feed: the server returned an HTML page, and it announces no feed';
    case 'wrong-root': return `not a feed: the document is <${f.root}>, not RSS, RDF or Atom`;
    // Parser messages are sentences of their own ("Invalid XML."): folded into ours.
    case 'unparsable': return `not a feed: ${f.detail.toLowerCase().replace(/\.$/, '')}`;
    case 'bad-items': return `could not read the feed's items: ${f.detail}`;
    case 'broken-json': return 'broken JSON: the response is cut off or not valid JSON';
    case 'api-error': return `the server answered with an error: ${f.detail}`;
    case 'unknown-json': return 'unknown JSON: not a JSON Feed nor a Mastodon, Bluesky or Reddit response';
    case 'unreadable': return `could not read the source: ${f.detail}`;
    case 'http': return HTTP_EN[httpKind(f.status)](f.status);
    case 'unreachable': return `could not reach ${f.host}: ${f.detail}`;
    case 'download-broken': return `the download broke off: ${f.detail}`;
    case 'store-failed': return `could not store the items: ${f.detail}`;
  }
}
