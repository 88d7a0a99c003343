import type { Prng } from './prng.js';

/** The day the demo data describes: late November 2026, with the 2027 registrations under review. */
export const DEMO_TODAY = '2026-11-27';

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A random day in [from, to] (inclusive). */
export function dayBetween(rng: Prng, from: string, to: string): string {
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
  return addDays(from, rng.int(0, Math.max(0, span)));
}

/** An instant during office hours on a day in the province (UTC+7). */
export function officeTime(rng: Prng, day: string): Date {
  const hour = String(rng.int(7, 16)).padStart(2, '0');
  const minute = String(rng.int(0, 59)).padStart(2, '0');
  return new Date(`${day}T${hour}:${minute}:00+07:00`);
}

export function laterDay(a: string, b: string): string {
  return a > b ? a : b;
}

export function endOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
