import { describe, expect, it } from 'vitest';
import { ca } from '@/lib/i18n/ca';
import { en } from '@/lib/i18n/en';
import { es } from '@/lib/i18n/es';
import { formatCount, translate } from '@/lib/i18n';
import { resolveUiLang } from '@/lib/model/settings';

describe('UI strings', () => {
  it.each([['es', es], ['ca', ca]] as const)('%s has every key of en, with the same variables', (_lang, table) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(vars(table[key]), key).toEqual(vars(en[key]));
      expect(table[key].trim(), key).not.toBe('');
    }
  });

  it('fills variables and keeps unknown ones visible', () => {
    expect(translate('ca', 'feed.count', { n: 3 })).toBe('3 mencions');
    expect(translate('es', 'feed.count')).toBe('{n} menciones');
  });

  it('formats numbers the way each language writes them', () => {
    expect(formatCount('en', 12345)).toBe('12,345');
    expect(formatCount('es', 12345)).toBe('12.345');
  });
});

describe('resolveUiLang', () => {
  it.each([
    ['auto', ['ca-ES', 'es'], 'ca'],
    ['auto', ['fr-FR', 'en-GB'], 'en'],
    ['auto', ['de-DE'], 'es'],
    ['en', ['ca-ES'], 'en'],
  ] as const)('choice %s with browser %j gives %s', (choice, langs, expected) => {
    expect(resolveUiLang(choice, langs)).toBe(expected);
  });
});
