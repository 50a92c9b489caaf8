/**
 * Local calendar days in an IANA time zone, through Intl.DateTimeFormat (DST-correct, no date
 * library). Day keys are `YYYY-MM-DD` strings: they sort and compare as text.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
// Offsets of every zone are whole quarter hours, so the local day is constant within a UTC
// quarter hour: cache per (zone, quarter) to make bulk rollups cheap.
const QUARTER_MS = 15 * 60 * 1000;
const dayCache = new Map<string, Map<number, string>>();
const CACHE_LIMIT = 200_000;

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Local year, month, day, hour and minute of an instant in `tz`. */
export function localParts(ms: number, tz: string): { y: number; m: number; d: number; hour: number; minute: number } {
  const parts = formatter(tz).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), m: get('month'), d: get('day'), hour: get('hour') % 24, minute: get('minute') };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** True when `tz` is a time zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar day (`YYYY-MM-DD`) of an ISO instant in the IANA zone `tz`. */
export function dayKey(isoTime: string, tz: string): string {
  const ms = Date.parse(isoTime);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${isoTime}`);
  return dayKeyOfMs(ms, tz);
}

/** dayKey for epoch milliseconds. */
export function dayKeyOfMs(ms: number, tz: string): string {
  let cache = dayCache.get(tz);
  if (!cache) {
    cache = new Map();
    dayCache.set(tz, cache);
  }
  const quarter = Math.floor(ms / QUARTER_MS);
  const hit = cache.get(quarter);
  if (hit) return hit;
  const { y, m, d } = localParts(ms, tz);
  const key = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(quarter, key);
  return key;
}

/** Adds (or subtracts) whole calendar days to a day key. */
export function addDays(day: string, days: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Day keys from `first` to `last` inclusive (empty when last < first). */
export function dayRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Minutes since local midnight of an instant in `tz` (for quiet hours). */
export function localMinuteOfDay(ms: number, tz: string): number {
  const { hour, minute } = localParts(ms, tz);
  return hour * 60 + minute;
}

/**
 * The instant (epoch ms) a local day starts in `tz`. Found by correcting a UTC guess with the
 * zone's offset twice, which settles across DST changes. Where midnight does not exist (a
 * zone that springs forward at 00:00) it returns the first instant of that day.
 */
export function dayStartMs(day: string, tz: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`);
  let t = wall;
  for (let i = 0; i < 3; i++) {
    const p = localParts(t, tz);
    const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.hour, p.minute);
    const offset = asUtc - Math.floor(t / 60_000) * 60_000;
    const next = wall - offset;
    if (next === t) break;
    t = next;
  }
  // If local midnight was skipped, t lands on the previous day's last hour: step forward.
  while (dayKeyOfMs(t, tz) < day) t += 15 * 60_000;
  return t;
}
