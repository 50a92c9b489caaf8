import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTES, type Attribute } from '../../lib/model/taxonomy';
import { TopicTaxonomySchema } from '../../lib/model/topic-taxonomy';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { attributeProbabilities, learnedThreshold, mergeLearned, tagBrand } from '../../lib/tagging/learned-attributes';
import { createPipeline } from '../../lib/tagging/pipeline';
import { DEFAULT_TAXONOMY } from '../../lib/tagging/taxonomy/default-taxonomy';
import { compiledFor } from '../../lib/tagging/topics';

const ROOT = path.resolve(__dirname, '../..');
const tax = compiledFor(undefined);

/** Probabilities in ATTRIBUTES order: `given` ones as stated, the rest 0. */
function probs(given: Partial<Record<Attribute, number>>): number[] {
  return ATTRIBUTES.map((a) => given[a] ?? 0);
}

describe('mergeLearned (how the model adds to the terms)', () => {
  const none = { topics: [], attributes: [] };

  it('adds what the model gives at least the threshold, with the topics the attribute implies', () => {
    const r = mergeLearned('…', none, [], ATTRIBUTES, probs({ dirty: 0.8, chaotic: 0.49 }), 0.5, tax);
    expect(r.attributes).toEqual(['dirty']);
    expect(r.topics).toEqual(['cleanliness']);
    expect(r.learned).toEqual([{ attribute: 'dirty', probability: 0.8 }]);
  });

  it('never adds back what a term withheld (negated, asked, ironic praise)', () => {
    const r = mergeLearned('Barcelona no es cara', none, ['expensive'], ATTRIBUTES, probs({ expensive: 0.99 }), 0.5, tax);
    expect(r.attributes).toEqual([]);
    expect(r.learned).toEqual([]);
  });

  it('never contradicts a term: no "safe" where a term said "unsafe", and no "unsafe" where one said "safe"', () => {
    const unsafe = { topics: ['security' as const], attributes: ['unsafe' as const] };
    expect(mergeLearned('…', unsafe, [], ATTRIBUTES, probs({ safe: 0.9 }), 0.5, tax).attributes).toEqual(['unsafe']);
    const safe = { topics: ['security' as const], attributes: ['safe' as const] };
    expect(mergeLearned('…', safe, [], ATTRIBUTES, probs({ unsafe: 0.9 }), 0.5, tax).attributes).toEqual(['safe']);
  });

  it('adds no praise to a post marked ironic, but still adds a complaint', () => {
    const r = mergeLearned('Qué barrio tan agradable 🙃', none, [], ATTRIBUTES, probs({ liveable: 0.9, dirty: 0.9 }), 0.5, tax);
    expect(r.attributes).toEqual(['dirty']);
  });

  it('does not repeat an attribute a term already gave', () => {
    const terms = { topics: ['cleanliness' as const], attributes: ['dirty' as const] };
    expect(mergeLearned('…', terms, [], ATTRIBUTES, probs({ dirty: 0.9 }), 0.5, tax).learned).toEqual([]);
  });
});

describe('the learned attribute layer on posts', () => {
  it('finds qualities said through a scene, which no term lists', () => {
    const cases: Array<[string, 'es' | 'ca' | 'en', Attribute]> = [
      ['Nos piden 1.200 euros por un piso de 45 metros en Sants, sin ascensor', 'es', 'expensive'],
      ['Avui he pagat 6 euros per un cafè a la Rambla', 'ca', 'expensive'],
      ["Couldn't walk on the beach at Barceloneta for all the towels, not a square metre free", 'en', 'overcrowded'],
      ['The new superblock in Sant Antoni is full of kids playing, so much nicer than the traffic', 'en', 'liveable'],
    ];
    for (const [text, lang, attribute] of cases) {
      expect(tagBrand(text, lang, { learned: false }).attributes, text).not.toContain(attribute);
      const r = tagBrand(text, lang);
      expect(r.attributes, text).toContain(attribute);
      expect(r.learned.map((l) => l.attribute), text).toContain(attribute);
      expect(attributeProbabilities(text, lang)[attribute]).toBeGreaterThanOrEqual(learnedThreshold());
    }
  });

  it('keeps a negation and a question as the terms read them', () => {
    expect(tagBrand('Barcelona no es una ciudad cara si sabes dónde comer', 'es').attributes).toEqual([]);
    expect(tagBrand('Is Barcelona expensive for students?', 'en').attributes).toEqual([]);
  });

  it('adds nothing to a post about nothing civic', () => {
    expect(tagBrand('Mañana corte de tráfico en la Diagonal por la maratón', 'es').attributes).toEqual([]);
    expect(tagBrand('El Barça guanya 3-0 i el Camp Nou esclata', 'ca').attributes).toEqual([]);
    expect(tagBrand('', 'es').attributes).toEqual([]);
  });

  it('is off when the taxonomy says so, and the pipeline follows the taxonomy', () => {
    const text = 'Nos piden 1.200 euros por un piso de 45 metros en Sants, sin ascensor';
    const off = TopicTaxonomySchema.parse({ ...DEFAULT_TAXONOMY, learnedAttributes: false });
    expect(tagBrand(text, 'es', { taxonomy: off }).attributes).toEqual([]);
    expect(createPipeline(BARCELONA_PROFILE, { taxonomy: compiledFor(off) }).tag({ text, lang: 'es' }).attributes).toEqual([]);
    const on = createPipeline(BARCELONA_PROFILE);
    expect(on.tag({ text, lang: 'es' }).attributes).toEqual(['expensive']);
    const why = on.explain({ text, lang: 'es' });
    expect(why.learned.map((l) => l.attribute)).toEqual(['expensive']);
    expect(why.hits.flatMap((h) => h.attributes)).not.toContain('expensive');
  });

  it('reads a stored taxonomy without the setting as on', () => {
    const { learnedAttributes, ...older } = DEFAULT_TAXONOMY;
    expect(learnedAttributes).toBe(true);
    expect(TopicTaxonomySchema.parse(older).learnedAttributes).toBe(true);
  });
});

describe('scripts/train-attributes.ts', () => {
  it('regenerates the shipped model byte for byte', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pulso-attr-'));
    try {
      const file = path.join(out, 'attribute-model.json');
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-attributes.ts', '--out', file], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(file).equals(readFileSync(path.join(ROOT, 'lib/tagging/learned/attribute-model.json')))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
