import { describe, expect, it } from 'vitest';
import { peerFromForm, peerMentions, profileIdOf } from '@/lib/peers/peer-mentions';
import { comparePeers, resolveWindow } from '@/lib/indicators';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { makeMention } from '../indicators/make-mention';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('peer mentions', () => {
  it('counts a stored mention for each city whose profile matches it', () => {
    const madrid = peerFromForm({ name: 'Madrid', terms: 'Castellana, #madrid', country: 'es' }, BARCELONA_PROFILE);
    const lyon = peerFromForm({ name: 'Lyon', terms: '', country: 'FR' }, BARCELONA_PROFILE);
    if (!madrid.ok || !lyon.ok) throw new Error('form refused');
    const ms = [
      makeMention({ id: 'a', text: 'Barcelona i Madrid, dues ciutats', sortAt: '2026-11-24T08:00:00.000Z' }),
      makeMention({ id: 'b', text: 'Barcelona supera a la Castellana', sortAt: '2026-11-24T09:00:00.000Z' }),
      makeMention({ id: 'c', text: 'Barcelona sola', sortAt: '2026-11-24T10:00:00.000Z' }),
      makeMention({ id: 'd', text: 'Barcelona, Lyon', sortAt: '2026-11-24T10:00:00.000Z', unmatched: true }),
    ];
    const by = peerMentions(ms, BARCELONA_PROFILE, [madrid.profile, lyon.profile]);
    expect(Object.fromEntries(Object.entries(by).map(([k, v]) => [k, v.map((m) => m.id)]))).toEqual({
      [BARCELONA_PROFILE.id]: ['a', 'b', 'c'], madrid: ['a', 'b'], lyon: ['d'],
    });
    const rows = comparePeers(by, resolveWindow('7d', NOW), NOW);
    expect(rows.map((r) => [r.profileId, r.count])).toEqual([[BARCELONA_PROFILE.id, 3], ['madrid', 2], ['lyon', 1]]);
    expect(rows[0].shareOfVoice.value).toBeCloseTo(3 / 6);
  });

  it.each([
    ['Saint-Étienne', 'saint-etienne'], ['L\'Hospitalet de Llobregat', 'l-hospitalet-de-llobregat'], ['Ö', 'city-o'],
  ])('derives the id of %s', (name, id) => expect(profileIdOf(name)).toBe(id));

  it('refuses a peer with an invalid country code', () => {
    const out = peerFromForm({ name: 'Lyon', terms: '', country: 'France' }, BARCELONA_PROFILE);
    expect(out.ok).toBe(false);
  });
});
