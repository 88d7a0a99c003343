import { describe, expect, it } from 'vitest';
import { nextCycleYear } from './OpenCycleForm';

describe('the year Ban Tổ chức opens next', () => {
  it('follows the newest cycle, whatever the order', () => {
    expect(nextCycleYear([2026, 2027, 2023], 2026)).toBe(2028);
  });

  it('is next year when no cycle exists yet', () => {
    expect(nextCycleYear([], 2026)).toBe(2027);
  });
});
