// Apart from draft-form: pages that only read numbers (the decisions page) need not load zod and the
// shared schemas that draft-form brings.

/** A number typed the Vietnamese way too ("1.500,5" or "1500.5"); null when blank. */
export function readNumber(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalized = /,\d{1,2}$/.test(trimmed)
    ? trimmed.replace(/\./g, '').replace(',', '.')
    : trimmed.replace(/,/g, '');
  const value = Number(normalized);
  return Number.isFinite(value) ? value : 'invalid';
}
