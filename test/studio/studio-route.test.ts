import { describe, expect, it } from 'vitest';
import { parseStudioHash, replyHash } from '@/lib/studio/studio-route';

describe('studio hash', () => {
  it.each([
    ['#studio', {}],
    ['studio', {}],
    ['#studio/reply/x%3A123', { replyTo: 'x:123' }],
    ['#studio/reply/', {}],
    ['#studio/reply/%E0%A4%A', {}],
    ['#feed', null],
    ['', null],
  ])('%j → %j', (hash, expected) => {
    expect(parseStudioHash(hash)).toEqual(expected);
  });

  it('round-trips any mention id', () => {
    for (const id of ['x:1', 'news:https://a.example/b?c=d#e', 'a/b/c', 'ñ ü']) expect(parseStudioHash(replyHash(id))).toEqual({ replyTo: id });
  });
});
