import { describe, expect, it } from 'vitest';
import { addDays, dayKey, dayRange, isValidTimeZone, localMinuteOfDay } from '../../lib/indicators/day-key';
import { baselineWindow, filterWindow, lastDays, resolveWindow, windowDayKeys } from '../../lib/indicators/window';
import { makeMention } from './make-mention';

describe('dayKey in Europe/Madrid across DST changes', () => {
  it.each([
    // 2026-03-29: 00:30 local is still CET (+01:00) → 23:30Z the day before.
    ['2026-03-28T23:30:00Z', '2026-03-29'],
    ['2026-03-28T22:59:59Z', '2026-03-28'], // 23:59:59 CET on the 28th
    ['2026-03-29T01:30:00Z', '2026-03-29'], // 03:30 CEST, just after the jump
    ['2026-03-29T21:59:59Z', '2026-03-29'], // 23:59:59 CEST
    ['2026-03-29T22:00:00Z', '2026-03-30'], // local midnight is now 22:00Z
    // 2026-10-25: 00:30 local is still CEST (+02:00) → 22:30Z the day before.
    ['2026-10-24T22:30:00Z', '2026-10-25'],
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-25T00:30:00Z', '2026-10-25'], // 02:30 CEST, before falling back
    ['2026-10-25T01:30:00Z', '2026-10-25'], // 02:30 CET, the repeated hour
    ['2026-10-25T22:59:59Z', '2026-10-25'], // 23:59:59 CET
    ['2026-10-25T23:30:00Z', '2026-10-26'], // 00:30 CET next day
    // Offsets in the input are honoured.
    ['2026-03-29T00:30:00+01:00', '2026-03-29'],
    ['2026-10-25T00:30:00+02:00', '2026-10-25'],
  ])('%s → %s', (iso, day) => expect(dayKey(iso, 'Europe/Madrid')).toBe(day));

  it('differs by zone for the same instant', () => {
    expect(dayKey('2026-06-01T02:00:00Z', 'America/New_York')).toBe('2026-05-31');
    expect(dayKey('2026-06-01T02:00:00Z', 'Asia/Kathmandu')).toBe('2026-06-01');
    expect(dayKey('2026-06-01T02:00:00Z', 'UTC')).toBe('2026-06-01');
  });

  it('rejects junk', () => {
    expect(() => dayKey('yesterday', 'UTC')).toThrow(RangeError);
    expect(isValidTimeZone('Europe/Madrid')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });

  it('local minute of day follows DST', () => {
    expect(localMinuteOfDay(Date.parse('2026-03-29T01:30:00Z'), 'Europe/Madrid')).toBe(3 * 60 + 30);
    expect(localMinuteOfDay(Date.parse('2026-03-29T00:30:00Z'), 'Europe/Madrid')).toBe(1 * 60 + 30);
  });
});

describe('day arithmetic', () => {
  it('adds days across months, leap days and DST dates', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(dayRange('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(dayRange('2026-10-26', '2026-10-24')).toEqual([]);
  });
});

describe('windows', () => {
  const now = new Date('2026-04-10T12:00:00Z');
  it.each([
    ['24h', '2026-04-09T12:00:00.000Z'],
    ['7d', '2026-04-03T12:00:00.000Z'],
    ['30d', '2026-03-11T12:00:00.000Z'],
    ['90d', '2026-01-10T12:00:00.000Z'],
    ['1y', '2025-04-10T12:00:00.000Z'],
  ] as const)('%s starts at %s and ends at now', (kind, from) => {
    const w = resolveWindow(kind, now);
    expect(w.from).toBe(from);
    expect(w.to).toBe(now.toISOString());
  });
  it('custom windows are validated', () => {
    expect(resolveWindow('custom', now, { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }).kind).toBe('custom');
    expect(() => resolveWindow('custom', now, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toThrow();
    expect(() => resolveWindow('custom', now)).toThrow();
  });
  it('is half-open: from included, to excluded', () => {
    const w = resolveWindow('24h', now);
    const ms = [w.from, '2026-04-10T11:59:59Z', w.to].map((sortAt) => makeMention({ sortAt }));
    expect(filterWindow(ms, w).map((m) => m.sortAt)).toEqual([ms[0].sortAt, ms[1].sortAt]);
  });
  it('baseline ends where the window starts', () => {
    const w = resolveWindow('7d', now);
    const b = baselineWindow(w, 90 * 86_400_000);
    expect(b.to).toBe(w.from);
    expect(b.from).toBe('2026-01-03T12:00:00.000Z');
  });
  it('maps a window to the local days it touches (across the spring DST change)', () => {
    const w = resolveWindow('custom', now, { from: '2026-03-28T23:00:00Z', to: '2026-03-30T22:00:00Z' });
    // 00:00 CET 29 Mar … 00:00 CEST 31 Mar (exclusive) → 29 and 30 March
    expect(windowDayKeys(w, 'Europe/Madrid')).toEqual(['2026-03-29', '2026-03-30']);
    expect(lastDays(3, new Date('2026-03-29T22:30:00Z'), 'Europe/Madrid')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });
});
