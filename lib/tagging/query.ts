import { tokenize, type Tokens } from './text-fold';

/**
 * Boolean query language of a city profile.
 *
 *   query   := or
 *   or      := and ( "OR" and )*
 *   and     := unary ( ["AND"] unary )*          adjacent items are an implicit AND
 *   unary   := "NOT" unary | near
 *   near    := primary ( "NEAR/" n primary )*    at most n words between the two sides
 *   primary := "(" or ")" | "\"phrase\"" | term
 *   term    := any run of characters without spaces, quotes or parentheses; a trailing `*`
 *              matches any word starting with it (`turis*`); `#`/`@` are ignored, so a term
 *              matches words, hashtags and handles alike; accents and case never matter.
 *
 * Operators are recognised only in upper case (`and`, `or`, `near` are ordinary words), so
 * precedence from loosest to tightest is OR, AND, NOT, NEAR. The sides of NEAR must be words,
 * phrases or parenthesised OR groups of them.
 */
export type QueryNode =
  | { type: 'term'; words: string[]; prefix: boolean; position: number }
  | { type: 'phrase'; words: string[]; prefix: false; position: number }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode }
  | { type: 'near'; distance: number; left: QueryNode; right: QueryNode; position: number };

/** A syntax error, with the 0-based character offset where it was found. */
export interface QueryError {
  message: string;
  position: number;
}

export type ParseResult = { ok: true; ast: QueryNode } | { ok: false; error: QueryError };

/** Thrown by `compileQuery` (and so by `compileProfile`) for a query that does not parse. */
export class QuerySyntaxError extends Error {
  constructor(readonly detail: QueryError) {
    super(`query: ${detail.message} at character ${detail.position + 1}`);
    this.name = 'QuerySyntaxError';
  }
}

type Lex =
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'end'; pos: number }
  | { kind: 'near'; pos: number; n: number }
  | { kind: 'phrase' | 'term'; pos: number; text: string };

const MAX_NEAR = 1000;

function lex(q: string): Lex[] | QueryError {
  const out: Lex[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(') { out.push({ kind: 'lparen', pos: i }); i++; continue; }
    if (c === ')') { out.push({ kind: 'rparen', pos: i }); i++; continue; }
    if (c === '"' || c === '“' || c === '”') {
      const close = q.slice(i + 1).search(/["“”]/);
      if (close < 0) return { message: 'unclosed quote', position: i };
      out.push({ kind: 'phrase', pos: i, text: q.slice(i + 1, i + 1 + close) });
      i += close + 2;
      continue;
    }
    const start = i;
    while (i < q.length && !/[\s()"“”]/.test(q[i])) i++;
    const word = q.slice(start, i);
    if (word === 'AND') out.push({ kind: 'and', pos: start });
    else if (word === 'OR') out.push({ kind: 'or', pos: start });
    else if (word === 'NOT') out.push({ kind: 'not', pos: start });
    else if (word === 'NEAR' || word.startsWith('NEAR/')) {
      const n = /^NEAR\/(\d{1,4})$/.exec(word);
      if (!n) return { message: 'NEAR needs a distance in words, e.g. NEAR/5', position: start };
      const dist = Number(n[1]);
      if (dist > MAX_NEAR) return { message: `NEAR distance must be at most ${MAX_NEAR}`, position: start };
      out.push({ kind: 'near', pos: start, n: dist });
    } else out.push({ kind: 'term', pos: start, text: word });
  }
  out.push({ kind: 'end', pos: q.length });
  return out;
}

const isProximal = (n: QueryNode): boolean =>
  n.type === 'term' || n.type === 'phrase' || (n.type === 'or' && n.children.every(isProximal));

/** Parses a profile query into an AST, or returns the first syntax error with its position. */
export function parseQuery(q: string): ParseResult {
  const lexed = lex(q);
  if (!Array.isArray(lexed)) return { ok: false, error: lexed };
  const toks = lexed;
  let k = 0;
  const fail = (message: string, position: number): never => {
    throw new QuerySyntaxError({ message, position });
  };
  const describe = (t: Lex): string =>
    t.kind === 'end' ? 'end of query' : t.kind === 'rparen' ? "')'" : t.kind === 'near' ? 'NEAR' : `'${t.kind.toUpperCase()}'`;

  const primary = (): QueryNode => {
    const t = toks[k];
    if (t.kind === 'lparen') {
      k++;
      const inner = or();
      if (toks[k].kind !== 'rparen') fail("missing ')'", toks[k].pos);
      k++;
      return inner;
    }
    if (t.kind === 'phrase' || t.kind === 'term') {
      k++;
      const prefix = t.kind === 'term' && t.text.endsWith('*');
      const words = [...tokenize(prefix ? t.text.slice(0, -1) : t.text).words];
      if (!words.length) fail(t.kind === 'phrase' ? 'empty phrase' : `'${t.text}' has no letters or digits`, t.pos);
      return t.kind === 'phrase'
        ? { type: 'phrase', words, prefix: false, position: t.pos }
        : { type: 'term', words, prefix, position: t.pos };
    }
    return fail(`expected a word, a "phrase" or '(' but found ${describe(t)}`, t.pos);
  };
  const near = (): QueryNode => {
    let left = primary();
    while (toks[k].kind === 'near') {
      const op = toks[k] as Extract<Lex, { kind: 'near' }>;
      k++;
      const right = primary();
      if (!isProximal(left) || !isProximal(right)) {
        fail('NEAR joins words, phrases or (… OR …) groups of them', op.pos);
      }
      left = { type: 'near', distance: op.n, left, right, position: op.pos };
    }
    return left;
  };
  const unary = (): QueryNode => {
    if (toks[k].kind === 'not') {
      k++;
      return { type: 'not', child: unary() };
    }
    return near();
  };
  const startsUnary = (t: Lex) => t.kind === 'term' || t.kind === 'phrase' || t.kind === 'lparen' || t.kind === 'not';
  const and = (): QueryNode => {
    const children = [unary()];
    for (;;) {
      if (toks[k].kind === 'and') { k++; children.push(unary()); continue; }
      if (startsUnary(toks[k])) { children.push(unary()); continue; }
      break;
    }
    return children.length === 1 ? children[0] : { type: 'and', children };
  };
  function or(): QueryNode {
    const children = [and()];
    while (toks[k].kind === 'or') {
      k++;
      children.push(and());
    }
    return children.length === 1 ? children[0] : { type: 'or', children };
  }

  try {
    if (toks[0].kind === 'end') return { ok: false, error: { message: 'empty query', position: 0 } };
    const ast = or();
    if (toks[k].kind !== 'end') fail(`unexpected ${describe(toks[k])}`, toks[k].pos);
    return { ok: true, ast };
  } catch (e) {
    if (e instanceof QuerySyntaxError) return { ok: false, error: e.detail };
    throw e;
  }
}

type Leaf = Extract<QueryNode, { type: 'term' | 'phrase' }>;

/** A parsed query with its words indexed by first word, ready to run on many texts. */
export interface CompiledQuery {
  ast: QueryNode;
  leaves: Leaf[];
  /** First word → leaves starting with it (exact first word). */
  byFirst: Map<string, number[]>;
  /** Leaves that are a single prefix word (`turis*`): checked with startsWith. */
  prefixFirst: number[];
}

/** Parses and indexes a query; throws QuerySyntaxError (with the position) when it does not parse. */
export function compileQuery(q: string): CompiledQuery {
  const parsed = parseQuery(q);
  if (!parsed.ok) throw new QuerySyntaxError(parsed.error);
  const leaves: Leaf[] = [];
  const walk = (n: QueryNode): void => {
    if (n.type === 'term' || n.type === 'phrase') leaves.push(n);
    else if (n.type === 'not') walk(n.child);
    else if (n.type === 'near') { walk(n.left); walk(n.right); }
    else n.children.forEach(walk);
  };
  walk(parsed.ast);
  const byFirst = new Map<string, number[]>();
  const prefixFirst: number[] = [];
  leaves.forEach((leaf, id) => {
    if (leaf.prefix && leaf.words.length === 1) { prefixFirst.push(id); return; }
    const list = byFirst.get(leaf.words[0]) ?? [];
    list.push(id);
    byFirst.set(leaf.words[0], list);
  });
  return { ast: parsed.ast, leaves, byFirst, prefixFirst };
}

function leafAt(leaf: Leaf, words: readonly string[], i: number, masked: Uint8Array | undefined): boolean {
  const n = leaf.words.length;
  if (i + n > words.length) return false;
  for (let j = 0; j < n; j++) {
    if (masked && masked[i + j]) return false;
    const w = leaf.words[j];
    const last = j === n - 1;
    if (last && leaf.prefix ? !words[i + j].startsWith(w) : words[i + j] !== w) return false;
  }
  return true;
}

/**
 * Runs a compiled query on a tokenized text in one pass over its tokens. Tokens flagged in
 * `masked` (inside an exclusion phrase such as "FC Barcelona") are invisible to the query.
 */
export function evaluateQuery(cq: CompiledQuery, tokens: Tokens, masked?: Uint8Array): boolean {
  const { words } = tokens;
  const hits: number[][] = cq.leaves.map(() => []);
  for (let i = 0; i < words.length; i++) {
    if (masked && masked[i]) continue;
    const ids = cq.byFirst.get(words[i]);
    if (ids) for (const id of ids) if (leafAt(cq.leaves[id], words, i, masked)) hits[id].push(i);
    for (const id of cq.prefixFirst) if (words[i].startsWith(cq.leaves[id].words[0])) hits[id].push(i);
  }
  const leafIndex = new Map<QueryNode, number>(cq.leaves.map((l, id) => [l, id]));
  // Spans [start, end] (token indices, inclusive) where a proximal node occurs.
  const spans = (n: QueryNode): Array<[number, number]> => {
    if (n.type === 'term' || n.type === 'phrase') {
      const len = n.words.length;
      return hits[leafIndex.get(n)!].map((s) => [s, s + len - 1]);
    }
    if (n.type === 'or') return n.children.flatMap(spans);
    return [];
  };
  const evaluate = (n: QueryNode): boolean => {
    switch (n.type) {
      case 'term':
      case 'phrase':
        return hits[leafIndex.get(n)!].length > 0;
      case 'and':
        return n.children.every(evaluate);
      case 'or':
        return n.children.some(evaluate);
      case 'not':
        return !evaluate(n.child);
      case 'near': {
        const a = spans(n.left);
        const b = spans(n.right);
        return a.some(([as, ae]) => b.some(([bs, be]) => {
          const gap = bs > ae ? bs - ae - 1 : as > be ? as - be - 1 : 0;
          return gap <= n.distance;
        }));
      }
    }
  };
  return evaluate(cq.ast);
}
