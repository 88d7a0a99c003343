import { describe, expect, it } from 'vitest';
import { decisionLists } from './AssignPanel';
import { cadresAwaiting } from './ConcludePanel';

describe('decisions', () => {
  it('puts into the notice only the tasks the API lets the viewer decide', () => {
    const tasks = [
      { id: 'a', availableActions: ['ASSIGN', 'REJECT'] as const },
      { id: 'b', availableActions: ['ASSIGN', 'REJECT'] as const },
      { id: 'c', availableActions: [] as const },
      { id: 'd', availableActions: ['ASSIGN', 'REJECT'] as const },
    ].map((task) => ({ ...task, availableActions: [...task.availableActions] }));
    expect(
      decisionLists(tasks, {
        a: { kind: 'assign' },
        b: { kind: 'reject', reason: '  Trùng với nhiệm vụ thường xuyên. ' },
        c: { kind: 'assign' },
        d: { kind: 'pending' },
      }),
    ).toEqual({ assign: ['a'], reject: [{ keyTask: 'b', reason: 'Trùng với nhiệm vụ thường xuyên.' }] });
  });

  it('lists each cadre awaiting a conclusion once, in Vietnamese order', () => {
    const task = (id: string, fullName: string, actions: string[]) => ({
      cadre: { id, fullName },
      availableActions: actions,
    });
    expect(
      cadresAwaiting([
        task('2', 'Đặng Văn Bình', ['CONCLUDE']),
        task('1', 'Bùi Anh Thắng', ['CONCLUDE', 'WITHDRAW']),
        task('2', 'Đặng Văn Bình', ['CONCLUDE']),
        task('3', 'Ân Thị Hoa', ['WITHDRAW']),
      ]),
    ).toEqual([
      { id: '1', fullName: 'Bùi Anh Thắng', waiting: 1 },
      { id: '2', fullName: 'Đặng Văn Bình', waiting: 2 },
    ]);
  });
});
