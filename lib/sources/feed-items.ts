import type { AnyFeed } from 'feedsmith';
import type { RawPost } from '../model/mention';
import { toIsoDate } from './feed-dates';
import { htmlToText, looksLikeHtml, tidy } from './html-to-text';

type Text = { value?: string; type?: string } | string | undefined;
type Link = { href?: string; rel?: string; type?: string };

/** An item as read from any feed format, before it becomes a RawPost. */
type FeedEntry = {
  title?: Text;
  links: Array<string | undefined>;
  html?: Text;
  author?: string;
  date?: unknown;
  lang?: string;
  id?: string;
};

/** Feed items mapped to RawPosts, with what had to be skipped. */
export type FeedItemsResult = { items: RawPost[]; title?: string; skipped: { noLink: number; garbage: number } };

/** Maps a parsed feed (any format) to news RawPosts whose `url` is the item's permalink. */
export function feedItemsToRawPosts(parsed: AnyFeed, feedUrl: string): FeedItemsResult {
  const { entries, title, lang, base } = readFeed(parsed, feedUrl);
  const skipped = { noLink: 0, garbage: 0 };
  const items: RawPost[] = [];
  for (const e of entries) {
    const url = firstHttpUrl(e.links, base);
    if (!url) {
      skipped.noLink++;
      continue;
    }
    const itemTitle = plain(e.title, false);
    const body = plain(e.html, true);
    const text = body || itemTitle || '';
    if ([itemTitle, text, e.author].some((s) => s?.includes('\uFFFD'))) {
      skipped.garbage++;
      continue;
    }
    const post: RawPost = { platform: 'news', url, text };
    if (itemTitle) post.title = itemTitle;
    const author = e.author ? tidy(stripMail(e.author)) : undefined;
    if (author) post.author = { name: author };
    const publishedAt = toIsoDate(e.date);
    if (publishedAt) post.publishedAt = publishedAt;
    const l = primaryLang(e.lang ?? lang);
    if (l) post.lang = l;
    items.push(post);
  }
  return { items, title: title ? plain(title, false) : undefined, skipped };
}

/** Plain text of a feed text construct: HTML is converted, plain text is only tidied. */
function plain(t: Text, assumeHtml: boolean): string | undefined {
  if (t === undefined) return undefined;
  const value = typeof t === 'string' ? t : t.value;
  if (!value) return undefined;
  const type = typeof t === 'string' ? undefined : t.type;
  const isHtml = type === 'html' || type === 'xhtml' || type?.includes('html') || (type !== 'text' && (assumeHtml || looksLikeHtml(value)));
  const out = isHtml ? htmlToText(value) : tidy(value.replace(/\s+/g, ' '));
  return out || undefined;
}

/** `editor@example.com (Jane Roe)` → `Jane Roe`; a bare address stays as is. */
function stripMail(author: string): string {
  const m = /^\s*\S+@\S+\s+\((.+)\)\s*$/.exec(author);
  return m ? m[1] : author;
}

function primaryLang(tag: string | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return m ? m[1].toLowerCase() : undefined;
}

function firstHttpUrl(links: Array<string | undefined>, base: string): string | undefined {
  for (const link of links) {
    const raw = link?.trim();
    if (!raw) continue;
    try {
      const u = unwrapRedirect(new URL(raw, base));
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // Not a URL (a tag: id, say): try the next candidate.
    }
  }
  return undefined;
}

/**
 * Google Alerts links go through `google.com/url?…&url=<article>`: the article URL is the
 * permalink, so the same story browsed directly gets the same id.
 */
function unwrapRedirect(u: URL): URL {
  if (/(^|\.)google\.[a-z.]+$/.test(u.hostname) && u.pathname === '/url') {
    const target = u.searchParams.get('url') ?? u.searchParams.get('q');
    try {
      if (target && /^https?:\/\//.test(target)) return new URL(target);
    } catch {
      // Keep the redirect when its target is not a URL.
    }
  }
  return u;
}

/** The permalink of an Atom entry: `rel=alternate` (or no rel), preferring HTML pages. */
function atomPermalink(links: Link[] | undefined): Array<string | undefined> {
  const alternates = (links ?? []).filter((l) => !l.rel || l.rel === 'alternate');
  alternates.sort((a, b) => Number(!a.type || a.type.includes('html') ? 0 : 1) - Number(!b.type || b.type.includes('html') ? 0 : 1));
  return alternates.map((l) => l.href);
}

function guidLink(guid: { value?: string; isPermaLink?: boolean } | undefined): string | undefined {
  if (!guid?.value || guid.isPermaLink === false) return undefined;
  return /^https?:\/\//i.test(guid.value.trim()) ? guid.value : undefined;
}

function readFeed(parsed: AnyFeed, feedUrl: string): { entries: FeedEntry[]; title?: Text; lang?: string; base: string } {
  switch (parsed.format) {
    case 'rss': {
      const f = parsed.feed;
      const base = resolveBase(f.xml?.base, feedUrl);
      const entries = (f.items ?? []).map((i): FeedEntry => ({
        title: i.title ?? i.dc?.titles?.[0] ?? i.atom?.title,
        links: [i.link, guidLink(i.guid), ...atomPermalink(i.atom?.links as Link[] | undefined)],
        html: i.content?.encoded ?? i.description ?? i.atom?.content ?? i.atom?.summary,
        author: i.dc?.creators?.[0] ?? i.authors?.[0]?.name ?? i.authors?.[0]?.email ?? i.atom?.authors?.[0]?.name,
        date: i.pubDate ?? i.dc?.dates?.[0] ?? i.atom?.published ?? i.atom?.updated ?? i.dcterms?.modified,
        lang: i.dc?.languages?.[0],
        id: i.guid?.value,
      }));
      return { entries, title: f.title, lang: f.language ?? f.dc?.languages?.[0], base };
    }
    case 'rdf': {
      const f = parsed.feed;
      const base = resolveBase(f.xml?.base, feedUrl);
      const entries = (f.items ?? []).map((i): FeedEntry => ({
        title: i.title ?? i.dc?.titles?.[0],
        links: [i.link, i.rdf?.about],
        html: i.content?.encoded ?? i.description ?? i.dc?.descriptions?.[0],
        author: i.dc?.creators?.[0],
        date: i.dc?.dates?.[0] ?? i.dcterms?.modified,
        lang: i.dc?.languages?.[0],
        id: i.rdf?.about,
      }));
      return { entries, title: f.title, lang: f.dc?.languages?.[0], base };
    }
    case 'atom': {
      const f = parsed.feed;
      const base = resolveBase(f.xml?.base, feedUrl);
      const entries = (f.entries ?? []).map((e): FeedEntry => ({
        title: e.title,
        links: atomPermalink(e.links as Link[] | undefined),
        html: e.content?.value ? e.content : e.summary ?? e.media?.groups?.[0]?.description ?? e.media?.description,
        author: e.authors?.[0]?.name ?? e.dc?.creators?.[0],
        date: e.published ?? e.updated ?? e.dc?.dates?.[0],
        lang: e.xml?.lang,
        id: e.id,
      }));
      return { entries, title: f.title, lang: f.xml?.lang, base };
    }
    case 'json': {
      const f = parsed.feed;
      const base = feedUrl;
      const entries = (f.items ?? []).map((i): FeedEntry => ({
        title: i.title,
        links: [i.url, /^https?:/.test(i.id ?? '') ? i.id : undefined, i.external_url],
        html: i.content_html ? { value: i.content_html, type: 'html' } : i.content_text ? { value: i.content_text, type: 'text' } : i.summary ? { value: i.summary, type: 'text' } : undefined,
        author: i.authors?.[0]?.name ?? f.authors?.[0]?.name,
        date: i.date_published ?? i.date_modified,
        lang: i.language,
        id: i.id,
      }));
      return { entries, title: f.title, lang: f.language, base };
    }
  }
}

/** Item links resolve against `xml:base` when the feed sets one, else against the feed's own URL. */
function resolveBase(xmlBase: string | undefined, feedUrl: string): string {
  if (!xmlBase) return feedUrl;
  try {
    return new URL(xmlBase, feedUrl).href;
  } catch {
    return feedUrl;
  }
}
