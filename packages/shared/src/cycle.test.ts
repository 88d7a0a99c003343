import { describe, expect, it } from 'vitest';
import { CYCLE_STAGES, codesOf, defaultCycleDeadlines, stageActors } from './index.js';

describe('cycle defaults', () => {
  it('puts the regulation’s fixed dates where the regulation says', () => {
    const deadlines = defaultCycleDeadlines(2026);
    expect(deadlines.REGISTER).toBe('2025-10-30');
    expect(deadlines.DECIDE).toBe('2025-12-30');
    expect(deadlines.SELF_ASSESS).toBe('2026-12-31');
    expect(deadlines.CONSOLIDATE_RESULTS).toBe('2027-01-31');
    expect(deadlines.CONCLUDE).toBeNull();
  });

  it('has a deadline entry and actors for every stage, in calendar order', () => {
    const deadlines = defaultCycleDeadlines(2024);
    const dated = codesOf(CYCLE_STAGES)
      .map((stage) => deadlines[stage])
      .filter((date): date is string => date !== null);
    expect(dated).toEqual([...dated].sort());
    for (const stage of codesOf(CYCLE_STAGES)) expect(stageActors(stage).length).toBeGreaterThan(0);
  });
});
