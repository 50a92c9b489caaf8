import { describe, expect, it } from 'vitest';
import { compileQuery, evaluateQuery, parseQuery } from '../../lib/tagging/query';
import { tokenize } from '../../lib/tagging/text-fold';

const run = (q: string, text: string) => evaluateQuery(compileQuery(q), tokenize(text));

describe('parseQuery', () => {
  it('builds precedence OR < AND < NOT < NEAR', () => {
    const r = parseQuery('a OR b c NOT d NEAR/2 e');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ast.type).toBe('or');
    if (r.ast.type !== 'or') return;
    const [left, right] = r.ast.children;
    expect(left).toMatchObject({ type: 'term', words: ['a'] });
    expect(right).toMatchObject({
      type: 'and',
      children: [
        { type: 'term', words: ['b'] },
        { type: 'term', words: ['c'] },
        { type: 'not', child: { type: 'near', distance: 2, left: { words: ['d'] }, right: { words: ['e'] } } },
      ],
    });
  });

  it('folds phrases and terms, and keeps prefixes', () => {
    const r = parseQuery('"Sagrada Família" turis*');
    expect(r).toMatchObject({
      ok: true,
      ast: { type: 'and', children: [
        { type: 'phrase', words: ['sagrada', 'familia'] },
        { type: 'term', words: ['turis'], prefix: true },
      ] },
    });
  });

  it.each([
    ['', 'empty query', 0],
    ['   ', 'empty query', 0],
    ['(a OR b', "missing ')'", 7],
    ['a OR', 'expected a word', 4],
    ['AND a', 'expected a word', 0],
    ['a )', "unexpected ')'", 2],
    ['"open quote', 'unclosed quote', 0],
    ['a NEAR b', 'NEAR needs a distance', 2],
    ['a NEAR/x b', 'NEAR needs a distance', 2],
    ['a NEAR/3', 'expected a word', 8],
    ['(a AND b) NEAR/3 c', 'NEAR joins words', 10],
    ['a ""', 'empty phrase', 2],
    ['a NOT', 'expected a word', 5],
    ['!!!', 'has no letters', 0],
  ])('reports %j as an error at its position', (q, message, position) => {
    const r = parseQuery(q);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain(message);
    expect(r.error.position).toBe(position);
  });

  it('lower-case operators are words', () => {
    const r = parseQuery('rock and roll');
    expect(r).toMatchObject({ ok: true, ast: { type: 'and', children: [{ words: ['rock'] }, { words: ['and'] }, { words: ['roll'] }] } });
  });
});

describe('evaluateQuery', () => {
  it.each([
    ['turisme AND massificació', 'El turisme i la massificació al Born', true],
    ['turisme AND massificació', 'El turisme al Born', false],
    ['turisme massificacio', 'Turisme, massificació', true],
    ['turisme OR turismo', 'El turismo crece', true],
    ['NOT futbol', 'Concert al Palau', true],
    ['NOT futbol', 'Partit de futbol', false],
    ['"Sagrada Familia"', 'Visita a la Sagrada Família', true],
    ['"Sagrada Familia"', 'La familia sagrada', false],
    ['turis*', 'Turistificació del barri', true],
    ['turis*', 'Els turistes', true],
    ['turis*', 'Aturis', false],
    ['#bcn', 'a BCN', true],
    ['obras NEAR/2 metro', 'Obras del nuevo metro', true],
    ['obras NEAR/2 metro', 'Metro cerrado por obras', true],
    ['obras NEAR/3 metro', 'Obras en la línea del metro', false],
    ['obras NEAR/4 metro', 'Obras en la línea del metro', true],
    ['(obras OR works) NEAR/0 metro', 'metro works', true],
    ['"les corts" NEAR/2 traffic', 'Traffic jams in Les Corts', true],
    ['(a OR b) AND NOT c', 'b here', true],
    ['(a OR b) AND NOT c', 'b and c', false],
  ])('%s on %j → %s', (q, text, expected) => {
    expect(run(q, text)).toBe(expected);
  });
});
