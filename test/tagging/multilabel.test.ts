import { describe, expect, it } from 'vitest';
import { newFeatureViews, type FeatureViews } from '../../lib/tagging/sentiment/features';
import {
  prepareModel, quantize, scoreExample, scoreLabels, toExample, trainMultiLabel, type MultiLabelModel,
} from '../../lib/tagging/learned/multilabel';

const DIM = 8;
const OPTIONS = { dimBits: DIM, epochs: 30, lr: 0.5, l2: 1e-5, positiveWeight: 1, seed: 7 };

/** A post as feature views: `buckets` in the words view (value 1 unless given), `chars` in the other. */
function views(buckets: Array<number | [number, number]>, chars: number[] = []): FeatureViews {
  const v = newFeatureViews();
  for (const b of buckets) {
    const [idx, val] = typeof b === 'number' ? [b, 1] : b;
    v.words.idx[v.words.n] = idx;
    v.words.val[v.words.n++] = val;
  }
  for (const c of chars) {
    v.chars.idx[v.chars.n] = c;
    v.chars.val[v.chars.n++] = 1;
  }
  v.words.cues = v.words.n;
  v.chars.cues = v.chars.n;
  return v;
}

/** Straightforward reference: every feature times every weight, in floating point. */
function reference(model: MultiLabelModel, v: FeatureViews): number[] {
  const L = model.labels.length;
  const mask = (1 << model.dimBits) - 1;
  const all = [v.words, v.chars].flatMap((x) => Array.from({ length: x.cues }, (_, j) => [x.idx[j] & mask, x.val[j]] as const));
  const norm = Math.sqrt(all.reduce((s, [, x]) => s + x * x, 0));
  return model.labels.map((_, a) => {
    const z = all.reduce((s, [b, x]) => s + model.weights[b * L + a] * model.scale * (x / norm), model.bias[a]);
    return 1 / (1 + Math.exp(-z));
  });
}

describe('multi-label logistic regression', () => {
  it('learns which features mean which labels, each label on its own', () => {
    // Label 0 comes with bucket 3, label 1 with bucket 5; bucket 9 is noise on every post.
    const posts = [
      { f: [3, 9], on: [1, 0] }, { f: [5, 9], on: [0, 1] }, { f: [3, 5, 9], on: [1, 1] }, { f: [9], on: [0, 0] },
    ];
    const examples = posts.flatMap((p) => Array.from({ length: 10 }, () => toExample(views(p.f), DIM, Uint8Array.from(p.on))));
    const w = trainMultiLabel(examples, 2, OPTIONS);
    const p = (f: number[]) => Array.from(scoreExample(w, 2, toExample(views(f), DIM, new Uint8Array(2))));
    expect(p([3, 9])[0]).toBeGreaterThan(0.8);
    expect(p([3, 9])[1]).toBeLessThan(0.2);
    expect(p([5, 9])[1]).toBeGreaterThan(0.8);
    expect(p([9])[0]).toBeLessThan(0.2);
  });

  it('is reproducible: the same examples and seed give the same weights', () => {
    const examples = [toExample(views([1, 2]), DIM, Uint8Array.from([1])), toExample(views([2, 3]), DIM, Uint8Array.from([0]))];
    expect(trainMultiLabel(examples, 1, OPTIONS)).toEqual(trainMultiLabel(examples, 1, OPTIONS));
  });

  it.each([15, 29, 32])('scores %i labels with packed integer weights exactly as the plain arithmetic does, long posts and fractional values included', (n) => {
    const labels = Array.from({ length: n }, (_, i) => `l${i}`);
    const weights = Int8Array.from({ length: (1 << DIM) * n }, (_, i) => ((i * 2654435761) >>> 24) - 128);
    // Bucket 5 has the largest weight for every label: repeated, it fills the integer sums fastest.
    weights.fill(127, 5 * n, 6 * n);
    const model: MultiLabelModel = { dimBits: DIM, labels, weights, scale: 0.01, bias: labels.map((_, i) => (i - 7) / 10) };
    const prepared = prepareModel(model);
    const out = new Float64Array(labels.length);
    // 700 binary features: 400 copies of bucket 5 (whose sum would overflow a 16-bit lane without
    // the flush every 128 features), then buckets beyond the table, folded in; some fractional
    // values; features in both views.
    const long = views([...Array.from({ length: 700 }, (_, i) => (i < 400 ? 5 : (i * 37) % 1000)), [17, 0.3], [200, 2.5]], [4, 4, 250]);
    for (const v of [long, views([1]), views([[3, 0.5]], [7])]) {
      const got = Array.from(scoreLabels(prepared, v, out));
      reference(model, v).forEach((p, a) => expect(got[a]).toBeCloseTo(p, 9));
    }
  });

  it('reads only each view\'s own features, not the shared cues after them', () => {
    const model: MultiLabelModel = { dimBits: DIM, labels: ['a'], weights: Int8Array.from({ length: 1 << DIM }, (_, b) => (b === 9 ? 100 : 1)), scale: 0.1, bias: [0] };
    const prepared = prepareModel(model);
    const plain = views([1, 2]);
    const shouted = views([1, 2]);
    // Cues (say, one "caps" feature per shouted word) sit after `cues`: they change nothing.
    for (let k = 0; k < 5; k++) {
      shouted.words.idx[shouted.words.n] = 9;
      shouted.words.val[shouted.words.n++] = 1;
    }
    expect(scoreLabels(prepared, shouted, new Float64Array(1))[0]).toBe(scoreLabels(prepared, plain, new Float64Array(1))[0]);
    expect(toExample(shouted, DIM, new Uint8Array(1)).idx).toEqual(toExample(plain, DIM, new Uint8Array(1)).idx);
  });

  it('gives every label its bias on a post with no features', () => {
    const model: MultiLabelModel = { dimBits: DIM, labels: ['a', 'b'], weights: new Int8Array((1 << DIM) * 2), scale: 1, bias: [0, 2] };
    const got = scoreLabels(prepareModel(model), views([]), new Float64Array(2));
    expect(got[0]).toBeCloseTo(0.5, 9);
    expect(got[1]).toBeCloseTo(1 / (1 + Math.exp(-2)), 9);
  });

  it('refuses a model with more labels than a packed bucket holds', () => {
    const labels = Array.from({ length: 33 }, (_, i) => `l${i}`);
    expect(() => prepareModel({ dimBits: 2, labels, weights: new Int8Array(4 * 33), scale: 1, bias: labels.map(() => 0) })).toThrow(/at most 32 labels/);
  });

  it('quantizes to int8 with the largest weight at ±127', () => {
    const q = quantize(Float32Array.from([0.5, -1, 0.25, 0]));
    expect(Array.from(q.weights)).toEqual([64, -127, 32, 0]);
    expect(q.scale).toBeCloseTo(1 / 127, 9);
  });
});
