import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { addedNodesView, pickDomAdapter, scanDom } from '../../lib/browse/dom-scan';
import { SOCIAL_ADAPTERS } from '../../lib/browse/social-adapters';
import { xAdapter } from '../../lib/capture/platforms/x';

const sample = readFileSync(path.resolve(__dirname, '../fixtures/capture/x/dom-search-tweet.html'), 'utf8');

/** The X sample page, with its tweet's id and text changed so several distinct tweets can be added. */
function tweetHtml(doc: Document, id: string, text: string): Element {
  const article = doc.querySelector('article[data-testid="tweet"]')!.cloneNode(true) as Element;
  for (const a of Array.from(article.querySelectorAll('a[href*="/status/"]'))) a.setAttribute('href', a.getAttribute('href')!.replace(/\/status\/\d+/, `/status/${id}`));
  article.querySelector('[data-testid="tweetText"]')!.textContent = text;
  const cell = doc.createElement('div');
  cell.setAttribute('data-testid', 'cellInnerDiv');
  cell.appendChild(article);
  return cell;
}

describe('DOM scan in the content script', () => {
  it('picks the social adapter by host, and none for pages it does not know', () => {
    const { document } = parseHTML(sample);
    expect(pickDomAdapter(SOCIAL_ADAPTERS, 'https://x.com/search?q=bcn', document as unknown as Document)?.id).toBe('x');
    expect(pickDomAdapter(SOCIAL_ADAPTERS, 'https://example.com/', document as unknown as Document)).toBeNull();
    expect(pickDomAdapter(SOCIAL_ADAPTERS, 'not a url', document as unknown as Document)).toBeNull();
  });

  it('reads the whole page first, then only added nodes, and never sends a post twice', () => {
    const { document } = parseHTML(sample);
    const doc = document as unknown as Document;
    const sent = new Set<string>();
    const first = scanDom(xAdapter, doc, 'https://x.com/search?q=bcn', sent);
    expect(first.parsed).toBe(1);

    const list = doc.querySelector('article[data-testid="tweet"]')!.parentElement!;
    const added = ['1900000000000000001', '1900000000000000002'].map((id, i) => tweetHtml(doc, id, `Barcelona ${i}`));
    for (const el of added) list.appendChild(el);
    const second = scanDom(xAdapter, addedNodesView(added), 'https://x.com/search?q=bcn', sent);
    expect(second.posts.map((p) => p.nativeId)).toEqual(['1900000000000000001', '1900000000000000002']);
    expect(second.posts.map((p) => p.text)).toEqual(['Barcelona 0', 'Barcelona 1']);

    // A full re-scan (e.g. after a burst of mutations) finds nothing new to send.
    expect(scanDom(xAdapter, doc, 'https://x.com/search?q=bcn', sent).posts).toEqual([]);
  });

  it('counts an element it cannot read as skipped instead of failing', () => {
    const { document } = parseHTML('<html><body><article data-testid="tweet"><div>no permalink</div></article></body></html>');
    const r = scanDom(xAdapter, document as unknown as Document, 'https://x.com/home', new Set());
    expect(r).toMatchObject({ parsed: 0, skipped: 1, seen: 1 });
  });

  it('ignores added nodes that were removed before the scan ran', () => {
    const { document } = parseHTML(sample);
    const doc = document as unknown as Document;
    const el = tweetHtml(doc, '1900000000000000009', 'gone');
    doc.body.appendChild(el);
    el.remove();
    expect(scanDom(xAdapter, addedNodesView([el]), 'https://x.com/home', new Set()).seen).toBe(0);
  });
});
