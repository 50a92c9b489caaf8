import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openPulsoDB } from '@/lib/db/schema';
import { putSource, readSources, readSourceStates, savePollState, setSourceInterval } from '@/lib/db/sources-store';
import { SourceSchema, type SourceState } from '@/lib/model/source';
import { rescheduleForInterval } from '@/lib/sources/reschedule';

const OK_AT = '2026-03-03T09:00:00.000Z';
const base: SourceState = { sourceId: 's', consecutiveFailures: 0, flagged: false, lastSuccessAt: OK_AT, lastAttemptAt: OK_AT, nextAttemptAt: '2026-03-04T09:00:00.000Z' };

describe('rescheduleForInterval', () => {
  it.each([
    ['a shorter interval brings the next poll forward', base, 15, '2026-03-03T09:15:00.000Z'],
    ['a longer interval pushes it back', { ...base, nextAttemptAt: '2026-03-03T09:30:00.000Z' }, 360, '2026-03-03T15:00:00.000Z'],
    ['a back-off is kept', { ...base, consecutiveFailures: 2, nextAttemptAt: '2026-03-03T12:00:00.000Z' }, 15, '2026-03-03T12:00:00.000Z'],
    ['a flagged source stays stopped', { ...base, flagged: true, nextAttemptAt: undefined }, 15, undefined],
    ['a source never read stays due now', { sourceId: 's', consecutiveFailures: 0, flagged: false }, 15, undefined],
  ])('%s', (_name, state, minutes, next) => {
    expect(rescheduleForInterval(state as SourceState, minutes).nextAttemptAt).toBe(next);
  });
});

describe('setSourceInterval', () => {
  it('saves the interval and the new schedule together', async () => {
    const db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
    const source = SourceSchema.parse({ id: 's', kind: 'reddit-new', subreddit: 'barcelona', intervalMinutes: 1440 });
    await putSource(db, source);
    await savePollState(db, base, {});
    await setSourceInterval(db, source, 15);
    expect((await readSources(db))[0].intervalMinutes).toBe(15);
    expect((await readSourceStates(db)).s.nextAttemptAt).toBe('2026-03-03T09:15:00.000Z');
    await expect(setSourceInterval(db, source, 1)).rejects.toThrow();
    db.close();
  });
});
