import { describe, expect, it } from 'vitest';
import { countForChannel } from '../../lib/drafting/channel-length';
import { checkClarity } from '../../lib/drafting/clarity';
import { DEFAULT_FRAMES } from '../../lib/drafting/frames';
import { channelForPlatform, draftReply } from '../../lib/drafting/reply';
import { DraftSchema } from '../../lib/model/draft';
import { MentionSchema, type Mention } from '../../lib/model/mention';
import { EVIDENCE } from './evidence-fixture';

const NOW = '2026-07-02T09:00:00+02:00';

function mention(over: Partial<Mention>): Mention {
  return MentionSchema.parse({
    id: 'm-1', origin: 'browse', platform: 'x', url: 'https://x.com/veina/status/1',
    text: 'Otro verano sin sombra en Nou Barris. Los refugios climáticos son una vergüenza, siempre cerrados.',
    author: { handle: 'veina_nb', name: 'Veïna NB' }, capturedAt: '2026-07-01T18:00:00+02:00', lang: 'es',
    sentiment: { label: 'negative', score: -0.7, tagger: 'sentiment@1' }, topics: ['environment'], attributes: [],
    stakeholder: 'citizen', matched: ['Nou Barris'], taggers: {}, sortAt: '2026-07-01T18:00:00+02:00',
    ...over,
  });
}

describe('draftReply', () => {
  it('answers a negative post: acknowledge, give the fact, offer the next step, within X length', () => {
    const m = mention({});
    const d = draftReply({ mention: m, evidence: EVIDENCE, now: NOW });
    const text = d.versions[0].text;
    const frame = DEFAULT_FRAMES.citizen;
    expect(() => DraftSchema.parse(d)).not.toThrow();
    expect(d).toMatchObject({ replyTo: 'm-1', group: 'citizen', channel: 'x', lang: 'es', topic: 'environment' });
    expect(text.startsWith(frame.acknowledge.es)).toBe(true);
    expect(text).toContain('5 °C');
    expect(text.trim().endsWith(frame.nextStep.es)).toBe(true);
    expect(text.indexOf('5 °C')).toBeLessThan(text.indexOf(frame.nextStep.es));
    expect(countForChannel(text, 'x').count).toBeLessThanOrEqual(280);
    expect(d.evidenceIds).toEqual(['ev-temp']);
    expect(d.flags).toEqual([]);
  });

  it('uses the author group frame and language, and the platform length', () => {
    const m = mention({
      id: 'm-2', platform: 'mastodon', lang: 'ca', stakeholder: 'international',
      text: 'Els refugis climàtics de Barcelona no serveixen de res.', author: { handle: 'eurocities@mastodon.social' },
    });
    const d = draftReply({ mention: m, evidence: EVIDENCE, now: NOW });
    const text = d.versions[0].text;
    expect(d).toMatchObject({ channel: 'mastodon', lang: 'ca', group: 'international' });
    expect(text.startsWith('@eurocities@mastodon.social ' + DEFAULT_FRAMES.international.acknowledge.ca)).toBe(true);
    expect(text).toContain('400 espais');
    expect(d.length.limit).toBe(500);
  });

  it('thanks a positive post and adds a call to action instead of an apology', () => {
    const m = mention({ id: 'm-3', sentiment: { label: 'positive', score: 0.8, tagger: 'sentiment@1' }, text: '¡Qué bien el refugio climático de mi barrio!' });
    const text = draftReply({ mention: m, evidence: EVIDENCE, now: NOW, link: 'https://ajuntament.barcelona.cat/refugisclimatics/' }).versions[0].text;
    expect(text.startsWith('Gracias por compartirlo.')).toBe(true);
    expect(text).not.toContain(DEFAULT_FRAMES.citizen.acknowledge.es);
    expect(checkClarity(text, { lang: 'es' }).findings.map((f) => f.rule)).not.toContain('no-cta');
  });

  it('falls back to the citizen frame and Spanish for an unknown group and language', () => {
    const m = mention({ id: 'm-4', stakeholder: undefined, lang: 'pt' });
    expect(draftReply({ mention: m, evidence: EVIDENCE, now: NOW })).toMatchObject({ group: 'citizen', lang: 'es' });
  });

  it.each([
    ['x', 'x'], ['bluesky', 'bluesky'], ['mastodon', 'mastodon'], ['instagram', 'instagram'],
    ['facebook', 'facebook'], ['news', 'press'], ['web', 'press'], ['reddit', 'facebook'],
  ] as const)('a %s mention is answered on the %s channel', (platform, channel) => {
    expect(channelForPlatform(platform)).toBe(channel);
  });
});
