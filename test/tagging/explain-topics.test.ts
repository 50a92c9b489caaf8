import { describe, expect, it } from 'vitest';
import type { Attribute, Topic } from '../../lib/model/taxonomy';
import { explainTopics, tagTopics } from '../../lib/tagging/topics';
import { loadCityPosts, loadDevPosts } from './city-posts';

describe('explainTopics', () => {
  it('names the words behind an attribute, and a negation that turned it round', () => {
    const hits = explainTopics('El centro ya no es seguro, lo siento', 'es');
    const safe = hits.find((h) => h.attributes.length);
    expect(safe).toMatchObject({ words: 'es seguro', negated: true, attributes: ['unsafe'], stop: false, overridden: false });
    expect(safe!.topics).toContain('security');
  });

  it('shows the words as written (accents and capitals kept) with their place in the text', () => {
    const text = 'Tres apunyalaments al Raval aquesta setmana';
    const hit = explainTopics(text, 'ca').find((h) => h.attributes.includes('violent'))!;
    expect(hit.words).toBe('apunyalaments');
    expect(text.slice(hit.start, hit.end)).toBe(hit.words);
  });

  it('marks a stop phrase and the term it overrides, which then gives nothing', () => {
    const hits = explainTopics('Seguro que mañana llueve', 'es');
    expect(hits.some((h) => h.stop && h.words === 'Seguro que')).toBe(true);
    const overridden = hits.find((h) => h.overridden)!;
    expect(overridden.words).toBe('Seguro');
    expect(overridden.attributes).toEqual([]);
    expect(tagTopics('Seguro que mañana llueve', 'es').attributes).toEqual([]);
  });

  it('marks a term in a yes/no question, which keeps its topic and ascribes nothing', () => {
    const hit = explainTopics('Is Barcelona safe for solo female travellers?', 'en').find((h) => h.words === 'safe')!;
    expect(hit).toMatchObject({ question: true, negated: false, attributes: [], topics: ['security'] });
  });

  it('finds nothing in a text with no term', () => {
    expect(explainTopics('Hoy cumple años mi abuela', 'es')).toEqual([]);
  });

  it('adds up to exactly what tagTopics gives, on every labelled post', () => {
    const posts = [...loadCityPosts(), ...loadDevPosts('dev7'), ...loadDevPosts('dev9')];
    let withHits = 0;
    for (const p of posts) {
      const hits = explainTopics(p.text, p.lang);
      if (hits.length) withHits++;
      const topics = new Set<Topic>(hits.flatMap((h) => h.topics));
      const attributes = new Set<Attribute>(hits.flatMap((h) => h.attributes));
      const tagged = tagTopics(p.text, p.lang);
      expect([...attributes].sort(), p.text).toEqual([...tagged.attributes].sort());
      expect([...topics].sort(), p.text).toEqual([...tagged.topics].sort());
    }
    expect(withHits).toBeGreaterThan(posts.length / 2);
  });
});
