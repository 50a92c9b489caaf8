/**
 * `npm run eval:sentiment -- --data DIR --split val|test`
 * Tags every `DIR/<language>/<split>_text.txt` with the folder's language (and once more with the
 * detected language), compares with `<split>_labels.txt` (0 negative, 1 neutral, 2 positive),
 * prints a table per language, and as its last line one JSON object with every figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../lib/model/taxonomy';
import { detectLanguage } from '../lib/tagging/language';
import { analyzeSentiment } from '../lib/tagging/sentiment';
import { confusion, scoreConfusion } from '../lib/tagging/sentiment/metrics';

const FOLDERS: Record<string, Lang> = {
  spanish: 'es', english: 'en', portuguese: 'pt', french: 'fr', italian: 'it', german: 'de', catalan: 'ca',
};
const LABEL_INDEX = { negative: 0, neutral: 1, positive: 2 } as const;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

class UsageError extends Error {}

function parseArgs(argv: string[]): { data: string; split: string } {
  let data = path.resolve(ROOT, '../shared/datasets/umsab');
  let split = 'val';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--data') data = path.resolve(value());
    else if (a === '--split') split = value();
    else if (a.startsWith('--data=')) data = path.resolve(a.slice(7));
    else if (a.startsWith('--split=')) split = a.slice(8);
    else throw new UsageError(`unknown argument ${a} (usage: --data DIR --split val|test)`);
  }
  if (split !== 'val' && split !== 'test') throw new UsageError(`--split must be val or test, not ${split}`);
  return { data, split };
}

/** Lines of a file; a final newline does not make an extra empty item. */
function readLines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  if (text === '') return [];
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

function readLabels(file: string): number[] {
  return readLines(file).map((line, i) => {
    const v = line.trim();
    if (v !== '0' && v !== '1' && v !== '2') throw new UsageError(`${file}:${i + 1}: label must be 0, 1 or 2, not "${v}"`);
    return Number(v);
  });
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function table(name: string, m: number[][], macroF1: number, accuracy: number, auto: number, n: number): string {
  const head = `${name} (n=${n})  macro-F1 ${macroF1.toFixed(3)}  accuracy ${accuracy.toFixed(3)}  auto-lang accuracy ${auto.toFixed(3)}`;
  const rows = (['negative', 'neutral', 'positive'] as const).map(
    (label) => `  ${label.padEnd(9)}${m[LABEL_INDEX[label]].map((v) => String(v).padStart(9)).join('')}`,
  );
  return [head, `  ${'gold\\pred'.padEnd(9)}${['negative', 'neutral', 'positive'].map((h) => h.padStart(9)).join('')}`, ...rows].join('\n');
}

function main(): void {
  const { data, split } = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(data) || !fs.statSync(data).isDirectory()) throw new UsageError(`data folder not found: ${data}`);
  const present = Object.keys(FOLDERS).filter((f) => fs.existsSync(path.join(data, f, `${split}_text.txt`)));
  if (!present.length) {
    throw new UsageError(`no language folders with ${split}_text.txt in ${data} (expected ${Object.keys(FOLDERS).join(', ')})`);
  }
  const results: Record<string, { n: number; macroF1: number; accuracy: number; autoLangAccuracy: number }> = {};
  for (const folder of present) {
    const dir = path.join(data, folder);
    const labelFile = path.join(dir, `${split}_labels.txt`);
    if (!fs.existsSync(labelFile)) throw new UsageError(`missing ${labelFile}`);
    const texts = readLines(path.join(dir, `${split}_text.txt`));
    const gold = readLabels(labelFile);
    if (texts.length !== gold.length) throw new UsageError(`${folder}: ${texts.length} texts but ${gold.length} labels`);
    const pred = texts.map((t) => LABEL_INDEX[analyzeSentiment(t, FOLDERS[folder]).label]);
    const auto = texts.map((t) => LABEL_INDEX[analyzeSentiment(t, detectLanguage(t)).label]);
    const m = confusion(gold, pred);
    const s = scoreConfusion(m);
    const autoAcc = gold.length ? auto.filter((p, i) => p === gold[i]).length / gold.length : 0;
    console.log(table(folder, m, s.macroF1, s.accuracy, autoAcc, gold.length));
    console.log('');
    results[folder] = { n: gold.length, macroF1: round(s.macroF1), accuracy: round(s.accuracy), autoLangAccuracy: round(autoAcc) };
  }
  const f1s = Object.values(results).map((r) => r.macroF1);
  console.log(`average macro-F1 over ${f1s.length} languages: ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(3)}`);
  console.log(JSON.stringify({ split, results }));
}

try {
  main();
} catch (err) {
  const message = err instanceof UsageError ? err.message : `unexpected error: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(`eval-sentiment: ${message}\n`);
  process.exit(1);
}
