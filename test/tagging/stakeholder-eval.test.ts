import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuthorSchema } from '../../lib/model/mention';
import { PlatformSchema, STAKEHOLDERS, StakeholderSchema } from '../../lib/model/taxonomy';
import { inferStakeholder } from '../../lib/tagging/stakeholder';

// 200 authors labelled with their group (test/fixtures/authors, see its SOURCES.md). The shipped
// signals first scored 0.775 on them, unseen; this file was then used to extend the signal table
// by families of words (professions, associations, institutions, parties, parody accounts), so
// the figures below guard against regressions and are not unseen estimates.
const Row = z.object({ platform: PlatformSchema, url: z.string(), author: AuthorSchema, group: StakeholderSchema });
const load = (name: string) => readFileSync(new URL(`../fixtures/authors/${name}.jsonl`, import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => Row.parse(JSON.parse(l)));
const rows = load('authors');
// 120 more authors written blind after that round: unseen, 0.683 with the signals before the
// round and 0.750 after it; a later round (stakeholder@3) was tuned on them.
const authors2 = load('authors2');
// 120 more, written blind after that round: unseen 0.842 (0.808 with stakeholder@2; calling
// everyone a citizen scores 0.40); stakeholder@4 was then tuned on them.
const authors3 = load('authors3');
// 120 more, written blind after stakeholder@3 and asked for less obvious kinds of author
// (cooperatives, vocational schools, record labels, diaspora associations, municipal companies,
// podcasts): unseen 0.708 (0.692 with stakeholder@3); stakeholder@5 was then tuned on them.
const authors4 = load('authors4');
// 120 more, written blind at the same time as authors4, as a month of monitoring across the
// metropolitan area would bring: never used to change the signals, the unseen estimate, 0.875
// (0.850 with stakeholder@4, 0.808 with stakeholder@3).
const unseen = load('authors5');

describe('stakeholder group on labelled authors', () => {
  it('has 200 authors, at least 15 of every group', () => {
    expect(rows).toHaveLength(200);
    for (const g of STAKEHOLDERS) expect(rows.filter((r) => r.group === g).length).toBeGreaterThanOrEqual(15);
  });

  // [set, its authors, minimum accuracy just below what was measured]
  it.each<[string, typeof rows, number]>([
    ['authors5 (unseen)', unseen, 0.86],
    ['authors4', authors4, 0.91],
    ['authors3', authors3, 0.95],
    ['authors2', authors2, 0.86],
  ])('reports accuracy on %s', (name, set, min) => {
    expect(set).toHaveLength(120);
    const right = set.filter((r) => inferStakeholder(r.author, r.url, r.platform)?.group === r.group).length;
    console.log(`${name}: accuracy ${(right / set.length).toFixed(3)} (${right}/${set.length})`);
    expect(right / set.length).toBeGreaterThanOrEqual(min);
  });

  it('reports accuracy and per-group precision and recall', () => {
    const guesses = rows.map((r) => inferStakeholder(r.author, r.url, r.platform));
    const right = guesses.filter((g, i) => g?.group === rows[i].group).length;
    const lines = [`authors: accuracy ${(right / rows.length).toFixed(3)} (${right}/${rows.length})`];
    for (const g of STAKEHOLDERS) {
      const tp = guesses.filter((x, i) => x?.group === g && rows[i].group === g).length;
      const fp = guesses.filter((x, i) => x?.group === g && rows[i].group !== g).length;
      const fn = rows.filter((r, i) => r.group === g && guesses[i]?.group !== g).length;
      lines.push(`  ${g.padEnd(14)} P ${(tp / (tp + fp || 1)).toFixed(2)} R ${(tp / (tp + fn || 1)).toFixed(2)}`);
    }
    console.log(lines.join('\n'));
    expect(right / rows.length).toBeGreaterThanOrEqual(0.95);
    // Confident guesses (0.7 and up) are all right on this set.
    const confident = guesses.map((g, i) => [g, rows[i].group] as const).filter(([g]) => g && g.confidence >= 0.7);
    expect(confident.length).toBeGreaterThanOrEqual(30);
    expect(confident.every(([g, want]) => g?.group === want)).toBe(true);
  });
});
