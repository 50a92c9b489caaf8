import type { CityProfile } from '../model/city-profile';
import { PROFILE_VERSION } from '../model/city-profile';
import type { Mention } from '../model/mention';
import { compileProfile, matchProfile } from '../tagging/match';
import { validateProfile, type ProfileParse } from '../profile/profile-io';

/**
 * Splits stored mentions by city for share of voice: the main profile gets every stored
 * mention it matched (manual captures marked unmatched are left out), each peer the stored
 * mentions its own profile matches. Pulso only stores mentions matching the main profile, so
 * peers are counted among those (posts naming both cities), not over the whole web.
 */
export function peerMentions(mentions: readonly Mention[], main: CityProfile, peers: readonly CityProfile[]): Record<string, Mention[]> {
  const out: Record<string, Mention[]> = { [main.id]: mentions.filter((m) => !m.unmatched) };
  for (const p of peers) {
    if (p.id === main.id) continue;
    const compiled = compileProfile(p);
    out[p.id] = mentions.filter((m) => matchProfile(m.title && !m.text.startsWith(m.title) ? `${m.title}\n${m.text}` : m.text, compiled).isMatch);
  }
  return out;
}

/** A short id from a city name: "Saint-Étienne" → "saint-etienne". */
export function profileIdOf(name: string): string {
  const id = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return id.length >= 2 ? id : `city-${id || 'x'}`;
}

/**
 * A peer profile from the small form: name, terms (comma or line separated; the name itself
 * is always one) and country; languages and time zone follow the main profile.
 */
export function peerFromForm(form: { name: string; terms: string; country: string }, main: Pick<CityProfile, 'languages' | 'timezone'>): ProfileParse {
  const terms = [form.name, ...form.terms.split(/[,\n]/)].map((s) => s.trim()).filter(Boolean);
  return validateProfile({
    version: PROFILE_VERSION, id: profileIdOf(form.name), name: form.name.trim(), country: form.country.trim().toUpperCase(),
    languages: main.languages, timezone: main.timezone, names: [...new Set(terms)],
  });
}
