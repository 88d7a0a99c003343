import { describe, expect, it } from 'vitest';
import { decisionLists } from './AssignPanel';
import { splitByActions } from './Awaiting';
import { cadresAwaiting, cadresOf } from './ConcludePanel';

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

  it('keeps what the viewer may only see apart from what they may decide, so the page never says nothing waits', () => {
    const tasks = [
      { id: 'a', availableActions: ['ASSIGN', 'REJECT'] },
      { id: 'b', availableActions: ['WITHDRAW'] },
      { id: 'c', availableActions: [] },
    ];
    const split = splitByActions(tasks, ['ASSIGN', 'REJECT']);
    expect(split.decidable.map((task) => task.id)).toEqual(['a']);
    expect(split.seenOnly.map((task) => task.id)).toEqual(['b', 'c']);
    // Ban Tổ chức: 27 tasks proposed, none it may decide: all listed read-only.
    const forConsolidator = splitByActions(
      tasks.map((task) => ({ ...task, availableActions: [] })),
      ['ASSIGN', 'REJECT'],
    );
    expect(forConsolidator.decidable).toEqual([]);
    expect(forConsolidator.seenOnly).toHaveLength(3);
  });

  it('lists each cadre of tasks awaiting a conclusion, whatever the viewer may do', () => {
    expect(
      cadresOf([
        { cadre: { id: '2', fullName: 'Đặng Văn Bình' }, availableActions: [] },
        { cadre: { id: '1', fullName: 'Bùi Anh Thắng' }, availableActions: [] },
        { cadre: { id: '2', fullName: 'Đặng Văn Bình' }, availableActions: ['CONCLUDE'] },
      ]),
    ).toEqual([
      { id: '1', fullName: 'Bùi Anh Thắng', waiting: 1 },
      { id: '2', fullName: 'Đặng Văn Bình', waiting: 2 },
    ]);
  });
});
