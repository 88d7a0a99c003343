import { describe, expect, it } from 'vitest';
import { agencyChoices } from './choices';

describe('agencyChoices', () => {
  it('offers each agency once per role it holds, BTC and BTV first', () => {
    const unit = (id: string, name: string) => ({ id, name, roles: [] });
    const choices = agencyChoices({
      orgUnits: {
        nodes: [unit('a', 'Ban Tổ chức Tỉnh ủy'), unit('b', 'Đảng ủy UBND tỉnh')],
      },
      advisory: { nodes: [unit('a', 'Ban Tổ chức Tỉnh ủy')] },
      consolidators: { nodes: [unit('a', 'Ban Tổ chức Tỉnh ủy')] },
      deciders: { nodes: [unit('c', 'Ban Thường vụ Tỉnh ủy')] },
    });
    expect(choices.map((choice) => choice.value)).toEqual([
      'a|CONSOLIDATOR',
      'c|DECIDER',
      'a|FOCAL',
      'b|FOCAL',
      'a|ADVISORY',
    ]);
  });
});
