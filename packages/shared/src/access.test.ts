import { describe, expect, it } from 'vitest';
import { seesTasksByName } from './access.js';

describe('who sees tasks by name', () => {
  it('is every role with tasks to read, not the viewer of aggregates nor the account administrator', () => {
    expect(seesTasksByName(['DECIDER'])).toBe(true);
    expect(seesTasksByName(['CADRE'])).toBe(true);
    expect(seesTasksByName(['VIEWER'])).toBe(false);
    expect(seesTasksByName(['ADMIN'])).toBe(false);
    expect(seesTasksByName([])).toBe(false);
    expect(seesTasksByName(['VIEWER', 'FOCAL_REVIEWER'])).toBe(true);
  });
});
