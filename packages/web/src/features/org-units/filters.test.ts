import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, readFilters, toApiFilter, validAtOf, writeFilters } from './filters';

describe('unit filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters = {
      search: 'nha trang',
      kind: 'WARD',
      sector: 'LOCALITY',
      validity: { mode: 'date', date: '2025-06-30' },
      unit: 'P_NHA_TRANG',
    } as const;
    const params = writeFilters(filters);
    expect(params.toString()).toBe('q=nha+trang&kind=WARD&sector=LOCALITY&at=2025-06-30&unit=P_NHA_TRANG');
    expect(readFilters(params)).toEqual(filters);
  });

  it('ignores values that are not in the vocabulary or not dates', () => {
    const filters = readFilters(new URLSearchParams('kind=CASTLE&sector=x&at=2025-02-30&unit='));
    expect(filters).toEqual(EMPTY_FILTERS);
    expect(writeFilters(EMPTY_FILTERS).toString()).toBe('');
  });

  it('asks the API for units in force today unless told otherwise', () => {
    expect(validAtOf({ mode: 'current' }, '2026-11-27')).toBe('2026-11-27');
    expect(validAtOf({ mode: 'all' }, '2026-11-27')).toBeNull();
    expect(toApiFilter({ ...EMPTY_FILTERS, search: '  ban to chuc ', kind: 'DEPARTMENT' }, '2026-11-27')).toEqual({
      search: 'ban to chuc',
      kind: ['DEPARTMENT'],
      validAt: '2026-11-27',
    });
    expect(toApiFilter({ ...EMPTY_FILTERS, validity: { mode: 'all' } }, '2026-11-27')).toEqual({});
  });
});
