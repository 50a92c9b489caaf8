import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { runAlerts } from '@/lib/db/alert-run';
import { ingest, type IngestItem } from '@/lib/ingest/ingest';
import { IndicatorSettingsSchema, type IndicatorSettings } from '@/lib/model/indicator-settings';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';

const pipeline = createPipeline(BARCELONA_PROFILE);
const NOW = new Date('2026-11-24T12:00:00Z'); // 13:00 in Madrid
const DAY = 86_400_000;

const CALM = ['El festival de música de Barcelona ha estat un èxit', 'Barcelona és preciosa a la tardor', 'Nou carril bici a Barcelona'];
const VIOLENT = 'Apunyalament i baralla violenta a Barcelona, un altre atracament amb violència';

function item(id: number, text: string, at: number): IngestItem {
  return { origin: 'browse', raw: { platform: 'x', nativeId: String(id), url: `https://x.com/u/status/${id}`, text, publishedAt: new Date(at).toISOString() } };
}

/** 90 calm days, then a week where a third of the posts are about violence. */
async function seedEpisode(db: PulsoDB) {
  const items: IngestItem[] = [];
  let id = 1;
  for (let d = 97; d >= 7; d--) for (let k = 0; k < 4; k++) items.push(item(id++, `${CALM[k % 3]} ${id}`, NOW.getTime() - d * DAY + k * 3_600_000));
  for (let d = 6; d >= 1; d--) for (let k = 0; k < 6; k++) items.push(item(id++, `${k % 3 === 0 ? VIOLENT : CALM[k % 3]} ${id}`, NOW.getTime() - d * DAY + k * 3_600_000));
  await ingest(db, items, pipeline, NOW, { timeZone: BARCELONA_PROFILE.timezone });
}

const settings = (patch: Partial<IndicatorSettings> = {}) => IndicatorSettingsSchema.parse({ ...patch });

let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await db.open();
});
afterEach(() => db.close());

describe('runAlerts', () => {
  it('fires a rising violence association once, then stays quiet within the cooldown (state in IndexedDB)', async () => {
    await seedEpisode(db);
    const first = await runAlerts(db, BARCELONA_PROFILE, settings(), NOW);
    const violent = first.alerts.find((a) => a.key.includes(':attribute:violent:up'));
    expect(violent).toBeDefined();
    expect(violent!.message.en).toMatch(/^violence association 33\.3% this week vs 0\.0% over the previous 90 days, p < 0\.001, driven by 12 posts$/);
    expect(await db.alertState.get(violent!.key)).toEqual({ key: violent!.key, firedAt: NOW.toISOString() });
    const again = await runAlerts(db, BARCELONA_PROFILE, settings(), new Date(NOW.getTime() + 15 * 60_000));
    expect(again.alerts.find((a) => a.key === violent!.key)).toBeUndefined();
    // After the cooldown (6 h by default) it may fire again.
    const later = await runAlerts(db, BARCELONA_PROFILE, settings(), new Date(NOW.getTime() + 7 * 3_600_000));
    expect(later.alerts.find((a) => a.key === violent!.key)).toBeDefined();
  });

  it('keeps non-critical alerts for after quiet hours, and fires nothing when notifications are off', async () => {
    await seedEpisode(db);
    const quiet = await runAlerts(db, BARCELONA_PROFILE, settings({ quietHours: { start: '12:00', end: '14:00', allowCritical: false } }), NOW);
    expect(quiet.alerts).toEqual([]);
    expect(await db.alertState.count()).toBe(0);
    const off = await runAlerts(db, BARCELONA_PROFILE, settings({ notify: false }), NOW);
    expect(off.alerts).toEqual([]);
    const on = await runAlerts(db, BARCELONA_PROFILE, settings(), NOW);
    expect(on.alerts.length).toBeGreaterThan(0);
  });

  it('says nothing on a calm store, and builds the rollups it reads', async () => {
    const items: IngestItem[] = [];
    for (let d = 60; d >= 0; d--) items.push(item(d + 1, `${CALM[d % 3]} ${d}`, NOW.getTime() - d * DAY - 3_600_000));
    await ingest(db, items, pipeline, NOW); // no zone: rollups not built yet
    expect(await db.rollups.count()).toBe(0);
    const out = await runAlerts(db, BARCELONA_PROFILE, settings(), NOW);
    expect(out.alerts).toEqual([]);
    expect(out.pressure.level).toBe('low');
    expect(await db.rollups.count()).toBeGreaterThan(0);
  });
});
