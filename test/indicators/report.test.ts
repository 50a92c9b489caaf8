import { describe, expect, it } from 'vitest';
import { comparePeers } from '../../lib/indicators/peers';
import { buildReport } from '../../lib/indicators/report';
import { csvCell, reportCsv } from '../../lib/indicators/report-csv';
import { computeRollups } from '../../lib/indicators/rollup';
import { resolveWindow } from '../../lib/indicators/window';
import { ReportDataSchema } from '../../lib/model/indicator';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';
import type { Mention } from '../../lib/model/mention';
import { makeMention, sent } from './make-mention';

const DAY = 86_400_000;

/** Minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+34 600', "'+34 600"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['say "hi"', '"say ""hi"""'],
    [-0.25, '-0.25'],
    [null, ''],
  ] as const)('%j → %s', (value, expected) => expect(csvCell(value)).toBe(expected));
});

describe('comparePeers', () => {
  it('share of voice and perception side by side', () => {
    const now = new Date('2026-05-10T00:00:00Z');
    const at = '2026-05-09T00:00:00Z';
    const bcn = Array.from({ length: 30 }, (_, i) => makeMention({ sortAt: at, sentiment: sent(i < 15 ? 'positive' : 'neutral'), attributes: i < 6 ? ['cultural'] : [] }));
    const mad = Array.from({ length: 10 }, (_, i) => makeMention({ sortAt: at, sentiment: sent(i < 5 ? 'negative' : 'neutral'), attributes: i < 2 ? ['expensive'] : [] }));
    const [a, b] = comparePeers({ 'barcelona-amb': bcn, madrid: mad }, resolveWindow('7d', now), now);
    // 30/(30+10) = 0.75; Wilson(30,40) = [0.5981, 0.8577]
    expect(a.profileId).toBe('barcelona-amb');
    expect(a.shareOfVoice.value).toBe(0.75);
    expect(a.shareOfVoice.low).toBeCloseTo(0.5981, 3);
    expect(b.shareOfVoice.value).toBe(0.25);
    expect(a.perception.netSentiment.value).toBe(0.5); // 15/30
    expect(b.perception.netSentiment.value).toBe(-0.5); // −5/10
    expect(a.topAttributes.map((x) => [x.attribute, x.count])).toEqual([['cultural', 6]]);
    expect(b.topAttributes[0].share.value).toBeCloseTo(0.2, 10);
    expect(b.perception.negativeIds).toHaveLength(5);
  });
});

describe('buildReport', () => {
  const profile = BARCELONA_PROFILE;
  const now = new Date('2026-06-30T22:00:00Z'); // local midnight 1 July (CEST)
  const mentions: Mention[] = [];
  for (let d = 0; d < 120; d++) {
    for (let i = 0; i < 4; i++) {
      const recent = d < 30;
      mentions.push(makeMention({
        id: `d${d}-${i}`,
        sortAt: new Date(now.getTime() - d * DAY - (i + 1) * 3 * 3_600_000).toISOString(),
        text: i === 1 ? '=cmd|" /C calc"!A0 la ciutat, "bruta"' : 'Barcelona',
        sentiment: sent(recent && i < 2 ? 'negative' : 'neutral'),
        attributes: recent && i < 2 ? ['dirty'] : [],
        topics: ['cleanliness'],
        stakeholder: 'citizen',
        metrics: i === 1 ? { likes: 200 - d } : undefined,
      }));
    }
  }
  const period = resolveWindow('30d', now);

  it('from mentions: headline, significant shifts with evidence and sentences, notable posts', () => {
    const r = ReportDataSchema.parse(buildReport({ mentions }, period, profile, now));
    expect(r.source).toBe('mentions');
    expect(r.headline.volume).toBe(120);
    expect(r.headline.baselineVolume).toBe(360);
    expect(r.headline.netSentiment.value).toBe(-0.5); // 60 negative of 120
    const dirty = r.shifts.find((s) => s.key === 'dirty')!;
    expect(dirty.significant).toBe(true);
    expect(dirty.driverIds.length).toBeGreaterThan(0);
    expect(dirty.sentence.ca).toContain('associació amb brutícia');
    expect(r.topics).toEqual([{ key: 'cleanliness', count: 120, share: 1 }]);
    expect(r.stakeholders[0].key).toBe('citizen');
    expect(r.notablePosts[0].id).toBe('d0-1'); // most engaging: 200 likes
    expect(r.headline.pressure).not.toBeNull();
  });

  it('from rollups: the same headline over whole local days, no posts', () => {
    const tz = profile.timezone;
    const r = buildReport({ rollups: computeRollups(mentions, tz) }, period, profile, now);
    expect(r.source).toBe('rollups');
    // The 30 d window starts at local midnight here, so whole days equal the exact window.
    expect(r.headline.volume).toBe(120);
    expect(r.headline.netSentiment.value).toBe(-0.5);
    expect(r.shifts.some((s) => s.key === 'dirty' && s.significant)).toBe(true);
    expect(r.notablePosts).toEqual([]);
    expect(r.headline.pressure).toBeNull();
  });

  it('exports a CSV a spreadsheet reads back safely', () => {
    const r = buildReport({ mentions }, period, profile, now);
    const csv = reportCsv(r, 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['section', 'metric', 'key', 'value', 'low', 'high', 'n', 'baseline', 'p', 'detail']);
    expect(rows.every((row) => row.length === 10)).toBe(true);
    const shift = rows.find((row) => row[0] === 'shift' && row[2] === 'dirty')!;
    expect(shift[9]).toContain('dirt association');
    const post = rows.find((row) => row[0] === 'post' && row[2] === 'd0-1');
    expect(post?.[9]).toContain('=cmd|" /C calc"!A0'); // kept as text inside the cell, not at its start
    expect(rows.every((row) => row.every((cell) => !/^[=+@]/.test(cell)))).toBe(true);
  });
});
