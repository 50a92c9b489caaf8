import type { RawPost } from '../model/mention';
import type { ManualCapture } from '../messaging/protocol';

/**
 * Turns a user's capture into a raw post. A whole article page becomes a `news` post keyed by
 * its canonical URL, so browsing or polling the same story later finds the same mention; a
 * selection is a `web` post keyed by page and passage.
 */
export function manualToRawPost(capture: ManualCapture): RawPost {
  const asNews = capture.kind === 'page' && capture.isArticle === true;
  return {
    platform: asNews ? 'news' : 'web',
    url: capture.url,
    text: capture.text,
    title: capture.title,
    author: capture.author || capture.siteName ? { name: capture.author ?? capture.siteName } : undefined,
    publishedAt: capture.publishedAt,
    lang: capture.langHint,
  };
}
