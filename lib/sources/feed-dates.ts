/**
 * Reads a feed date into ISO 8601 (UTC), or undefined when it names no real instant: RFC 822
 * (`Sat, 07 Jan 2017 16:18:19 +0100`), RFC 3339, a bare `Z` zone, two-digit years, military
 * times without a colon (`03 Apr 02 1500 GMT`) and Unix timestamps in seconds or milliseconds.
 */
export function toIsoDate(raw: unknown): string | undefined {
  if (raw instanceof Date) return valid(raw);
  if (typeof raw === 'number') return fromEpoch(raw);
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (!s) return undefined;
  if (/^\d{9,13}(\.\d+)?$/.test(s)) return fromEpoch(Number(s));
  const iso = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (iso) {
    // A time without a zone is read as UTC rather than the machine's zone, so results do not depend on where Pulso runs.
    const withZone = iso[1] && !iso[4] ? `${s.replace(' ', 'T')}Z` : s.replace(' ', 'T');
    return valid(new Date(withZone));
  }
  const rfc = /^(?:[^\d\s,]{2,12},?\s+)?(\d{1,2})\s+([^\d\s.,]{3,10})\.?\s+(\d{2,4})\s+(\d{1,2}):?(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (rfc) {
    const [, d, mon, y, h, mi, sec, zone] = rfc;
    const month = monthIndex(mon);
    if (month === undefined) return undefined;
    let year = Number(y);
    if (y.length === 2) year += year < 50 ? 2000 : 1900;
    const offset = zoneOffsetMinutes(zone);
    if (offset === undefined) return undefined;
    const ms = Date.UTC(year, month, Number(d), Number(h), Number(mi), Number(sec ?? 0)) - offset * 60_000;
    return valid(new Date(ms));
  }
  // Last resort for other spellings the platform parser knows, only when a full year is present.
  return /\b(19|20)\d{2}\b/.test(s) && s.length >= 8 ? valid(new Date(s)) : undefined;
}

// Month abbreviations feeds really use: English by the RFC, and the local ones Spanish,
// Catalan, Portuguese, French, Italian and German publishers put in by mistake.
const MONTHS: Record<string, number> = {
  jan: 0, ene: 0, gen: 0, jani: 0, janv: 0, feb: 1, fev: 1, fév: 1, febr: 1, févr: 1, mar: 2, mär: 2, mrz: 2,
  apr: 3, abr: 3, avr: 3, may: 4, mai: 4, mag: 4, maig: 4, jun: 5, juin: 5, giu: 5, juny: 5,
  jul: 6, juil: 6, lug: 6, juli: 6, aug: 7, ago: 7, aoû: 7, sep: 8, set: 8, sept: 8,
  oct: 9, out: 9, ott: 9, okt: 9, nov: 10, dec: 11, dic: 11, dez: 11, déc: 11, des: 11,
};

function monthIndex(name: string): number | undefined {
  const n = name.toLowerCase();
  // Longest known prefix first, so French "juil" is July and "juin" June.
  for (const len of [4, 3]) {
    const m = MONTHS[n.slice(0, len)];
    if (m !== undefined) return m;
  }
  return undefined;
}
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360,
  PST: -480, PDT: -420, CET: 60, CEST: 120, BST: 60,
};

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const num = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (num) return (num[1] === '-' ? -1 : 1) * (Number(num[2]) * 60 + Number(num[3]));
  return ZONES[zone.toUpperCase()];
}

function fromEpoch(n: number): string | undefined {
  return valid(new Date(n < 1e11 ? n * 1000 : n));
}

function valid(d: Date): string | undefined {
  const t = d.getTime();
  // Years outside 1990–2100 are parse accidents, not news dates.
  if (Number.isNaN(t) || d.getUTCFullYear() < 1990 || d.getUTCFullYear() > 2100) return undefined;
  return d.toISOString();
}
