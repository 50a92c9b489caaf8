import { Parser } from 'htmlparser2';

/**
 * Undoes the minimal escaping X and Reddit apply to post text (`&amp;`, `&lt;`, `&gt;`) in
 * one pass, so a user who literally typed "&amp;" keeps it after decoding.
 */
export function decodeMinimalEscapes(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);
}

const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'tr', 'table', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'dd', 'dt',
]);
const PARAGRAPH = new Set(['p', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table']);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/** Accumulates text with lazily emitted line breaks, so breaks never lead or trail. */
class TextSink {
  private out = '';
  private pending = 0;
  brk(n: number): void {
    if (this.out) this.pending = Math.max(this.pending, n);
  }
  text(t: string): void {
    if (!t) return;
    if (this.pending) this.out += '\n'.repeat(this.pending);
    this.pending = 0;
    this.out += t;
  }
  /** `<br>` is content, not layout: always one newline, even at the start. */
  newline(): void {
    if (this.pending) this.out += '\n'.repeat(this.pending);
    this.pending = 0;
    this.out += '\n';
  }
  value(): string {
    return this.out;
  }
}

/**
 * Plain text of a post's HTML (Mastodon `content`, a Telegram message): paragraphs become a
 * blank line, `<br>` a newline, entities decoded, whitespace inside text kept exactly as
 * sent. Runs anywhere (no DOM): it is built on htmlparser2's tokenizer.
 */
export function htmlToText(html: string): string {
  const sink = new TextSink();
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (name === 'br') sink.newline();
        else if (BLOCK.has(name)) sink.brk(PARAGRAPH.has(name) ? 2 : 1);
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) sink.brk(PARAGRAPH.has(name) ? 2 : 1);
      },
      ontext(t) {
        if (!skipDepth) sink.text(t);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return sink.value();
}

interface DomTextOptions {
  /** Use `<img alt>` as text (X and Telegram draw emoji as images). */
  imgAlt?: boolean;
  /** Selectors of descendants to leave out (nested quoted posts, "show more" buttons). */
  exclude?: string;
  /** The element is `white-space: pre-wrap` with only inline children (X's tweet text): keep text verbatim. */
  preformatted?: boolean;
}

/**
 * Rendered text of a DOM element as a reader sees it: whitespace collapsed as CSS does,
 * `<br>` and blocks as line breaks. For DOM captures, where markup is indented.
 */
export function domText(el: Element, opts: DomTextOptions = {}): string {
  const sink = new TextSink();
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      sink.text(opts.preformatted ? raw : raw.replace(/[ \t\r\n\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    const name = e.tagName.toLowerCase();
    if (SKIP.has(name)) return;
    if (opts.exclude && e !== el && e.matches(opts.exclude)) return;
    if (name === 'br') return sink.newline();
    if (name === 'img') {
      if (opts.imgAlt) sink.text(e.getAttribute('alt') ?? '');
      return;
    }
    const block = !opts.preformatted && BLOCK.has(name);
    const gap = PARAGRAPH.has(name) ? 2 : 1;
    if (block) sink.brk(gap);
    for (const c of Array.from(e.childNodes)) walk(c);
    if (block) sink.brk(gap);
  };
  walk(el);
  if (opts.preformatted) return sink.value();
  // Collapsed spaces next to line breaks, and blank edges, are invisible on screen; drop them.
  return sink.value().replace(/ *\n */g, '\n').replace(/^\s+|\s+$/g, '');
}

/** Text of a label-like element (name, title) on one line, as displayed. */
export function oneLine(s: string | null | undefined): string | undefined {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || undefined;
}
