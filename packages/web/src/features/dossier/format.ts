import { formatLocalDate, formatProvinceDateTime } from '@nvtt/shared';
import { numberFormat } from '../../lib/number-format';

/** Numbers the way each UI language writes them (Vietnamese: decimal comma). */
export function formatNumber(value: number | null, locale: string): string {
  return value === null ? '' : numberFormat(locale, 'decimal').format(value);
}

/** A share (0.5) as a percentage with at most one decimal ("50%", "66,7%"); '' when unknown. */
export function formatShare(value: number | null, locale: string): string {
  if (value === null) return '';
  return numberFormat(locale, 'share').format(value);
}

/** `dd/mm/yyyy`, or '' for a missing date. */
export function formatDate(value: string | null): string {
  return value === null ? '' : formatLocalDate(value);
}

/** `dd/mm/yyyy HH:mm` in Asia/Ho_Chi_Minh, or '' for a missing instant. */
export function formatDateTime(iso: string | null): string {
  return iso === null ? '' : formatProvinceDateTime(new Date(iso));
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const day = (value: string) => {
    const [year, month, date] = value.split('-').map(Number);
    return Date.UTC(year!, month! - 1, date!) / 86_400_000;
  };
  return day(to) - day(from);
}
