import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, fnv1a64, mentionId } from '../../lib/capture/mention-id';

describe('fnv1a64', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('matches the published FNV-1a 64 test vector for %j', (input, hex) => {
    expect(fnv1a64(input)).toBe(hex);
  });

  it('hashes UTF-8 bytes, so composed and decomposed accents differ and emoji are stable', () => {
    expect(fnv1a64('Gràcia')).not.toBe(fnv1a64('Gra\u0300cia'));
    expect(fnv1a64('🏛️ Barcelona')).toBe(fnv1a64('🏛️ Barcelona'));
    expect(fnv1a64('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('canonicalizeUrl', () => {
  it.each([
    ['https://WWW.Example.com/a/b/', 'https://www.example.com/a/b'],
    ['https://example.com/a?utm_source=x&utm_medium=y&id=3#section', 'https://example.com/a?id=3'],
    ['https://example.com/a?fbclid=abc&gclid=def', 'https://example.com/a'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com:8443/x', 'https://example.com:8443/x'],
    ['not a url ', 'not a url'],
  ])('%s → %s', (input, out) => {
    expect(canonicalizeUrl(input)).toBe(out);
  });
});

describe('mentionId', () => {
  it('uses the platform id when there is one', () => {
    expect(mentionId({ platform: 'x', nativeId: '2074974895750951259', url: 'https://x.com/a/status/2074974895750951259', text: '' })).toBe('x:2074974895750951259');
    expect(mentionId({ platform: 'reddit', nativeId: 't3_abc', url: 'https://www.reddit.com/r/x/comments/abc/', text: 'hola' })).toBe('reddit:t3_abc');
  });

  it('a news article is one id whatever tracking parameters or fragment the link carries', () => {
    const a = mentionId({ platform: 'news', url: 'https://www.lavanguardia.com/local/barcelona/20250101/noticia.html', text: 'x' });
    const b = mentionId({ platform: 'news', url: 'https://WWW.lavanguardia.com/local/barcelona/20250101/noticia.html/?utm_source=twitter&fbclid=1#comments', text: 'different text' });
    expect(a).toBe(b);
    expect(a).toMatch(/^news:[0-9a-f]{16}$/);
    expect(mentionId({ platform: 'news', url: 'https://www.lavanguardia.com/local/barcelona/20250102/other.html', text: 'x' })).not.toBe(a);
  });

  it('without a native id, the page and the whitespace-normalised text make the id', () => {
    const one = mentionId({ platform: 'web', url: 'https://ajuntament.barcelona.cat/ca/?utm_campaign=z', text: 'El  metro\n amplia horaris' });
    const two = mentionId({ platform: 'web', url: 'https://ajuntament.barcelona.cat/ca', text: 'El metro amplia horaris ' });
    expect(one).toBe(two);
    expect(mentionId({ platform: 'web', url: 'https://ajuntament.barcelona.cat/ca', text: 'Un altre passatge' })).not.toBe(one);
  });

  it('keeps ids within the stored 200-character limit', () => {
    const id = mentionId({ platform: 'mastodon', nativeId: `https://example.social/users/${'a'.repeat(300)}/statuses/1`, url: 'https://example.social/@a/1', text: '' });
    expect(id.length).toBeLessThanOrEqual(200);
    expect(id).toMatch(/^mastodon:#[0-9a-f]{16}$/);
  });
});
