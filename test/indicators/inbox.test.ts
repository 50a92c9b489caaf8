import { describe, expect, it } from 'vitest';
import { addressedAccounts, engagementPerHour, isComplaint, isQuestion, rankInbox } from '../../lib/indicators/inbox';
import { resolveWindow } from '../../lib/indicators/window';
import type { InboxItemState } from '../../lib/model/indicator';
import { makeMention, sent } from './make-mention';

const now = new Date('2026-09-01T12:00:00Z');
const w = resolveWindow('7d', now);
const profile = { ownAccounts: ['barcelona_cat', '@bcn_ajuntament'] };

describe('detectors', () => {
  it.each([
    ['@barcelona_cat quan arreglareu el carrer?', ['barcelona_cat']],
    ['Hola @BCN_Ajuntament, ¿cuándo?', ['bcn_ajuntament']],
    ['@barcelona_cat_oficial no és vostre', []],
    ['mail me at info@barcelona_cat', []],
    ['sense mencions', []],
  ])('addressed in %j → %j', (text, expected) => expect(addressedAccounts(text, profile.ownAccounts)).toEqual(expected));

  it.each([
    ['Una vergüenza, la calle sigue sin luz', true],
    ['Quina vergonya, el carrer encara no està net', true],
    ['Still waiting for the bus, unacceptable', true],
    ['Nobody cleans this street', true],
    ['Preciós capvespre a la platja', false],
    ['Un brutal concierto', false], // "brut" only as a whole word
  ])('complaint %j → %s', (text, expected) => expect(isComplaint(text)).toBe(expected));

  it('questions', () => {
    expect(isQuestion('¿Cuándo abre')).toBe(true);
    expect(isQuestion('Obre demà.')).toBe(false);
  });

  it('engagement per hour: since publication, or between sightings', () => {
    const m = makeMention({ sortAt: '2026-09-01T08:00:00Z', publishedAt: '2026-09-01T08:00:00Z', metrics: { likes: 300, reposts: 100 }, lastSeenAt: '2026-09-01T11:00:00Z' });
    // 400 interactions / 4 h since publication
    expect(engagementPerHour(m, now)).toBe(100);
    // 400 − 100 = 300 gained between 10:00 and 11:00 → 300/h
    expect(engagementPerHour(m, now, { at: '2026-09-01T10:00:00Z', likes: 80, reposts: 20 })).toBe(300);
    expect(engagementPerHour({ ...m, metrics: { followers: 10 } }, now)).toBeNull(); // unknown ≠ zero
  });
});

describe('rankInbox', () => {
  const at = '2026-08-31T10:00:00Z';
  const mentions = [
    makeMention({ id: 'q', sortAt: at, text: '@barcelona_cat ¿cuándo arreglan la farola?' }),
    makeMention({ id: 'c', sortAt: '2026-08-31T11:00:00Z', text: '@bcn_ajuntament quina vergonya, encara no han netejat', sentiment: sent('negative') }),
    makeMention({ id: 'plain', sortAt: at, text: 'Gràcies @barcelona_cat!' , sentiment: sent('positive') }),
    makeMention({ id: 'viral-neg', sortAt: at, text: 'Barcelona is filthy', sentiment: sent('negative'), metrics: { views: 1_000_000 } }),
    makeMention({ id: 'small-neg', sortAt: at, text: 'meh', sentiment: sent('negative'), metrics: { views: 50 } }),
    makeMention({ id: 'fast', sortAt: '2026-09-01T10:00:00Z', publishedAt: '2026-09-01T10:00:00Z', text: 'look at this', metrics: { likes: 900, reposts: 100 } }),
    makeMention({ id: 'quiet', sortAt: at, text: 'Bon dia Barcelona' }),
    makeMention({ id: 'old', sortAt: '2026-08-01T10:00:00Z', text: '@barcelona_cat ?' }),
  ];

  it('lists what needs an answer, ranked and explained', () => {
    const items = rankInbox(mentions, w, now, profile, []);
    const ids = items.map((i) => i.mentionId);
    // c: 40 + 20 (complaint) and q: 40 + 20 (question) tie, the newer (c) first; plain: 40; viral-neg: 25·log10(1e6)/6 = 25;
    // fast: 1000 interactions / 2 h = 500/h → 15·log10(501)/3 = 13.5
    expect(ids).toEqual(['c', 'q', 'plain', 'viral-neg', 'fast']);
    const by = Object.fromEntries(items.map((i) => [i.mentionId, i]));
    expect(by.q.reasons).toEqual(['addressed', 'question']);
    expect(by.c.reasons).toEqual(['addressed', 'complaint']);
    expect(by.c.addressed).toEqual(['bcn_ajuntament']);
    expect(by['viral-neg'].reasons).toEqual(['high-reach-negative']);
    expect(by['viral-neg'].score).toBeCloseTo(25, 10);
    expect(by.fast.reasons).toEqual(['fast-spreading']);
    expect(by.fast.engagementPerHour).toBe(500);
    expect(by.fast.score).toBeCloseTo(15 * Math.log10(501) / 3, 10);
  });

  it('hides answered and dismissed items and keeps notes on open ones', () => {
    const states: InboxItemState[] = [
      { mentionId: 'c', status: 'answered', updatedAt: '2026-09-01T11:00:00Z' },
      { mentionId: 'plain', status: 'dismissed', updatedAt: '2026-09-01T11:00:00Z' },
      { mentionId: 'q', status: 'open', note: 'asked the district office', updatedAt: '2026-09-01T11:00:00Z' },
    ];
    const items = rankInbox(mentions, w, now, profile, states);
    expect(items.map((i) => i.mentionId)).toEqual(['q', 'viral-neg', 'fast']);
    expect(items[0].state?.note).toBe('asked the district office');
    expect(rankInbox(mentions, w, now, profile, states, { includeClosed: true })).toHaveLength(5);
  });
});
