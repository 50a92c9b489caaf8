import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/model/mention';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';
import { retagMention } from '@/lib/tagging/retag';
import { USER_SENTIMENT_TAGGER, editMentionTags, resetMentionTags } from '@/lib/tagging/tag-edits';

const NOW = new Date('2026-11-25T09:00:00Z');
const pipeline = createPipeline(BARCELONA_PROFILE);

/** A stored mention as ingest tags it. */
function mention(text: string): Mention {
  const t = pipeline.tag({ text });
  return {
    id: 'x:1', origin: 'browse', platform: 'x', url: 'https://x.com/a/status/1', text, author: { handle: 'veina' },
    capturedAt: NOW.toISOString(), sortAt: NOW.toISOString(), lang: t.lang, sentiment: t.sentiment, topics: t.topics,
    attributes: t.attributes, matched: t.matched, taggers: t.taggers,
  };
}

describe('correcting a mention\'s tags', () => {
  const m = mention('Pelea con navajas anoche en el Raval, Barcelona');

  it('removes a wrong attribute and adds a missing one, keeping the tagger\'s own tags aside', () => {
    expect(m.attributes).toEqual(['violent']);
    const fixed = editMentionTags(editMentionTags(m, { kind: 'attribute', label: 'violent', on: false }, NOW), { kind: 'attribute', label: 'unsafe', on: true }, NOW);
    expect(fixed.attributes).toEqual(['unsafe']);
    expect(fixed.tagEdits).toMatchObject({ removeAttributes: ['violent'], addAttributes: ['unsafe'], editedAt: NOW.toISOString() });
    expect(fixed.tagEdits!.tagged.attributes).toEqual(['violent']);
  });

  it('keeps topics in taxonomy order and drops a correction that puts a tag back', () => {
    const added = editMentionTags(m, { kind: 'topic', label: 'tourism', on: true }, NOW);
    expect(added.topics).toEqual(['security', 'tourism']);
    const back = editMentionTags(added, { kind: 'topic', label: 'tourism', on: false }, NOW);
    expect(back.topics).toEqual(m.topics);
    expect(back.tagEdits).toBeUndefined();
    // Turning on a tag the tagger gave changes nothing.
    expect(editMentionTags(m, { kind: 'topic', label: 'security', on: true }, NOW)).toEqual(m);
  });

  it('sets the sentiment label (scored mid-scale, marked as the user\'s) and can set it back', () => {
    const other = m.sentiment.label === 'positive' ? 'negative' : 'positive';
    const set = editMentionTags(m, { kind: 'sentiment', label: other }, NOW);
    expect(set.sentiment).toEqual({ label: other, score: other === 'positive' ? 0.5 : -0.5, tagger: USER_SENTIMENT_TAGGER });
    const back = editMentionTags(set, { kind: 'sentiment', label: m.sentiment.label }, NOW);
    expect(back.sentiment).toEqual(m.sentiment);
    expect(back.tagEdits).toBeUndefined();
  });

  it('undoes every correction at once', () => {
    const edited = editMentionTags(editMentionTags(m, { kind: 'sentiment', label: 'neutral' }, NOW), { kind: 'topic', label: 'security', on: false }, NOW);
    expect(edited.topics).not.toContain('security');
    expect(resetMentionTags(edited)).toEqual(m);
    expect(resetMentionTags(m)).toBe(m);
  });

  it('survives re-tagging: the new tagger tags get the same corrections', () => {
    const edited = editMentionTags(editMentionTags(m, { kind: 'attribute', label: 'violent', on: false }, NOW), { kind: 'sentiment', label: 'neutral' }, NOW);
    const stale = { ...edited, text: 'Pelea con navajas anoche en el Raval, Barcelona. Las calles están sucias', taggers: { ...edited.taggers, topics: '0' } };
    const retagged = retagMention(stale, pipeline);
    expect(retagged.tagEdits!.tagged.attributes).toEqual(['violent', 'dirty']);
    expect(retagged.attributes).toEqual(['dirty']);
    expect(retagged.topics).toContain('cleanliness');
    expect(retagged.sentiment.label).toBe('neutral');
    expect(retagged.taggers.topics).toBe(pipeline.versions.topics);
  });
});
