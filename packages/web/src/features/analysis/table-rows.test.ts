import { defaultView, parseView, viewToSearch } from '@nvtt/shared';
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../dashboard/shape';
import { exportTable, tableLines } from './table-rows';

const row = (code: string, label: string, tasks: number, completed: number, cycleYear = 2025): FigureRow => ({
  cycleYear,
  code,
  label,
  unitId: null,
  code2: null,
  label2: null,
  cadres: 1,
  tasks,
  registered: tasks,
  registeredOnTime: tasks,
  assigned: tasks,
  assessable: tasks,
  completed,
  onTime: completed,
  late: 0,
  exceeded: 0,
  partial: 0,
  notCompleted: tasks - completed,
  exempt: 0,
  selfAboveConcluded: 0,
  appraisedAboveConcluded: 0,
  milestonesDue: 0,
  milestonesOnTime: 0,
});

const rows = [
  row('P_NHA_TRANG', 'Phường Nha Trang', 6, 3),
  row('X_DIEN_KHANH', 'Xã Diên Khánh', 2, 2),
  row('P_BAC_NHA_TRANG', 'Phường Bắc Nha Trang', 3, 0),
];

describe('the analysis table', () => {
  it('filters rows by name with or without diacritics, and by size', () => {
    const view = { ...defaultView(2025), filter: 'nha trang', minTasks: 3 };
    expect(tableLines(rows, view, 'vi').map((line) => line.row.code)).toEqual(['P_BAC_NHA_TRANG', 'P_NHA_TRANG']);
    expect(tableLines(rows, { ...view, filter: 'Diên', minTasks: 0 }, 'vi')).toHaveLength(1);
  });

  it('exports the shown rows with rates as fractions and "no data" as empty', () => {
    const view = { ...defaultView(2025), metrics: ['COMPLETION_RATE', 'TASKS', 'MILESTONE_ON_TIME_RATE'] as const };
    const { header, body } = exportTable(tableLines(rows, view, 'vi'), view, 'vi', {
      rows: 'Địa phương',
      columns: '',
      year: 'Năm',
    });
    expect(header).toEqual(['Địa phương', 'Năm', 'Tỷ lệ hoàn thành', 'Số nhiệm vụ', 'Mốc tiến độ đúng hạn']);
    expect(body).toEqual([
      ['Phường Bắc Nha Trang', 2025, 0, 3, null],
      ['Phường Nha Trang', 2025, 0.5, 6, null],
      ['Xã Diên Khánh', 2025, 1, 2, null],
    ]);
  });

  it('keeps the whole view in the address, so a link reproduces it', () => {
    const view = { ...defaultView(2025), dimension: 'SECTOR' as const, years: [2024, 2025], filter: 'Đảng' };
    expect(parseView(viewToSearch(view), 2030)).toEqual(view);
  });
});
