import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../lib/model/taxonomy';
import { analyzeSentiment } from '../../lib/tagging/sentiment';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/sentiment-eval');

function runEval(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-sentiment.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('npm run eval:sentiment', () => {
  it('prints per-language figures and a final JSON line consistent with the labels', () => {
    const r = runEval('--data', FIXTURE, '--split', 'val');
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    expect(out.some((l) => l.startsWith('spanish') && l.includes('macro-F1'))).toBe(true);
    const last = JSON.parse(out[out.length - 1]);
    expect(last.split).toBe('val');
    expect(Object.keys(last.results).sort()).toEqual(['catalan', 'spanish']);
    for (const [folder, lang] of [['spanish', 'es'], ['catalan', 'ca']] as Array<[string, Lang]>) {
      const texts = readFileSync(path.join(FIXTURE, folder, 'val_text.txt'), 'utf8').replace(/\n$/, '').split('\n');
      const gold = readFileSync(path.join(FIXTURE, folder, 'val_labels.txt'), 'utf8').replace(/\n$/, '').split('\n').map(Number);
      const index = { negative: 0, neutral: 1, positive: 2 } as const;
      const right = texts.filter((t, i) => index[analyzeSentiment(t, lang).label] === gold[i]).length;
      const res = last.results[folder];
      expect(res.n).toBe(gold.length);
      expect(res.accuracy).toBeCloseTo(right / gold.length, 3);
      expect(res.macroF1).toBeGreaterThanOrEqual(0);
      expect(res.macroF1).toBeLessThanOrEqual(1);
      expect(res.autoLangAccuracy).toBeGreaterThanOrEqual(0);
      expect(res.autoLangAccuracy).toBeLessThanOrEqual(1);
    }
  }, 30_000);

  it.each([
    ['a missing folder', ['--data', path.join(FIXTURE, 'does-not-exist')], /data folder not found/],
    ['a folder without languages', ['--data', path.join(FIXTURE, 'notes')], /no language folders/],
    ['an unknown split', ['--data', FIXTURE, '--split', 'train'], /--split must be val or test/],
  ])('exits 1 with a one-line message on %s', (_, args, message) => {
    const r = runEval(...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  }, 30_000);
});
