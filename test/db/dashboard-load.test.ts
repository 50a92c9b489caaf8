import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { loadDashboard, loadExplanations } from '@/lib/db/dashboard-load';
import { mentionsBehind } from '@/lib/db/mentions-behind';
import { ingest, type IngestItem } from '@/lib/ingest/ingest';
import { dayKey, lastDays, resolveWindow } from '@/lib/indicators';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';

const pipeline = createPipeline(BARCELONA_PROFILE);
const TZ = BARCELONA_PROFILE.timezone;
const NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const CALM = ['El festival de música de Barcelona ha estat un èxit', 'Barcelona és preciosa a la tardor', 'Nou carril bici a Barcelona'];
const VIOLENT = 'Apunyalament i baralla violenta a Barcelona, un altre atracament amb violència';

function item(id: number, text: string, at: number): IngestItem {
  return { origin: 'browse', raw: { platform: 'x', nativeId: String(id), url: `https://x.com/u/status/${id}`, text, publishedAt: new Date(at).toISOString(), author: { handle: 'bcn_resident' } } };
}

let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await db.open();
  const items: IngestItem[] = [];
  let id = 1;
  for (let d = 100; d >= 7; d--) for (let k = 0; k < 3; k++) items.push(item(id++, `${CALM[k]} ${id}`, NOW.getTime() - d * DAY + k * 3_600_000));
  for (let d = 6; d >= 0; d--) for (let k = 0; k < 5; k++) items.push(item(id++, `${k < 2 ? VIOLENT : CALM[k % 3]} ${id}`, NOW.getTime() - d * DAY - (k + 1) * 1_800_000));
  await ingest(db, items, pipeline, NOW, { timeZone: TZ });
});
afterEach(() => db.close());

describe('dashboard data', () => {
  it('reads the 7-day headline from rollups and flags the rising violence association', async () => {
    const data = await loadDashboard(db, resolveWindow('7d', NOW), NOW, TZ);
    const days = new Set(lastDays(7, NOW, TZ));
    const all = await db.mentions.toArray();
    expect(data.volume.total).toBe(all.filter((m) => days.has(dayKey(m.sortAt, TZ))).length);
    expect(data.chartDays).toHaveLength(7);
    expect(data.trend.reduce((s, p) => s + p.n, 0)).toBe(data.volume.total);
    const violent = data.shifts.shifts.find((s) => s.metric === 'attribute' && s.key === 'violent');
    expect(violent).toMatchObject({ significant: true, direction: 'up' });
    expect(data.sentenceDays).toBe(7);
    expect(data.topAttributes[0]).toBe('violent');
  });

  it('counts the 24 h window exactly from mentions, and still charts a week', async () => {
    const w = resolveWindow('24h', NOW);
    const data = await loadDashboard(db, w, NOW, TZ);
    const all = await db.mentions.toArray();
    expect(data.volume.total).toBe(all.filter((m) => m.sortAt >= w.from && m.sortAt < w.to).length);
    expect(data.chartDays).toHaveLength(7);
  });

  it('opens the mentions behind a number: newest first, only those matching, at most the limit', async () => {
    const w = resolveWindow('7d', NOW);
    const got = await mentionsBehind(db, { from: w.from, to: w.to, where: { kind: 'attribute', key: 'violent' } }, 5);
    expect(got).toHaveLength(5);
    expect(got.every((m) => m.attributes.includes('violent'))).toBe(true);
    expect(got.map((m) => m.sortAt)).toEqual([...got.map((m) => m.sortAt)].sort().reverse());
    const ids = await mentionsBehind(db, { from: w.from, to: w.to, where: { kind: 'ids', ids: [got[1].id, 'missing', got[0].id] } });
    expect(ids.map((m) => m.id)).toEqual([got[1].id, got[0].id]);
  });

  it('explains with the window mentions: pressure over the last day and the inbox ranks', async () => {
    const w = resolveWindow('7d', NOW);
    const ex = await loadExplanations(db, w, NOW, { ownAccounts: [] });
    const all = await db.mentions.toArray();
    expect(ex.mentions).toHaveLength(all.filter((m) => m.sortAt >= w.from && m.sortAt < w.to).length);
    expect(ex.mentions[0].sortAt >= ex.mentions[ex.mentions.length - 1].sortAt).toBe(true);
    expect(ex.pressure.recentCount).toBeGreaterThan(0);
    expect(ex.capped).toBe(false);
  });
});
