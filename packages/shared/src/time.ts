/**
 * Calendar rules. The province works on Asia/Ho_Chi_Minh time; a deadline "30-10" means the whole
 * of that day there. Nothing here reads the clock: callers pass `now` in.
 */

export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const PROVINCE_UTC_OFFSET = '+07:00';

/** A calendar date without a time, `YYYY-MM-DD`. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so 2026-02-30 is refused). */
export function isLocalDate(value: string): value is LocalDate {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isLocalDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
  return value;
}

/** Days in a month of the Gregorian calendar (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date `months` calendar months after `date`. When the target month has no such day it is the
 * month's last day (31-01 + 1 month = 28-02), as the Civil Code counts periods in months.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const match = LOCAL_DATE.exec(date);
  if (!match || !isLocalDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return localDate(year, month, Math.min(Number(match[3]), daysInMonth(year, month)));
}

const PROVINCE_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The instant moved to the province's wall clock, to be read with the UTC getters. Plain arithmetic
 * on the fixed offset rather than an `Intl.DateTimeFormat` for the zone: building one loads the
 * zone's data, a cost a phone paid on every first screen (~60 ms under a 4× slower CPU).
 */
function provinceWallClock(instant: Date): Date {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid time value');
  return new Date(time + PROVINCE_UTC_OFFSET_MS);
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The date it is in the province at a given instant. */
export function provinceDateOf(instant: Date): LocalDate {
  const wall = provinceWallClock(instant);
  return `${String(wall.getUTCFullYear()).padStart(4, '0')}-${twoDigits(wall.getUTCMonth() + 1)}-${twoDigits(wall.getUTCDate())}`;
}

/** The last millisecond of a date in the province: the moment a deadline on that date passes. */
export function endOfProvinceDay(date: LocalDate): Date {
  if (!isLocalDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(`${date}T23:59:59.999${PROVINCE_UTC_OFFSET}`);
}

/** A submission at `at` is late for `deadline` when it comes after the deadline's day ends. */
export function isAfterDeadline(at: Date, deadline: LocalDate): boolean {
  return at.getTime() > endOfProvinceDay(deadline).getTime();
}

/** True when `date` falls within [validFrom, validTo]; open ends are unbounded. */
export function isWithinValidity(date: LocalDate, validFrom: LocalDate | null, validTo: LocalDate | null): boolean {
  // ISO dates compare correctly as strings.
  return (validFrom === null || validFrom <= date) && (validTo === null || date <= validTo);
}

/** `dd/mm/yyyy`, the way dates are written in the province's documents. */
export function formatLocalDate(date: LocalDate): string {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

const DISPLAY_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/** Reads a date typed the Vietnamese way (`dd/mm/yyyy`, `d/m/yyyy`); null when it is no real date. */
export function parseDisplayDate(text: string): LocalDate | null {
  const match = DISPLAY_DATE.exec(text);
  if (!match) return null;
  const value = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isLocalDate(value) ? value : null;
}

/** `dd/mm/yyyy HH:mm` of an instant, in the province's time. */
export function formatProvinceDateTime(instant: Date): string {
  const wall = provinceWallClock(instant);
  return `${formatLocalDate(provinceDateOf(instant))} ${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())}`;
}
