// Tagging throughput: the full pipeline against a bare `sentiment` call, same process, same
// 10k real posts (the UMSAB train tweets of every language, cycled).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Sentiment from 'sentiment';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { createPipeline } from '../../lib/tagging/pipeline';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/datasets/umsab');
const N = 10_000;

function loadTexts(): string[] {
  const all: string[] = [];
  for (const lang of readdirSync(DATA).sort()) {
    all.push(...readFileSync(path.join(DATA, lang, 'train_text.txt'), 'utf8').split('\n'));
  }
  return Array.from({ length: N }, (_, i) => all[(i * 7919) % all.length]);
}

/** Best of `rounds` timed passes over `texts`, in texts per second. */
function throughput(texts: string[], run: (t: string) => unknown, rounds = 5): number {
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const t of texts) sink += run(t) ? 1 : 0;
    best = Math.min(best, performance.now() - t0);
  }
  if (sink < 0) throw new Error('unreachable');
  return Math.round((texts.length / best) * 1000);
}

/** Measures pipeline and bare-sentiment throughput; the ratio must stay ≥ 1. */
export async function benchTagging(): Promise<Record<string, number>> {
  const texts = loadTexts();
  const pipeline = createPipeline(BARCELONA_PROFILE);
  const sentiment = new Sentiment();
  // Warm both up so neither pays for JIT or lazy model decoding inside the timed runs.
  throughput(texts.slice(0, 2000), (t) => pipeline.tag({ text: t }), 1);
  throughput(texts.slice(0, 2000), (t) => sentiment.analyze(t), 1);
  const tagging = throughput(texts, (t) => pipeline.tag({ text: t }));
  const bare = throughput(texts, (t) => sentiment.analyze(t));
  return {
    'tagging.textsPerSec': tagging,
    'tagging.sentimentTextsPerSec': bare,
    'tagging.ratio': Math.round((tagging / bare) * 1000) / 1000,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(JSON.stringify(await benchTagging()));
}
