import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysInMonth,
  endOfProvinceDay,
  formatLocalDate,
  formatProvinceDateTime,
  isAfterDeadline,
  isLocalDate,
  isWithinValidity,
  parseDisplayDate,
  PROVINCE_TIME_ZONE,
  provinceDateOf,
} from './time.js';

describe('province calendar (Asia/Ho_Chi_Minh)', () => {
  it('accepts only real calendar dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('26-1-1')).toBe(false);
  });

  it('reads the province date, not the UTC date, around midnight', () => {
    // 16:59:59 UTC on 31-12 is 23:59:59 in Nha Trang; one second later it is already 1-1.
    expect(provinceDateOf(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
    expect(provinceDateOf(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('agrees with the time-zone database for Asia/Ho_Chi_Minh hour by hour over years', () => {
    // The fixed +07:00 arithmetic stands in for Intl's zone data; check it against that data.
    const zone = new Intl.DateTimeFormat('en-CA', {
      timeZone: PROVINCE_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const wrong: string[] = [];
    // Every 5 h 59 min 55 s for twelve years: each hour and minute of the day comes round.
    for (let time = Date.UTC(2019, 0, 1); time < Date.UTC(2031, 0, 1); time += 21_595_000) {
      const instant = new Date(time);
      const parts = Object.fromEntries(zone.formatToParts(instant).map((part) => [part.type, part.value]));
      const expected = `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
      const date = `${parts.year}-${parts.month}-${parts.day}`;
      if (formatProvinceDateTime(instant) !== expected || provinceDateOf(instant) !== date) {
        wrong.push(instant.toISOString());
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses an invalid instant', () => {
    expect(() => provinceDateOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatProvinceDateTime(new Date('not a date'))).toThrow(RangeError);
  });

  it('lets a deadline last the whole of its day in the province', () => {
    expect(endOfProvinceDay('2025-10-30').toISOString()).toBe('2025-10-30T16:59:59.999Z');
    expect(isAfterDeadline(new Date('2025-10-30T16:59:59.999Z'), '2025-10-30')).toBe(false);
    expect(isAfterDeadline(new Date('2025-10-30T17:00:00.000Z'), '2025-10-30')).toBe(true);
    // Year end: self-assessment due 31-12 is on time at 23:59 local on 31-12.
    expect(isAfterDeadline(new Date('2026-12-31T16:59:00Z'), '2026-12-31')).toBe(false);
    expect(isAfterDeadline(new Date('2027-01-01T00:00:00+07:00'), '2026-12-31')).toBe(true);
  });

  it('treats open validity ends as unbounded and both ends as inclusive', () => {
    expect(isWithinValidity('2025-06-30', null, '2025-06-30')).toBe(true);
    expect(isWithinValidity('2025-07-01', null, '2025-06-30')).toBe(false);
    expect(isWithinValidity('2025-07-01', '2025-07-01', null)).toBe(true);
    expect(isWithinValidity('2025-06-30', '2025-07-01', null)).toBe(false);
  });

  it('writes instants as dd/mm/yyyy HH:mm in the province', () => {
    expect(formatProvinceDateTime(new Date('2026-12-31T17:05:00Z'))).toBe('01/01/2027 00:05');
  });

  it('writes dates as dd/mm/yyyy and reads them back', () => {
    expect(formatLocalDate('2026-01-05')).toBe('05/01/2026');
    expect(parseDisplayDate('05/01/2026')).toBe('2026-01-05');
    expect(parseDisplayDate('5/1/2026')).toBe('2026-01-05');
    expect(parseDisplayDate('30/02/2026')).toBeNull();
    expect(parseDisplayDate('2026-01-05')).toBeNull();
  });

  it('adds calendar months, keeping to the last day of shorter months', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(addMonths('2026-01-01', 12)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});
