import { Parser } from 'htmlparser2';

// Elements that start a new line of text when rendered.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tr', 'ul',
]);
// Elements whose content is never reading text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg']);

/**
 * Turns an HTML fragment into plain text without a DOM: block elements and `<br>` become line
 * breaks, entities are decoded once, scripts and styles are dropped, no markup is left.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (name === 'br') parts.push('\n');
        else if (BLOCK.has(name)) parts.push('\n\n');
        else if (name === 'td' || name === 'th') parts.push(' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) parts.push('\n\n');
      },
      ontext(text) {
        // Source line breaks and no-break spaces are layout, not text: only tags make lines.
        if (skipping === 0) parts.push(text.replace(/\s+/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return tidy(parts.join(''));
}

/** Collapses spaces around line breaks and keeps at most one blank line. */
export function tidy(text: string): string {
  return text
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when a string looks like it carries HTML markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z]{2,8});/i.test(text);
}
