import { describe, expect, it } from 'vitest';
import { defaultView, isCanonicalView, parseView, viewToSearch } from './analytics-view.js';

describe('comparative views in the URL', () => {
  it('round-trips a view through its canonical query', () => {
    const view = {
      ...defaultView(2025),
      dimension: 'LEGACY_DISTRICT' as const,
      by: 'SUBJECT_GROUP' as const,
      years: [2023, 2024, 2025],
      filter: 'Nha Trang',
      minTasks: 3,
    };
    const search = viewToSearch(view);
    expect(parseView(search, 2020)).toEqual(view);
    expect(isCanonicalView(search)).toBe(true);
  });

  it('falls back to defaults on unknown or hostile values, and drops a second dimension equal to the first', () => {
    const view = parseView('rows=DROP%20TABLE&by=LOCALITY&metrics=NOPE&years=1999,abc&min=-4&q=x', 2026);
    expect(view).toEqual({ ...defaultView(2026), by: null, filter: 'x' });
    expect(parseView('rows=SECTOR&by=SECTOR', 2026).by).toBeNull();
  });

  it('accepts only canonical queries for saving', () => {
    expect(isCanonicalView('rows=SECTOR&metrics=TASKS&chart=TASKS&years=2025')).toBe(true);
    expect(isCanonicalView('years=2025&rows=SECTOR&metrics=TASKS&chart=TASKS')).toBe(false);
    expect(isCanonicalView('rows=SECTOR&metrics=TASKS&chart=TASKS&years=2025&evil=1')).toBe(false);
    expect(isCanonicalView('')).toBe(false);
  });
});
