import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addBatch, addPageView, healthStatus, STALE_AFTER_VIEWS } from '../../lib/browse/parser-health';
import { readHealth, recordBatch, recordPageView } from '../../lib/db/parser-health-store';
import { openPulsoDB } from '../../lib/db/schema';

const t0 = new Date('2026-11-24T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('parser health counters', () => {
  it('accumulate batches and remember the last success', () => {
    let h = addBatch(undefined, 'x', { seen: 12, parsed: 10, matched: 2, skipped: 2, reasons: { tombstone: 2 } }, t0);
    h = addBatch(h, 'x', { seen: 3, parsed: 0, matched: 0, skipped: 3, reasons: { tombstone: 1, 'unknown shape': 2 } }, later(1000));
    expect(h).toMatchObject({ seen: 15, parsed: 10, matched: 2, skipped: 5, lastSuccessAt: t0.toISOString(), reasons: { tombstone: 3, 'unknown shape': 2 } });
  });

  it.each([
    ['never browsed', [], 0, 'idle'],
    ['browsed, posts read', ['view', 'parsed', 'view', 'view'], 0, 'ok'],
    [`${STALE_AFTER_VIEWS} views, nothing read`, Array(STALE_AFTER_VIEWS).fill('view'), 0, 'stale'],
    [`${STALE_AFTER_VIEWS - 1} views, nothing read`, Array(STALE_AFTER_VIEWS - 1).fill('view'), 0, 'ok'],
    ['many views after the last success', ['parsed', ...Array(STALE_AFTER_VIEWS).fill('view')], 0, 'stale'],
    ['stale, but not browsed for two days', Array(STALE_AFTER_VIEWS).fill('view'), 2 * 24 * 3600 * 1000, 'ok'],
  ] as const)('%s → %s', (_name, events, wait, expected) => {
    let h = undefined as ReturnType<typeof addPageView> | undefined;
    for (const e of events) h = e === 'view' ? addPageView(h, 'reddit', t0) : addBatch(h, 'reddit', { seen: 1, parsed: 1, matched: 0, skipped: 0 }, t0);
    expect(healthStatus(h, later(wait))).toBe(expected);
  });

  it('are stored per platform in the parserHealth table', async () => {
    const db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
    await recordPageView(db, 'x', t0);
    await Promise.all([
      recordBatch(db, 'x', { seen: 5, parsed: 5, matched: 1, skipped: 0 }, t0),
      recordBatch(db, 'x', { seen: 4, parsed: 3, matched: 0, skipped: 1 }, t0),
      recordBatch(db, 'news', { seen: 1, parsed: 1, matched: 1, skipped: 0 }, t0),
    ]);
    const rows = Object.fromEntries((await readHealth(db)).map((h) => [h.platform, h]));
    expect(rows.x).toMatchObject({ seen: 9, parsed: 8, matched: 1, skipped: 1, pageViews: 1, viewsSinceParsed: 0 });
    expect(rows.news).toMatchObject({ parsed: 1, pageViews: 0 });
    db.close();
  });
});
