import { describe, expect, it } from 'vitest';
import { drillHref, drillOfRow } from './drill';
import { defaultYear } from './options';
import { backlogGroups, heatmapOf, outcomeSegments, percent, sortedBars, trendOf, type FigureRow } from './shape';

function row(overrides: Partial<FigureRow>): FigureRow {
  return {
    cycleYear: 2025,
    code: 'X',
    label: 'X',
    unitId: null,
    code2: null,
    label2: null,
    cadres: 1,
    tasks: 3,
    registered: 3,
    registeredOnTime: 3,
    assigned: 3,
    assessable: 0,
    completed: 0,
    onTime: 0,
    late: 0,
    exceeded: 0,
    partial: 0,
    notCompleted: 0,
    exempt: 0,
    selfAboveConcluded: 0,
    appraisedAboveConcluded: 0,
    milestonesDue: 0,
    milestonesOnTime: 0,
    ...overrides,
  };
}

describe('chart data shaping', () => {
  it('ranks bars by the measure, rows without data last, and translates vocabulary codes', () => {
    const rows = [
      row({ code: 'PARTY', label: 'PARTY', assessable: 4, completed: 2 }),
      row({ code: 'GOVERNMENT', label: 'GOVERNMENT', assessable: 4, completed: 4 }),
      row({ code: 'LOCALITY', label: 'LOCALITY', assessable: 0 }),
    ];
    const bars = sortedBars(rows, 'SECTOR', 'COMPLETION_RATE', 'vi');
    expect(bars.map((bar) => [bar.key, bar.value])).toEqual([
      ['GOVERNMENT', 1],
      ['PARTY', 0.5],
      ['LOCALITY', null],
    ]);
    expect(bars[0]!.label).not.toBe('GOVERNMENT');
    expect(sortedBars(rows, 'SECTOR', 'TASKS', 'en').map((bar) => bar.value)).toEqual([3, 3, 3]);
  });

  it('lays a matrix out as a heatmap with sorted labels and absent empty cells', () => {
    const map = heatmapOf(
      [
        row({ code: 'B', label: 'Bắc', code2: 'PARTY_SECRETARY', label2: 'PARTY_SECRETARY' }),
        row({ code: 'A', label: 'An', code2: 'COUNCIL_CHAIR', label2: 'COUNCIL_CHAIR' }),
      ],
      'LOCALITY',
      'SUBJECT_GROUP',
      'vi',
    );
    expect(map.rows.map((r) => r.label)).toEqual(['An', 'Bắc']);
    expect(map.columns).toHaveLength(2);
    expect(map.cells.size).toBe(2);
  });

  it('makes one trend point per year with a gap where a series has no row', () => {
    const { points, series } = trendOf(
      [
        row({ cycleYear: 2024, code: 'ALL', assessable: 2, completed: 1 }),
        row({ cycleYear: 2025, code: 'ALL', assessable: 4, completed: 4 }),
        row({ cycleYear: 2025, code: 'NEW', assessable: 1, completed: 0 }),
      ],
      'COMPLETION_RATE',
    );
    expect(series).toEqual(['ALL', 'NEW']);
    expect(points).toEqual([
      { year: 2024, ALL: 0.5, NEW: null },
      { year: 2025, ALL: 1, NEW: 0 },
    ]);
  });

  it('splits outcomes so the segments add up to the concluded tasks', () => {
    const segments = outcomeSegments(row({ exceeded: 2, onTime: 5, late: 1, partial: 1, notCompleted: 1, exempt: 1 }));
    expect(segments.map((segment) => segment.count)).toEqual([2, 3, 1, 1, 1, 1]);
  });

  it('folds the backlog into one line per awaited step, the most overdue agencies first', () => {
    const agency = (id: string) => ({ id, name: id });
    const groups = backlogGroups([
      {
        state: 'SUBMITTED',
        action: 'APPRAISE',
        actor: 'FOCAL',
        deadline: '2025-11-15',
        waiting: 2,
        overdue: 0,
        agency: agency('a'),
      },
      {
        state: 'DRAFT',
        action: 'SUBMIT',
        actor: 'CADRE',
        deadline: '2025-10-30',
        waiting: 1,
        overdue: 1,
        agency: agency('b'),
      },
      {
        state: 'SUBMITTED',
        action: 'APPRAISE',
        actor: 'FOCAL',
        deadline: '2025-11-15',
        waiting: 3,
        overdue: 2,
        agency: agency('c'),
      },
    ]);
    expect(groups.map((group) => [group.key, group.state, group.action, group.waiting, group.overdue])).toEqual([
      ['DRAFT:CADRE', 'DRAFT', 'SUBMIT', 1, 1],
      ['SUBMITTED:FOCAL', 'SUBMITTED', 'APPRAISE', 5, 2],
    ]);
    expect(groups[1]!.rows.map((r) => r.agency?.id)).toEqual(['c', 'a']);
  });

  it('formats shares as percentages, and no data as a dash', () => {
    expect(percent(0.5, 'vi')).toMatch(/50\s?%/);
    expect(percent(null, 'en')).toBe('—');
  });
});

describe('drill-down links and the default year', () => {
  it('links unit rows by id and vocabulary rows by code, matrix cells with both', () => {
    const unitRow = row({ code: 'P_NHA_TRANG', unitId: 'T3JnVW5pdDox', code2: 'PARTY', cycleYear: 2026 });
    const href = drillHref(drillOfRow(unitRow, 'LOCALITY', 'SECTOR', 'Nha Trang — 2026'));
    const params = new URLSearchParams(href.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({
      year: '2026',
      dimension: 'LOCALITY',
      unit: 'T3JnVW5pdDox',
      by: 'SECTOR',
      code2: 'PARTY',
      label: 'Nha Trang — 2026',
    });
    const step = drillHref({ year: 2025, step: 'CONCLUDED', levels: ['EXCELLENT', 'GOOD'], label: 'x' });
    expect(Object.fromEntries(new URLSearchParams(step.split('?')[1]))).toEqual({
      year: '2025',
      step: 'CONCLUDED',
      levels: 'EXCELLENT,GOOD',
      label: 'x',
    });
  });

  it('opens this year’s cycle, or the latest when all lie ahead', () => {
    expect(defaultYear([2023, 2024, 2025, 2026, 2027], '2026-11-27')).toBe(2026);
    expect(defaultYear([2030, 2031], '2026-11-27')).toBe(2031);
    expect(defaultYear([], '2026-11-27')).toBeNull();
  });
});

describe('drill-down links of rows', () => {
  it('keeps the empty code of the "no goal area" row, so its tasks can be listed', () => {
    const href = drillHref(drillOfRow(row({ code: '', label: '' }), 'ALIGNMENT_AREA', null, 'Chưa gắn lĩnh vực'));
    expect(new URL(href, 'http://x').searchParams.get('code')).toBe('');
    const sector = drillHref(drillOfRow(row({ code: 'PARTY' }), 'SECTOR', null, 'Khối Đảng'));
    expect(new URL(sector, 'http://x').searchParams.get('code')).toBe('PARTY');
  });
});
