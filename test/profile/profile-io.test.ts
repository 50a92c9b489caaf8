import { describe, expect, it } from 'vitest';
import { parseProfileFile, serializeProfile, validateNewProfile, validateProfile } from '@/lib/profile/profile-io';
import { AMB_MUNICIPALITIES, BARCELONA_PROFILE } from '@/lib/profile/barcelona';

describe('profile files', () => {
  it('round-trips the demo profile through export and import', () => {
    const r = parseProfileFile(serializeProfile(BARCELONA_PROFILE));
    expect(r).toEqual({ ok: true, profile: BARCELONA_PROFILE });
  });

  it('the demo profile covers the 36 AMB municipalities and the football exclusion', () => {
    expect(AMB_MUNICIPALITIES).toHaveLength(36);
    expect(new Set(AMB_MUNICIPALITIES).size).toBe(36);
    // All 35 besides Barcelona itself, by their full names (short names follow them).
    expect(BARCELONA_PROFILE.municipalities).toEqual(expect.arrayContaining(AMB_MUNICIPALITIES.filter((m) => m !== 'Barcelona')));
    expect(BARCELONA_PROFILE.municipalities).not.toContain('Barcelona');
    expect(BARCELONA_PROFILE.exclusions).toContain('FC Barcelona');
    expect(BARCELONA_PROFILE.aliases).toEqual(expect.arrayContaining(['BCN', 'Barna']));
  });

  it('refuses, on save and import, a term that matching would read as a bare short number', () => {
    const withTerm = (term: string) => ({ ...BARCELONA_PROFILE, neighbourhoods: [...BARCELONA_PROFILE.neighbourhoods, term] });
    const bad = validateNewProfile(withTerm('22@'));
    expect(bad).toEqual({ ok: false, error: expect.stringContaining('neighbourhoods: "22@" would match every "22"') });
    expect(parseProfileFile(JSON.stringify(withTerm('22@'))).ok).toBe(false);
    // A word next to it, or a postcode, is specific enough.
    expect(validateNewProfile(withTerm('districte 22@')).ok).toBe(true);
    expect(validateNewProfile(withTerm('08001')).ok).toBe(true);
    // A stored profile is still read as it is.
    expect(validateProfile(withTerm('22@')).ok).toBe(true);
  });

  it('reads a profile saved before everyday words existed, and keeps them once set', () => {
    const { everydayWords: _absent, ...older } = BARCELONA_PROFILE;
    const r = parseProfileFile(JSON.stringify(older));
    expect(r.ok && r.profile.everydayWords).toEqual([]);
    const withWords = { ...BARCELONA_PROFILE, everydayWords: ['La Salut', 'El Coll'] };
    expect(parseProfileFile(serializeProfile(withWords))).toEqual({ ok: true, profile: withWords });
  });

  it('refuses a place name listed both as an everyday word and in another list, and names both', () => {
    const both = { ...BARCELONA_PROFILE, everydayWords: [...BARCELONA_PROFILE.everydayWords, 'sants'] };
    expect(validateNewProfile(both)).toEqual({ ok: false, error: 'everydayWords: "sants" is also in neighbourhoods, where it counts however it is written; keep it in one of the two lists' });
    expect(parseProfileFile(JSON.stringify(both)).ok).toBe(false);
    // The hashtag list's #Fondo is a hashtag, but still the same name.
    expect(validateNewProfile({ ...BARCELONA_PROFILE, hashtags: ['ElFondo', 'Fondo'], everydayWords: ['Fondo'] })).toEqual({ ok: false, error: expect.stringContaining('also in hashtags') });
    expect(validateNewProfile(BARCELONA_PROFILE).ok).toBe(true);
  });

  it('refuses a one-word name that is one of the commonest words of a served language, and says where it belongs', () => {
    const sp = { ...BARCELONA_PROFILE, districts: [...BARCELONA_PROFILE.districts, 'Sé'] };
    expect(validateNewProfile(sp)).toEqual({ ok: false, error: 'districts: "Sé" is also "se", one of the commonest words in es: it would match almost any post in them; move it to everydayWords, where only a capital counts' });
    expect(validateNewProfile({ ...BARCELONA_PROFILE, districts: [...BARCELONA_PROFILE.districts], everydayWords: ['Sé'] }).ok).toBe(true);
    expect(validateNewProfile({ ...BARCELONA_PROFILE, municipalities: ['Ate'] })).toEqual({ ok: false, error: expect.stringContaining('"Ate" is also "ate"') });
    // An acronym needs its capitals already (AMB, not Catalan "amb"); a longer name is specific.
    expect(BARCELONA_PROFILE.aliases).toContain('AMB');
    expect(validateNewProfile({ ...BARCELONA_PROFILE, districts: ['Catedral da Sé'] }).ok).toBe(true);
  });

  it('accepts a UTF-8 BOM', () => {
    expect(parseProfileFile(`\uFEFF${serializeProfile(BARCELONA_PROFILE)}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{ "version": 1,', /not valid JSON/],
    ['a JSON array', '[]', /one JSON object/],
    ['no names', JSON.stringify({ ...BARCELONA_PROFILE, names: [] }), /^names: /],
    ['a bad country code', JSON.stringify({ ...BARCELONA_PROFILE, country: 'Spain' }), /^country: use a two-letter country code/],
    ['a blank alias', JSON.stringify({ ...BARCELONA_PROFILE, aliases: ['BCN', '  '] }), /^aliases\[1\]: /],
    ['an unknown version', JSON.stringify({ ...BARCELONA_PROFILE, version: 9 }), /^version: /],
    ['a missing time zone', JSON.stringify({ ...BARCELONA_PROFILE, timezone: undefined }), /^timezone: /],
  ])('rejects %s and names the problem', (_name, text, message) => {
    const r = parseProfileFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('profile query', () => {
  it('accepts a valid boolean query', () => {
    expect(parseFileWith({ query: '(Barcelona OR BCN) AND NOT "FC Barcelona"' }).ok).toBe(true);
  });
  it('rejects a query with a syntax error and says where', () => {
    const r = parseFileWith({ query: '(Barcelona OR BCN' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^query: .*at character \d+/);
  });
});

function parseFileWith(patch: Record<string, unknown>) {
  return parseProfileFile(JSON.stringify({ ...BARCELONA_PROFILE, ...patch }));
}
