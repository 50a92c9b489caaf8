import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

describe('scripts/train-sentiment.ts', () => {
  it('regenerates the shipped model and lexicon files byte for byte', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pulso-train-'));
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-sentiment.ts', '--out', out], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const rel of ['lib/tagging/sentiment/model.json', 'lib/tagging/lexicons/sentiment-lexicons.json', 'lib/tagging/lexicons/stem-lexicons.json', 'lib/tagging/lexicons/language-model.json']) {
        expect(readFileSync(path.join(out, path.basename(rel))).equals(readFileSync(path.join(ROOT, rel))), rel).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
