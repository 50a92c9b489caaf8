import { describe, expect, it } from 'vitest';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { decodeBytes } from '../../lib/sources/decode-bytes';
import { toIsoDate } from '../../lib/sources/feed-dates';
import { discoverFeeds } from '../../lib/sources/feed-discovery';
import { GOOGLE_NEWS_LABEL_QUERY, googleNewsUrls } from '../../lib/sources/google-news';
import { newSource } from '../../lib/sources/new-source';
import { htmlToText } from '../../lib/sources/html-to-text';
import { needsArticleFetch } from '../../lib/sources/needs-article';
import { repairMojibake } from '../../lib/sources/repair-mojibake';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it.each([
    ['a BOM wins over the declaration', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>Gràcia</t>')]), undefined, 'utf-8', 'Gràcia'],
    ['the declared Latin-1', latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>Gràcia</t>'), undefined, 'iso-8859-1', 'Gràcia'],
    ['the HTTP charset', latin1('<t>Sants-Montjuïc</t>'), 'text/xml; charset=windows-1252', 'windows-1252', 'Sants-Montjuïc'],
    ['undeclared Latin-1 falls back to windows-1252', latin1('<t>Plaça “Catalunya”</t>'.replace('“', '\x93').replace('”', '\x94')), undefined, 'windows-1252', 'Plaça “Catalunya”'],
    ['a Latin-1 label over UTF-8 bytes is a mislabel', utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>Eixample</t><u>Barça</u>'), undefined, 'utf-8', 'Barça'],
  ])('%s', (_, bytes, contentType, encoding, expected) => {
    const d = decodeBytes(bytes, contentType);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toContain(expected);
    expect(d.text).not.toContain('\uFFFD');
  });

  it('decodes windows-1251 Cyrillic', () => {
    const bytes = Uint8Array.from([...latin1('<?xml version="1.0" encoding="windows-1251"?><t>'), 0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, ...latin1('</t>')]);
    expect(decodeBytes(bytes).text).toContain('Москва');
  });

  it('reports replacement characters instead of hiding them', () => {
    const d = decodeBytes(utf8('<t>bad \uFFFD here</t>'));
    expect(d.warnings.join()).toMatch(/1 undecodable characters \(U\+FFFD\)/);
  });
});

describe('repairMojibake', () => {
  it.each([
    ['CataluÃ±a', 'Cataluña'],
    ['lâ€™Ajuntament de Barcelona â€” Sant MartÃ\u00AD', 'l’Ajuntament de Barcelona — Sant Martí'],
    ['Ã€ngels i Ãˆric, a lâ€™EixÃ\u00A0mple', 'Àngels i Èric, a l’Eixàmple'],
    ['ðŸ˜€ festa', '😀 festa'],
  ])('repairs %s', (broken, fixed) => {
    expect(repairMojibake(broken).text).toBe(fixed);
  });

  it.each([
    'Cataluña, Gràcia, Sant Martí, l’Eixample — «festa»',
    'un simple « effet de nouveauté\u00a0».',
    'SÃO PAULO e Â',
  ])('leaves clean text alone: %s', (clean) => {
    expect(repairMojibake(clean)).toEqual({ text: clean, repaired: 0 });
  });
});

describe('htmlToText', () => {
  it('turns blocks into lines, decodes entities once and drops markup', () => {
    const html = '<p>Hola <a href="https://x.test" class="mention">@<span>bcn</span></a> &amp;amp; adéu</p><p>Línia&nbsp;2<br>línia 3</p><script>alert(1)</script>';
    expect(htmlToText(html)).toBe('Hola @bcn &amp; adéu\n\nLínia 2\nlínia 3');
  });

  it('keeps the hidden parts of Mastodon links so URLs stay whole', () => {
    const html = '<p><a href="https://www.barcelona.cat/ca/noticies"><span class="invisible">https://www.</span><span class="ellipsis">barcelona.cat/ca/</span><span class="invisible">noticies</span></a></p>';
    expect(htmlToText(html)).toBe('https://www.barcelona.cat/ca/noticies');
  });

  it('treats text that only looks like markup as text', () => {
    expect(htmlToText('preus < 3 € & més')).toBe('preus < 3 € & més');
  });
});

describe('toIsoDate', () => {
  it.each([
    ['Sat, 07 Jan 2017 16:18:19 +0100', '2017-01-07T15:18:19.000Z'],
    ['2017-01-07T16:18:19+01:00', '2017-01-07T15:18:19.000Z'],
    ['Thu, 14 May 2020 10:00:18 Z', '2020-05-14T10:00:18.000Z'],
    ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
    ['1518478934', '2018-02-12T23:42:14.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['dl., 03 juny 2024 08:00:00 +0200', '2024-06-03T06:00:00.000Z'],
    ['2023-07-21T01:33:51.481951', '2023-07-21T01:33:51.481Z'],
  ])('%s → %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', '31 Foo 2020 10:00 GMT', '0'])('gives up on %j', (raw) => {
    expect(toIsoDate(raw)).toBeUndefined();
  });
});

describe('discoverFeeds', () => {
  it('finds RSS, Atom and JSON feeds announced by a home page, resolved against <base>', () => {
    const html = `<!doctype html><html><head><base href="https://www.example.cat/ca/">
      <link rel="alternate" type="application/rss+xml" title="Notícies &amp; agenda" href="rss.xml">
      <link rel="alternate" type="application/atom+xml" href="/atom.xml">
      <link rel="alternate" type="application/feed+json" href="https://www.example.cat/feed.json">
      <link rel="alternate" hreflang="es" href="/es/">
      <link rel="stylesheet" type="text/css" href="x.css">
      <link rel="alternate" type="application/rss+xml" href="rss.xml">
    </head><body></body></html>`;
    expect(discoverFeeds(html, 'https://www.example.cat/')).toEqual([
      { url: 'https://www.example.cat/ca/rss.xml', type: 'rss', title: 'Notícies & agenda' },
      { url: 'https://www.example.cat/atom.xml', type: 'atom' },
      { url: 'https://www.example.cat/feed.json', type: 'json' },
    ]);
  });

  it('finds nothing on a page without feeds', () => {
    expect(discoverFeeds('<html><head><title>x</title></head></html>', 'https://x.test/')).toEqual([]);
  });
});

describe('googleNewsUrls', () => {
  it('builds one quoted OR query per profile language with hl, gl and ceid', () => {
    const urls = googleNewsUrls(BARCELONA_PROFILE);
    const ca = urls.filter((u) => new URL(u.url).searchParams.get('hl') === 'ca-ES');
    expect(ca.length).toBeGreaterThan(0);
    const q = new URL(ca[0].url).searchParams;
    expect(q.get('gl')).toBe('ES');
    expect(q.get('ceid')).toBe('ES:ca');
    expect(q.get('q')).toMatch(/^"Barcelona" OR "Àrea Metropolitana de Barcelona"/);
    expect(ca[0].label).toContain('"Barcelona"');
    expect(new Set(urls.map((u) => new URL(u.url).searchParams.get('hl')))).toEqual(new Set(['ca-ES', 'es-ES', 'en-ES']));
  });

  it('splits long term lists over several URLs under the length limit, losing no term', () => {
    const urls = googleNewsUrls(BARCELONA_PROFILE, 300);
    const es = urls.filter((u) => u.url.includes('hl=es-ES'));
    expect(es.length).toBeGreaterThan(1);
    for (const u of urls) expect(u.url.length).toBeLessThanOrEqual(300);
    const terms = es.flatMap((u) => (new URL(u.url).searchParams.get('q') ?? '').split(' OR '));
    expect(terms).toContain('"Ciutat Comtal"');
    expect(terms).toContain('"El Prat"');
  });
});

describe('googleNewsUrls with many aliases', () => {
  it('keeps every label short enough to be a source label, and every term in the URLs', () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `Barri Número ${i + 1}`);
    const profile = { ...BARCELONA_PROFILE, aliases };
    const urls = googleNewsUrls(profile);
    for (const u of urls) {
      expect(u.label.length).toBeLessThanOrEqual(GOOGLE_NEWS_LABEL_QUERY + 20);
      expect(newSource({ kind: 'google-news', url: u.url, label: `Google News: ${u.label}` }, [], new Date(0), () => 0.5).ok).toBe(true);
    }
    const es = urls.filter((u) => u.url.includes('hl=es-ES'));
    const terms = es.flatMap((u) => (new URL(u.url).searchParams.get('q') ?? '').split(' OR '));
    expect(terms).toContain('"Barri Número 40"');
    expect(es[0].label).toMatch(/ … \+\d+ · es-ES$/);
  });
});

describe('needsArticleFetch', () => {
  const item = (text: string, title = 'Títol') => ({ platform: 'news' as const, url: 'https://x.test/a', text, title });
  it.each([
    ['a teaser', item('El consistori aprova el pla de mobilitat…'), true],
    ['only the title', item('Títol'), true],
    ['a read-more cue', item(`${'paraula '.repeat(100)} Llegir més`), true],
    ['a full article', item('paraula '.repeat(200)), false],
  ])('%s → %s', (_, it_, expected) => {
    expect(needsArticleFetch(it_)).toBe(expected);
  });
  it('never for social posts', () => {
    expect(needsArticleFetch({ platform: 'mastodon', url: 'https://x.test', text: 'hola' })).toBe(false);
  });
});
