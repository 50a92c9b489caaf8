import { describe, expect, it } from 'vitest';
import { countForChannel, countGraphemes } from '../../lib/drafting/channel-length';

const URL = 'https://ajuntament.barcelona.cat/refugisclimatics/ca/mapa-de-refugis-climatics-2025';

describe('channel length', () => {
  it('X counts any URL as 23 and emoji/CJK as 2', () => {
    expect(countForChannel(`Mapa ${URL}`, 'x').count).toBe(5 + 23);
    expect(countForChannel('Hola 😀', 'x').count).toBe(5 + 2);
    expect(countForChannel('中文', 'x').count).toBe(4);
    expect(countForChannel('Àèïòú', 'x').count).toBe(5);
  });
  it('X marks where the 280 limit is passed', () => {
    const text = 'a'.repeat(279) + '😀';
    const c = countForChannel(text, 'x');
    expect(c).toMatchObject({ count: 281, over: true, overAt: 279 });
  });
  it('Bluesky counts graphemes: a family emoji or a flag is one', () => {
    expect(countGraphemes('👨‍👩‍👧‍👦')).toBe(1);
    expect(countForChannel('Hola 🇪🇸 família', 'bluesky').count).toBe(14);
    expect(countForChannel(`Mapa ${URL}`, 'bluesky').count).toBe(5 + URL.length);
    expect(countForChannel('x'.repeat(301), 'bluesky')).toMatchObject({ over: true, overAt: 300 });
    expect(countForChannel('x'.repeat(300), 'bluesky').over).toBe(false);
  });
  it('Mastodon counts URLs as 23 and remote mentions by their user part', () => {
    expect(countForChannel(`Mapa ${URL}.`, 'mastodon').count).toBe(5 + 23 + 1);
    expect(countForChannel('Hola @bcn@mastodon.social', 'mastodon').count).toBe('Hola @bcn'.length);
    const long = `${'a '.repeat(240)}${URL} ${URL}`;
    expect(countForChannel(long, 'mastodon')).toMatchObject({ count: 480 + 23 + 1 + 23, over: true });
  });
  it('press and newsletter count words against a target', () => {
    expect(countForChannel('uno dos tres', 'newsletter')).toMatchObject({ count: 3, limit: 120, unit: 'words', over: false });
    expect(countForChannel('uno dos tres', 'press', 2)).toMatchObject({ over: true, overAt: 8 });
  });
  it('Instagram allows 2,200 and Facebook targets 500', () => {
    expect(countForChannel('x'.repeat(2200), 'instagram').over).toBe(false);
    expect(countForChannel('x'.repeat(501), 'facebook').over).toBe(true);
  });
});
