import type { ManualCapture } from '../messaging/protocol';

/** What Readability returns that we use (kept structural so lib/ does not bundle it twice). */
export interface ReadableArticle {
  title?: string | null;
  textContent?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

/** The page's canonical address: `<link rel=canonical>`, else `og:url`, else the location. */
export function canonicalUrl(doc: Document): string {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [link, og]) {
    if (!candidate) continue;
    try {
      const u = new URL(candidate, doc.baseURI);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // An unparseable canonical is ignored: the page address is the honest fallback.
    }
  }
  return doc.location?.href ?? doc.baseURI;
}

const ARTICLE_TYPES = /^(News|Report|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech)?Article$|^(BlogPosting|ReportageNewsArticle|LiveBlogPosting)$/;

/** True when the page declares itself an article: og:type=article or a JSON-LD Article type. */
export function isArticlePage(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() === 'article') return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const stack: unknown[] = [JSON.parse(script.textContent ?? '')];
      while (stack.length) {
        const node = stack.pop();
        if (Array.isArray(node)) stack.push(...node);
        else if (node && typeof node === 'object') {
          const type = (node as Record<string, unknown>)['@type'];
          const types = Array.isArray(type) ? type : [type];
          if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return true;
          const graph = (node as Record<string, unknown>)['@graph'];
          if (graph) stack.push(graph);
        }
      }
    } catch {
      // Broken JSON-LD is common on real pages; it just does not count as a declaration.
    }
  }
  return false;
}

/**
 * Reads what the user asked to capture: the selection exactly as selected, or the whole
 * page's readable text (Readability on a clone, so the page itself is never modified).
 */
export function readPage(
  doc: Document,
  selection: { toString(): string } | null,
  parse: (clone: Document) => ReadableArticle | null,
  kind: 'auto' | 'selection' | 'page' = 'auto',
): ManualCapture {
  const selected = selection?.toString() ?? '';
  const langHint = doc.documentElement.getAttribute('lang') ?? undefined;
  const url = doc.location?.href ?? doc.baseURI;
  if (kind === 'selection' || (kind === 'auto' && selected.trim())) {
    return { kind: 'selection', url, title: doc.title || undefined, text: selected, langHint };
  }
  let article: ReadableArticle | null = null;
  try {
    article = parse(doc.cloneNode(true) as Document);
  } catch {
    article = null;
  }
  const text = (article?.textContent ?? '').trim() || (doc.body?.textContent ?? '').trim();
  return {
    kind: 'page',
    url: canonicalUrl(doc),
    title: article?.title || doc.title || undefined,
    text: text.replace(/\n{3,}/g, '\n\n').replace(/[ \t]{2,}/g, ' '),
    langHint: article?.lang ?? langHint,
    author: article?.byline ?? undefined,
    siteName: article?.siteName ?? undefined,
    publishedAt: article?.publishedTime ?? undefined,
    isArticle: isArticlePage(doc),
  };
}
