import { Parser } from 'htmlparser2';

/** A feed a web page announces. */
export type DiscoveredFeed = { url: string; type: 'rss' | 'atom' | 'json'; title?: string };

const TYPES: Record<string, DiscoveredFeed['type']> = {
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
  'application/rdf+xml': 'rss',
  'application/x.atom+xml': 'atom',
};

/**
 * The feeds a site's home page announces with `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`,
 * resolved against `<base href>` or the page URL, in page order, without duplicates. No DOM needed.
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  let base = pageUrl;
  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && attrs.href) {
          try {
            base = new URL(attrs.href, pageUrl).href;
          } catch {
            // A broken <base> is ignored, as browsers do.
          }
        }
        if (name !== 'link' || !attrs.href) return;
        const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
        const type = TYPES[(attrs.type ?? '').toLowerCase().split(';')[0].trim()];
        // `application/json` alone is too common (oEmbed, manifests); only take it with rel=alternate + feed in the title.
        if (!rels.includes('alternate') || !type) return;
        if (attrs.type?.toLowerCase().startsWith('application/json') && !/feed/i.test(attrs.title ?? '')) return;
        let url: string;
        try {
          url = new URL(attrs.href.trim(), base).href;
        } catch {
          return;
        }
        if (!/^https?:/.test(url) || seen.has(url)) return;
        seen.add(url);
        found.push({ url, type, ...(attrs.title?.trim() ? { title: attrs.title.trim() } : {}) });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
