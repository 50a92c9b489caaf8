import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CityProfileSchema, type CityProfile } from '../../lib/model/city-profile';
import { AttributeSchema, LangSchema, TopicSchema } from '../../lib/model/taxonomy';

/** One labelled post of test/fixtures/city-posts (see its SOURCES.md). */
export const CityPostSchema = z.object({
  text: z.string().min(1),
  lang: LangSchema,
  topics: z.array(TopicSchema),
  attributes: z.array(AttributeSchema),
  match: z.boolean(),
  /** Sentiment (0 negative, 1 neutral, 2 positive), on the sets labelled for it too (dev30–dev41). */
  label: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
});
export type CityPost = z.infer<typeof CityPostSchema> & { heldOut: boolean };

/** The validated posts of one JSONL file; `heldOut(i)` says whether line i is held out. */
function readPosts(url: URL, heldOut: (i: number) => boolean = () => false): CityPost[] {
  return readFileSync(url, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => ({
    ...CityPostSchema.parse(JSON.parse(line)),
    heldOut: heldOut(i),
  }));
}

/** Loads the labelled posts; every third line of each file (index % 3 == 2) is held out. */
export function loadCityPosts(): CityPost[] {
  return ['es', 'ca', 'en'].flatMap((lang) =>
    readPosts(new URL(`../fixtures/city-posts/${lang}.jsonl`, import.meta.url), (i) => i % 3 === 2));
}

/** A development set's file name: `dev`, `dev2` … (test/fixtures/city-posts/SOURCES.md lists them). */
export type DevSetName = 'dev' | `dev${number}`;

/**
 * Loads a development set (`dev.jsonl` … `dev8.jsonl`): posts written after the held-out split to
 * find the taxonomy's gaps (dev7 and dev8 to measure); never counted as held out.
 */
export function loadDevPosts(name: DevSetName = 'dev'): CityPost[] {
  return readPosts(new URL(`../fixtures/city-posts/${name}.jsonl`, import.meta.url));
}

export interface LabelScore { label: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

/** Per-label and micro-averaged precision/recall/F1 of predicted label sets against gold sets. */
export function scoreLabels(labels: readonly string[], gold: string[][], predicted: string[][]) {
  const per: LabelScore[] = labels.map((label) => {
    let tp = 0; let fp = 0; let fn = 0;
    gold.forEach((g, i) => {
      const inGold = g.includes(label);
      const inPred = predicted[i].includes(label);
      if (inGold && inPred) tp++; else if (inPred) fp++; else if (inGold) fn++;
    });
    return { label, tp, fp, fn, ...prf(tp, fp, fn) };
  });
  const sum = (k: 'tp' | 'fp' | 'fn') => per.reduce((s, p) => s + p[k], 0);
  return { per, micro: prf(sum('tp'), sum('fp'), sum('fn')) };
}

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** One other city's labelled set (`test/fixtures/city-posts/cities/<id>.jsonl`) and its profile. */
export interface OtherCitySet { id: string; posts: CityPost[]; profile: CityProfile }

/** Loads another city's set with the profile its writer set up before writing the posts. */
export function loadOtherCity(id: string): OtherCitySet {
  const dir = new URL('../fixtures/city-posts/cities/', import.meta.url);
  const posts = readPosts(new URL(`${id}.jsonl`, dir));
  const profile = CityProfileSchema.parse(JSON.parse(readFileSync(new URL(`${id}.profile.json`, dir), 'utf8')));
  return { id, posts, profile };
}
