/** Small total readers for unknown JSON: they never throw and return undefined on a wrong shape. */

export type Obj = Record<string, unknown>;

/** The value as a plain object, or undefined. */
export function asObj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

/** The value as an array, or an empty array. */
export function asArr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A non-empty string, or undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** Follows a path of keys through nested objects. */
export function dig(v: unknown, ...keys: string[]): unknown {
  let cur: unknown = v;
  for (const k of keys) {
    const o = asObj(cur);
    if (!o) return undefined;
    cur = o[k];
  }
  return cur;
}

/** A non-negative integer count from a number or a digit string ("25900"), else undefined. */
export function count(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return Math.floor(v);
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/**
 * Parses a displayed count such as "37.2K", "1,234", "3 M", "1.2k views" (English-style
 * abbreviations, which is what the platforms' machine-readable labels use).
 */
export function displayCount(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const m = /(\d[\d,.\s\u00a0]*)\s*([kKmMbB])?/.exec(text);
  if (!m) return undefined;
  const digits = m[1].replace(/[\s\u00a0]/g, '');
  const mult = { k: 1e3, m: 1e6, b: 1e9 }[(m[2] ?? '').toLowerCase()] ?? 1;
  // With a suffix the dot/comma is a decimal point ("37.2K"); without, commas group thousands.
  const n = mult > 1 ? Number(digits.replace(',', '.')) : Number(digits.replace(/[,.](?=\d{3}\b)/g, ''));
  return Number.isFinite(n) ? Math.round(n * mult) : undefined;
}

/** Drops undefined fields so outputs stay small and comparable. */
export function compact<T extends Obj>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** Any date-ish value (ISO string, X's "Wed Oct 10 20:19:24 +0000 2018", Unix seconds) as ISO 8601 UTC. */
export function toIso(v: unknown, unit: 's' | 'ms' = 's'): string | undefined {
  let d: Date;
  if (typeof v === 'number' && Number.isFinite(v)) d = new Date(unit === 's' ? v * 1000 : v);
  else if (typeof v === 'string' && v.trim()) {
    const s = v.trim();
    // "2017-11-03 03:01:00.000000": a space instead of T and micro-seconds; read as UTC.
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
    const zone = m?.[4]?.toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') ?? 'Z';
    const ms = m?.[3] ? `.${m[3].slice(0, 3).padEnd(3, '0')}` : '';
    d = m ? new Date(`${m[1]}T${m[2].length === 5 ? `${m[2]}:00` : m[2]}${ms}${zone}`) : new Date(s);
  } else return undefined;
  const t = d.getTime();
  return Number.isFinite(t) ? d.toISOString() : undefined;
}

/** Caps a string at `max` UTF-16 units (used for raw HTML kept for re-parsing). */
export function cap(s: string, max = 20_000): string {
  return s.length > max ? s.slice(0, max) : s;
}

/**
 * What `visit` tells the walk about an object: `true` skips its children, an array visits
 * those nodes instead of its children, nothing visits all its children.
 */
export type WalkStep = boolean | void | readonly unknown[];

/**
 * Visits every object in a JSON tree, depth-first, without recursion (so deep payloads cannot
 * overflow the stack). `order: 'document'` visits siblings in document order; `'last-first'`
 * visits an object's values from the last one (the order the X, Reddit, Mastodon and Bluesky
 * goldens were written against). Array items are always visited in document order.
 */
export function walkObjects(root: unknown, visit: (o: Obj) => WalkStep, order: 'document' | 'last-first' = 'document'): void {
  const stack: unknown[] = [root];
  const push = (nodes: readonly unknown[]) => {
    const objects = nodes.filter((v) => v && typeof v === 'object');
    if (order === 'document') for (let i = objects.length - 1; i >= 0; i--) stack.push(objects[i]);
    else for (const v of objects) stack.push(v);
  };
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    const o = asObj(node);
    if (!o) continue;
    const step = visit(o);
    if (step === true) continue;
    push(Array.isArray(step) ? step : Object.values(o));
  }
}
