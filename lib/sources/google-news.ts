import type { CityProfile } from '../model/city-profile';

/** Google's limit on a search URL is near 2,000 characters; keep well under it. */
export const GOOGLE_NEWS_MAX_URL = 1800;

/** Google News locale parameters for a profile language and country: `hl`, `gl`, `ceid`. */
export function googleNewsLocale(lang: string, country: string): { hl: string; gl: string; ceid: string } {
  const hl = `${lang}-${country}`;
  return { hl, gl: country, ceid: `${country}:${lang}` };
}

function searchUrl(query: string, lang: string, country: string): string {
  const { hl, gl, ceid } = googleNewsLocale(lang, country);
  return `https://news.google.com/rss/search?${new URLSearchParams({ q: query, hl, gl, ceid }).toString()}`;
}

/** Longest query shown in a label: a source label holds 300 characters, a URL's query 1,800. */
export const GOOGLE_NEWS_LABEL_QUERY = 200;

/** The OR-joined terms, or as many as fit with `… +N` for the rest (the URL keeps them all). */
function shortLabel(terms: string[]): string {
  let shown = terms.length;
  const text = (k: number) => `${terms.slice(0, k).join(' OR ')}${k < terms.length ? ` … +${terms.length - k}` : ''}`;
  while (shown > 1 && text(shown).length > GOOGLE_NEWS_LABEL_QUERY) shown--;
  return text(shown);
}

/**
 * Google News search RSS URLs for a city profile: its names and aliases, each quoted and
 * OR-joined, split over as many URLs as needed to stay under the URL length limit, one set per
 * profile language. Each comes with a label so the user sees which query a feed URL holds.
 */
export function googleNewsUrls(profile: CityProfile, maxUrlLength = GOOGLE_NEWS_MAX_URL): Array<{ label: string; url: string }> {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const t of [...profile.names, ...profile.aliases]) {
    const clean = t.replace(/"/g, '').trim();
    if (clean && !seen.has(clean.toLowerCase())) {
      seen.add(clean.toLowerCase());
      terms.push(`"${clean}"`);
    }
  }
  const out: Array<{ label: string; url: string }> = [];
  for (const lang of profile.languages) {
    let group: string[] = [];
    const flush = () => {
      if (!group.length) return;
      out.push({ label: `${shortLabel(group)} · ${lang}-${profile.country}`, url: searchUrl(group.join(' OR '), lang, profile.country) });
      group = [];
    };
    for (const term of terms) {
      if (searchUrl(term, lang, profile.country).length > maxUrlLength) continue; // a single term too long to search at all
      if (group.length && searchUrl([...group, term].join(' OR '), lang, profile.country).length > maxUrlLength) flush();
      group.push(term);
    }
    flush();
  }
  return out;
}
