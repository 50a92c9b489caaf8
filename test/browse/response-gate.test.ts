import { describe, expect, it } from 'vitest';
import { ResponseGate } from '../../lib/browse/response-filter-plan';

type Step = ['body', string | null] | ['completed', number] | ['drop'];
const META = { url: 'https://x.com/i/api/graphql/a/SearchTimeline', pageUrl: 'https://x.com/search' };

/** Plays the events of one request through a gate; returns every release (text read for ingest). */
function play(steps: Step[]): Array<{ meta: typeof META; text: string }> {
  const gate = new ResponseGate<typeof META>();
  gate.start('r1', META);
  const out: Array<{ meta: typeof META; text: string }> = [];
  for (const s of steps) {
    const got = s[0] === 'body' ? gate.body('r1', s[1]) : s[0] === 'completed' ? gate.completed('r1', s[1]) : gate.drop('r1');
    if (got) out.push(got);
  }
  return out;
}

describe('ResponseGate (a copied body is read only once its request completed with 2xx)', () => {
  it.each<[string, Step[], string[]]>([
    ['body, then 200 (network order)', [['body', '{"a":1}'], ['completed', 200]], ['{"a":1}']],
    ['200, then body (BiDi-provided responses end the stream first)', [['completed', 200], ['body', '{"a":1}']], ['{"a":1}']],
    ['204 counts as success', [['body', '{}'], ['completed', 204]], ['{}']],
    ['503 after the body', [['body', '{"a":1}'], ['completed', 503]], []],
    ['404 before the body', [['completed', 404], ['body', '{"a":1}']], []],
    ['an unknown status (0) is not success', [['body', '{"a":1}'], ['completed', 0]], []],
    ['no copy (too large or empty)', [['body', null], ['completed', 200]], []],
    ['the request failed before its body ended', [['drop'], ['body', '{"a":1}'], ['completed', 200]], []],
    ['released once: later events find nothing', [['body', '{"a":1}'], ['completed', 200], ['completed', 200], ['body', '{"a":2}']], ['{"a":1}']],
  ])('%s', (_name, steps, texts) => {
    const got = play(steps);
    expect(got.map((g) => g.text)).toEqual(texts);
    for (const g of got) expect(g.meta).toEqual(META);
  });

  it('keeps requests apart and tracks at most maxOpen, forgetting the oldest', () => {
    const gate = new ResponseGate<number>(2);
    gate.start('a', 1);
    gate.start('b', 2);
    expect(gate.body('a', 'A')).toBeNull();
    gate.start('c', 3); // over the cap: 'a' is forgotten with its copy
    expect([gate.has('a'), gate.has('b'), gate.has('c')]).toEqual([false, true, true]);
    expect(gate.completed('a', 200)).toBeNull();
    expect(gate.completed('c', 200)).toBeNull();
    expect(gate.body('c', 'C')).toEqual({ meta: 3, text: 'C' });
    expect(gate.body('b', 'B')).toBeNull();
    expect(gate.completed('b', 200)).toEqual({ meta: 2, text: 'B' });
    expect([gate.has('b'), gate.has('c')]).toEqual([false, false]);
  });
});
