import { mulberry32 } from '../../seeded-random';
import type { FeatureVector, FeatureViews } from '../sentiment/features';

/**
 * A multi-label logistic regression over the sentiment model's hashed feature views (words, word
 * pairs and char 4-grams of a post, folded into a smaller table; not the views' shared sentiment
 * cues, whose caps and punctuation counts would make a shouted tweet look like any label it
 * co-occurred with in training): one independent yes/no model
 * per label, all weights of a bucket side by side, so one post costs about one cache line per
 * feature. Pure: the trainer and the scorer take and return data.
 */
export interface MultiLabelModel {
  /** Table size as a power of two; feature buckets are folded into it with a mask. */
  dimBits: number;
  labels: readonly string[];
  /** `weights[bucket * labels.length + label] * scale` is the weight. */
  weights: ArrayLike<number>;
  scale: number;
  bias: readonly number[];
}

/** One post as the trainer sees it: folded buckets, values scaled to unit length, label flags. */
export interface Example {
  idx: Int32Array;
  val: Float32Array;
  on: Uint8Array;
}

/** Folds both views' own features into `dimBits` buckets, scaled so the vector has unit length. */
export function toExample(views: FeatureViews, dimBits: number, on: Uint8Array): Example {
  const mask = (1 << dimBits) - 1;
  const n = views.words.cues + views.chars.cues;
  const idx = new Int32Array(n);
  const val = new Float32Array(n);
  let k = 0;
  let sq = 0;
  for (const v of [views.words, views.chars]) {
    for (let j = 0; j < v.cues; j++, k++) {
      idx[k] = v.idx[j] & mask;
      val[k] = v.val[j];
      sq += v.val[j] * v.val[j];
    }
  }
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  for (let j = 0; j < n; j++) val[j] *= inv;
  return { idx, val, on };
}

/**
 * A model laid out for scoring: each bucket's int8 weights, offset by 128 to 0…255, packed four
 * per 32-bit word (eight words, half a cache line, for up to 32 labels). A binary feature, which
 * is almost every feature, then costs eight reads, each split by two masks into two words of
 * 16-bit lanes, instead of a multiply-add per label: the scorer's inner loop was most of the
 * layer's time, and most of that was waiting for the bucket's line (bytes, not 16-bit lanes,
 * halve the table to 512 KiB, which stays in cache beside the sentiment model).
 */
export interface PreparedModel {
  model: MultiLabelModel;
  packed: Int32Array;
}

/** 32-bit words per bucket in the packed table. */
const WORDS = 8;
/** Running sums: two per packed word (its even and its odd bytes), two 16-bit lanes each. */
const SUMS = 2 * WORDS;
/** Binary features summed before the lanes are read out: 128 × 255 keeps every lane in 16 bits and a word under 2³¹. */
const FLUSH = 128;
const EVEN = 0x00ff00ff;

export function prepareModel(model: MultiLabelModel): PreparedModel {
  const L = model.labels.length;
  if (L > 4 * WORDS) throw new Error(`multi-label model: at most ${4 * WORDS} labels`);
  const buckets = 1 << model.dimBits;
  const packed = new Int32Array(buckets * WORDS);
  for (let b = 0; b < buckets; b++) {
    for (let a = 0; a < 4 * WORDS; a++) {
      const lane = a < L ? model.weights[b * L + a] + 128 : 128;
      packed[b * WORDS + (a >> 2)] |= lane << ((a & 3) * 8);
    }
  }
  return { model, packed };
}

// Per-label sums of one post: integer weights times feature values, before scaling.
const sums = new Float64Array(4 * WORDS);
// Packed sums of binary features not yet read out (see readLanes), and how many features they hold.
const lanes = new Int32Array(SUMS);
let pending = 0;
let binary = 0;

/**
 * Writes each label's probability for a post into `out` (length = labels): both views' own
 * features scaled to unit length, as `toExample` scales them, times the weights.
 */
export function scoreLabels(prepared: PreparedModel, views: FeatureViews, out: Float64Array): Float64Array {
  const { model } = prepared;
  sums.fill(0);
  lanes.fill(0);
  pending = 0;
  binary = 0;
  const sq = addView(prepared, views.words) + addView(prepared, views.chars);
  readLanes();
  const inv = sq > 0 ? model.scale / Math.sqrt(sq) : 0;
  for (let a = 0; a < model.labels.length; a++) {
    const z = (sums[a] - 128 * binary) * inv + model.bias[a];
    out[a] = 1 / (1 + Math.exp(-z));
  }
  return out;
}

/**
 * Adds one view's features to the sums; returns the sum of their squared values. Packed word k
 * holds labels 4k…4k+3 in its bytes: `e<k>` sums its bytes 0 and 2 (labels 4k, 4k+2), `o<k>` its
 * bytes 1 and 3 (labels 4k+1, 4k+3), each in a 16-bit lane.
 */
function addView(prepared: PreparedModel, v: FeatureVector): number {
  const { model, packed } = prepared;
  const L = model.labels.length;
  const mask = (1 << model.dimBits) - 1;
  const { idx, val, cues: n } = v;
  let sq = 0;
  // Named sums: a loop over an array of them was three times slower.
  let e0 = lanes[0]; let e1 = lanes[1]; let e2 = lanes[2]; let e3 = lanes[3];
  let e4 = lanes[4]; let e5 = lanes[5]; let e6 = lanes[6]; let e7 = lanes[7];
  let o0 = lanes[8]; let o1 = lanes[9]; let o2 = lanes[10]; let o3 = lanes[11];
  let o4 = lanes[12]; let o5 = lanes[13]; let o6 = lanes[14]; let o7 = lanes[15];
  for (let j = 0; j < n; j++) {
    const bucket = idx[j] & mask;
    const x = val[j];
    sq += x * x;
    if (x !== 1) {
      const w = model.weights;
      for (let a = 0; a < L; a++) sums[a] += w[bucket * L + a] * x;
      continue;
    }
    const p = bucket * WORDS;
    let w = packed[p]; e0 += w & EVEN; o0 += (w >>> 8) & EVEN;
    w = packed[p + 1]; e1 += w & EVEN; o1 += (w >>> 8) & EVEN;
    w = packed[p + 2]; e2 += w & EVEN; o2 += (w >>> 8) & EVEN;
    w = packed[p + 3]; e3 += w & EVEN; o3 += (w >>> 8) & EVEN;
    w = packed[p + 4]; e4 += w & EVEN; o4 += (w >>> 8) & EVEN;
    w = packed[p + 5]; e5 += w & EVEN; o5 += (w >>> 8) & EVEN;
    w = packed[p + 6]; e6 += w & EVEN; o6 += (w >>> 8) & EVEN;
    w = packed[p + 7]; e7 += w & EVEN; o7 += (w >>> 8) & EVEN;
    binary++;
    if (++pending === FLUSH) {
      lanes[0] = e0; lanes[1] = e1; lanes[2] = e2; lanes[3] = e3; lanes[4] = e4; lanes[5] = e5; lanes[6] = e6; lanes[7] = e7;
      lanes[8] = o0; lanes[9] = o1; lanes[10] = o2; lanes[11] = o3; lanes[12] = o4; lanes[13] = o5; lanes[14] = o6; lanes[15] = o7;
      readLanes();
      e0 = e1 = e2 = e3 = e4 = e5 = e6 = e7 = o0 = o1 = o2 = o3 = o4 = o5 = o6 = o7 = 0;
    }
  }
  lanes[0] = e0; lanes[1] = e1; lanes[2] = e2; lanes[3] = e3; lanes[4] = e4; lanes[5] = e5; lanes[6] = e6; lanes[7] = e7;
  lanes[8] = o0; lanes[9] = o1; lanes[10] = o2; lanes[11] = o3; lanes[12] = o4; lanes[13] = o5; lanes[14] = o6; lanes[15] = o7;
  return sq;
}

/** Moves the 16-bit lanes of the packed sums into `sums` (see addView for which label is where) and clears them. */
function readLanes(): void {
  for (let k = 0; k < WORDS; k++) {
    const even = lanes[k];
    const odd = lanes[WORDS + k];
    sums[4 * k] += even & 0xffff;
    sums[4 * k + 2] += even >>> 16;
    sums[4 * k + 1] += odd & 0xffff;
    sums[4 * k + 3] += odd >>> 16;
    lanes[k] = 0;
    lanes[WORDS + k] = 0;
  }
  pending = 0;
}

export interface TrainOptions {
  dimBits: number;
  epochs: number;
  /** Initial step; it decays as 1 / (1 + l2 · lr · t). */
  lr: number;
  l2: number;
  /** Weight of a positive example's loss: labels are rare, and a missed one costs more. */
  positiveWeight: number;
  seed: number;
}

/** Float weights before quantization (the trainer's output). */
export interface TrainedWeights {
  weights: Float32Array;
  bias: Float64Array;
}

/** Stochastic gradient descent on the logistic loss with L2, examples shuffled each epoch. */
export function trainMultiLabel(examples: readonly Example[], labels: number, o: TrainOptions): TrainedWeights {
  const weights = new Float32Array((1 << o.dimBits) * labels);
  const bias = new Float64Array(labels);
  const random = mulberry32(o.seed);
  const order = examples.map((_, i) => i);
  let t = 0;
  for (let e = 0; e < o.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const oi of order) {
      const { idx, val, on } = examples[oi];
      const eta = o.lr / (1 + o.l2 * o.lr * t++);
      for (let a = 0; a < labels; a++) {
        let z = bias[a];
        for (let k = 0; k < idx.length; k++) z += weights[idx[k] * labels + a] * val[k];
        const p = 1 / (1 + Math.exp(-z));
        const g = on[a] ? (p - 1) * o.positiveWeight : p;
        // Examples the model already gets right move nothing.
        if (Math.abs(g) < 1e-4) continue;
        for (let k = 0; k < idx.length; k++) {
          const b = idx[k] * labels + a;
          weights[b] -= eta * (g * val[k] + o.l2 * weights[b]);
        }
        bias[a] -= eta * g;
      }
    }
  }
  return { weights, bias };
}

/** Probabilities of one example under float weights (for cross-validation before quantizing). */
export function scoreExample(w: TrainedWeights, labels: number, x: Example): Float64Array {
  const out = new Float64Array(labels);
  for (let a = 0; a < labels; a++) {
    let z = w.bias[a];
    for (let k = 0; k < x.idx.length; k++) z += w.weights[x.idx[k] * labels + a] * x.val[k];
    out[a] = 1 / (1 + Math.exp(-z));
  }
  return out;
}

/** Rounds weights to int8 with one scale (the largest weight maps to ±127). */
export function quantize(weights: Float32Array): { weights: Int8Array; scale: number } {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  return { weights: Int8Array.from(weights, (v) => Math.round(v / scale)), scale };
}
