import { Readability } from '@mozilla/readability';
import type { RawPost } from '../../model/mention';
import { isArticlePage } from '../../capture-manual/read-page';
import type { Adapter, CaptureOptions } from '../adapter';
import { NO_CONTEXT } from '../adapter';
import { domText } from '../text';
import { compact, toIso } from '../values';

/** Where a news page states its own address and language, in order of trust. */
export const NEWS_SELECTORS = {
  canonical: 'link[rel="canonical"]',
  ogUrl: 'meta[property="og:url"]',
  ogSiteName: 'meta[property="og:site_name"]',
} as const;

/** True when `host` is one of the user's news domains or a subdomain of one. */
export function hostInList(host: string, domains: readonly string[] = []): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return domains.some((d) => {
    const dd = d.trim().toLowerCase().replace(/^www\./, '');
    return dd !== '' && (h === dd || h.endsWith(`.${dd}`));
  });
}

/** The page's permalink: canonical link, else og:url, else the page URL (http(s) only). */
export function articlePermalink(doc: Document, pageUrl: string): string {
  for (const sel of [NEWS_SELECTORS.canonical, NEWS_SELECTORS.ogUrl]) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute(sel.startsWith('link') ? 'href' : 'content')?.trim();
    if (!v) continue;
    try {
      const u = new URL(v, pageUrl);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // A broken canonical falls through to the next candidate.
    }
  }
  return pageUrl;
}

function isNewsPage(url: URL, doc: Document | undefined, opts: CaptureOptions | undefined): boolean {
  if (hostInList(url.hostname, opts?.newsDomains)) return true;
  return doc ? isArticlePage(doc) : false;
}

/**
 * News articles on any site that declares one (JSON-LD Article types, og:type=article) or is
 * in the user's list: Readability on a clone, so the page itself is never touched.
 */
export const newsAdapter: Adapter = {
  id: 'news',
  verified: true,
  detect: (url, doc, opts) => isNewsPage(url, doc, opts),
  fromDocument(doc, url, ctx = NO_CONTEXT) {
    const clone = doc.cloneNode(true) as Document;
    // The serializer hands back the element itself, so text is read from the DOM, not re-parsed HTML.
    const article = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
    const content = article?.content;
    if (!article || !content) {
      ctx.skip('no readable article');
      return [];
    }
    const text = domText(content).replace(/\n{3,}/g, '\n\n').trim();
    const site = article.siteName?.trim() || doc.querySelector(NEWS_SELECTORS.ogSiteName)?.getAttribute('content')?.trim() || undefined;
    const permalink = articlePermalink(doc, url);
    let origin: string | undefined;
    try {
      origin = new URL(permalink).origin;
    } catch {
      origin = undefined;
    }
    const lang = article.lang?.trim() || doc.documentElement?.getAttribute('lang')?.trim() || undefined;
    return [{
      platform: 'news',
      url: permalink,
      text,
      title: article.title?.trim() || undefined,
      author: compact({ name: article.byline?.trim() || site, url: origin }),
      publishedAt: toIso(article.publishedTime),
      lang,
      raw: compact({
        title: article.title ?? undefined,
        byline: article.byline ?? undefined,
        siteName: site,
        excerpt: article.excerpt ?? undefined,
        publishedTime: article.publishedTime ?? undefined,
        lang,
        pageUrl: url,
      }),
    } satisfies RawPost];
  },
};
