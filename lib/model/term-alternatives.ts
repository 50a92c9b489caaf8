/**
 * Alternatives inside a taxonomy term: `(rent|prices) (is|are) (insane|crazy)` stands for the
 * eight terms it spells out, and an empty alternative makes a part optional (`rent (so|) high`).
 * One line can then hold a family of expressions that would otherwise take dozens, which keeps
 * the taxonomy editable by hand. Groups do not nest.
 */

/** Most terms one line may spell out: past it the line is refused rather than slowing tagging. */
export const MAX_EXPANSIONS = 2000;

type Part = string[];

/** The line cut into literal text and alternative groups, or why it cannot be. */
function parts(term: string): { parts: Part[] } | { error: string; at: number } {
  const out: Part[] = [];
  let i = 0;
  while (i < term.length) {
    const open = term.indexOf('(', i);
    const close = term.indexOf(')', i);
    if (close !== -1 && (open === -1 || close < open)) return { error: 'unopened', at: close };
    if (open === -1) {
      out.push([term.slice(i)]);
      break;
    }
    out.push([term.slice(i, open)]);
    const end = term.indexOf(')', open + 1);
    if (end === -1) return { error: 'unclosed', at: open };
    const inner = term.slice(open + 1, end);
    const nested = inner.indexOf('(');
    if (nested !== -1) return { error: 'nested', at: open + 1 + nested };
    if (!inner.includes('|')) return { error: 'single', at: open };
    const alts = inner.split('|');
    // An alternative with no letter or digit (`€`) would vanish at tokenizing and leave the rest
    // of its line to match alone (`(euros|€) brut` would stand for plain `brut`).
    let offset = open + 1;
    for (const alt of alts) {
      const bare = alt.trim();
      if (bare && bare !== '…' && bare !== '...' && !/[\p{L}\p{N}]/u.test(bare)) return { error: 'wordless', at: offset };
      offset += alt.length + 1;
    }
    out.push(alts);
    i = end + 1;
  }
  return { parts: out };
}

/** How many terms the parts spell out. */
function combinations(parts: Part[]): number {
  return parts.reduce((n, alts) => n * alts.length, 1);
}

/** Why a term line is malformed (`unclosed`, `unopened`, `nested`, `single`, `wordless`, `too-many`) and where, or undefined. */
export function alternativesError(term: string): { error: string; at: number } | undefined {
  const p = parts(term);
  if ('error' in p) return p;
  return combinations(p.parts) > MAX_EXPANSIONS ? { error: 'too-many', at: 0 } : undefined;
}

/**
 * The terms a line spells out, spaces collapsed, duplicates dropped, in reading order. A line
 * without parentheses is itself; a malformed one (see alternativesError) is kept as it is, so a
 * stray bracket in an old taxonomy never loses the term.
 */
export function expandAlternatives(term: string): string[] {
  if (!term.includes('(') && !term.includes(')')) return [term];
  const p = parts(term);
  if ('error' in p || combinations(p.parts) > MAX_EXPANSIONS) return [term];
  let acc = [''];
  for (const alts of p.parts) acc = acc.flatMap((prefix) => alts.map((a) => prefix + a));
  const seen = new Set<string>();
  for (const t of acc) {
    const clean = t.replace(/\s+/g, ' ').trim();
    if (clean) seen.add(clean);
  }
  return [...seen];
}
