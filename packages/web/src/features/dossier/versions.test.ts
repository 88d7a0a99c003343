import { describe, expect, it } from 'vitest';
import { dossierTask } from './test-dossier';
import { changeCount, taskVersions, versionRows, type VersionFormat } from './versions';

const format: VersionFormat = {
  date: (value) => (value === null ? '' : value.split('-').reverse().join('/')),
  number: (value) => (value === null ? '' : String(value)),
  period: (from, to) => `${from} – ${to}`,
  due: (date) => `hạn ${date}`,
};

describe('task versions', () => {
  it('sets registered, assigned and amended side by side and marks what each changed', () => {
    const task = dossierTask();
    const columns = taskVersions(task);
    expect(columns.map((column) => [column.kind, column.version])).toEqual([
      ['REGISTERED', 1],
      ['ASSIGNED', 1],
      ['AMENDED', 2],
    ]);
    const rows = versionRows(columns, format);
    expect(rows.map((row) => [row.field, row.number])).toEqual([
      ['title', null],
      ['description', null],
      ['period', null],
      ['output', 1],
    ]);
    expect(rows[2]!.cells[0]!.text).toBe('01/01/2025 – 31/12/2025');
    expect(rows[3]!.cells.map((cell) => [cell.text, cell.changed])).toEqual([
      ['Hồ sơ được số hóa: 1000 hồ sơ', false],
      ['Hồ sơ được số hóa: 1000 hồ sơ', false],
      ['Hồ sơ được số hóa: 1200 hồ sơ', true],
    ]);
    expect(changeCount(rows)).toBe(1);
  });

  it('shows an output added by an amendment against an empty cell, and a dated deliverable with its date', () => {
    const task = dossierTask({
      outputs: [
        ...dossierTask().outputs,
        {
          ordinal: 2,
          name: 'Quy chế khai thác',
          unit: null,
          target: null,
          actual: null,
          actualReportedAt: null,
          dueOn: '2025-09-30',
        },
      ],
    });
    const rows = versionRows(taskVersions(task), format);
    expect(rows[4]!.cells.map((cell) => [cell.text, cell.changed])).toEqual([
      [null, false],
      [null, false],
      ['Quy chế khai thác: hạn 30/09/2025', true],
    ]);
    expect(changeCount(rows)).toBe(2);
  });

  it('adds no column when the task still reads as assigned, and compares a revised draft with its registration', () => {
    const unchanged = dossierTask({ outputs: [{ ...dossierTask().outputs[0]!, target: 1000 }], version: 1 });
    expect(taskVersions(unchanged).map((column) => column.kind)).toEqual(['REGISTERED', 'ASSIGNED']);
    expect(changeCount(versionRows(taskVersions(unchanged), format))).toBe(0);

    const revised = dossierTask({
      state: 'RETURNED',
      assignedVersion: null,
      title: 'Số hóa và khai thác hồ sơ cán bộ',
    });
    const columns = taskVersions(revised);
    expect(columns.map((column) => column.kind)).toEqual(['REGISTERED', 'CURRENT']);
    expect(versionRows(columns, format)[0]!.cells.map((cell) => cell.changed)).toEqual([false, true]);
  });

  it('shows a draft never registered as its one current version', () => {
    const draft = dossierTask({ state: 'DRAFT', registeredVersion: null, assignedVersion: null, version: 1 });
    expect(taskVersions(draft).map((column) => [column.kind, column.version])).toEqual([['CURRENT', 1]]);
  });
});
