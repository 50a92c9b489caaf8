import { describe, expect, it } from 'vitest';
import { decodeMinimalEscapes, domText, htmlToText } from '../../lib/capture/text';
import { displayCount, toIso } from '../../lib/capture/values';
import { docOf } from './helpers';

describe('htmlToText (no DOM needed: runs in the service worker)', () => {
  it.each([
    ['<p>Hola</p><p>Adéu</p>', 'Hola\n\nAdéu'],
    ['<p>línia 1<br>línia 2<br/>línia 3</p>', 'línia 1\nlínia 2\nlínia 3'],
    ['<p>Tom &amp; Jerry &lt;3 &quot;sí&quot; &#39;no&#39; &eacute;</p>', 'Tom & Jerry <3 "sí" \'no\' é'],
    ['<p><a href="https://x"><span class="invisible">https://</span><span class="ellipsis">barcelona.cat/</span><span class="invisible">ca/agenda</span></a></p>', 'https://barcelona.cat/ca/agenda'],
    ['<p>a<script>alert(1)</script>b<style>p{}</style></p>', 'ab'],
    ['<p>  dos  espais  </p>', '  dos  espais  '],
    ['<ul><li>u</li><li>dos</li></ul>', 'u\ndos'],
    ['text sense etiquetes', 'text sense etiquetes'],
    ['<p>👩‍👩‍👧 \u200b\u202e</p>', '👩‍👩‍👧 \u200b\u202e'],
    ['<p>trencat <b>sense tancar', 'trencat sense tancar'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('domText (rendered text of captured markup)', () => {
  it('collapses layout whitespace, keeps line breaks and emoji images', () => {
    const el = docOf('<div id="t">\n   Hola\n   <b>món</b><br>\n   <img alt="🎉"> <p>paràgraf</p>\n</div>').querySelector('#t') as Element;
    expect(domText(el, { imgAlt: true })).toBe('Hola món\n🎉\n\nparàgraf');
  });

  it('leaves out excluded descendants', () => {
    const el = docOf('<div id="t">text <button>…més</button></div>').querySelector('#t') as Element;
    expect(domText(el, { exclude: 'button' })).toBe('text');
  });
});

describe('small readers', () => {
  it('decodes X/Reddit escapes once, never twice', () => {
    expect(decodeMinimalEscapes('a &amp;amp; b &lt;3 &gt;')).toBe('a &amp; b <3 >');
  });

  it.each([
    ['37.2K', 37200], ['1,234', 1234], ['2.5M', 2500000], ['83.1k', 83100], ['2.8k comments', 2800], ['12', 12], ['', undefined], ['views', undefined],
  ])('displayCount(%j) = %j', (s, n) => {
    expect(displayCount(s)).toBe(n);
  });

  it.each([
    ['Wed Jul 08 21:59:10 +0000 2026', '2026-07-08T21:59:10.000Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000Z'],
    ['2023-07-21T01:33:51.481951', '2023-07-21T01:33:51.481Z'],
    ['2026-04-13T18:44:08.000000+0000', '2026-04-13T18:44:08.000Z'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24T04:36:09.000Z'],
    ['2024-06-25', '2024-06-25T00:00:00.000Z'],
    [1466477165, '2016-06-21T02:46:05.000Z'],
    ['hace 2 días', undefined],
  ])('toIso(%j) = %j', (v, iso) => {
    expect(toIso(v)).toBe(iso);
  });
});
