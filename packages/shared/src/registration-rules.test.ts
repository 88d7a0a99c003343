import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CYCLE_RULES,
  REGISTRATION_RULES,
  checkKeyTask,
  checkRegistration,
  codesOf,
  durationInMonths,
  type KeyTaskDraft,
  type RuleViolation,
} from './index.js';

const rules = DEFAULT_CYCLE_RULES;

function task(overrides: Partial<KeyTaskDraft> = {}): KeyTaskDraft {
  return {
    title: 'Hoàn thành thủ tục đầu tư dự án Cảng Vân Phong giai đoạn 2',
    description: '',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    multiYear: false,
    outputs: [{ name: 'Quyết định chủ trương đầu tư', unit: 'quyết định', target: 1, dueOn: null }],
    alignments: [{ source: 'NQ09_TW_2022', area: 'MARINE_ECONOMY' }],
    ...overrides,
  };
}

const valid = [task(), task({ title: 'Chuyển đổi số thủ tục hành chính' }), task({ title: 'Giảm nghèo' })];

/** The one violation a check produced, so each test names exactly what it expects. */
function only(violations: RuleViolation[]): RuleViolation {
  expect(violations).toHaveLength(1);
  return violations[0]!;
}

describe('registration rules', () => {
  it('accepts a complete registration', () => {
    expect(checkRegistration(valid, rules, 2026)).toEqual([]);
  });

  it('states every rule in both languages', () => {
    expect(codesOf(REGISTRATION_RULES)).toHaveLength(9);
  });

  it('TASK_COUNT: exactly the cycle’s number of tasks', () => {
    const violation = only(checkRegistration(valid.slice(0, 2), rules, 2026));
    expect(violation).toMatchObject({ code: 'TASK_COUNT', taskIndex: null, field: null });
    expect(violation.message.vi).toBe('Mỗi cán bộ đăng ký đúng 3 nhiệm vụ trọng tâm; hiện có 2.');
    expect(violation.message.en).toBe('Each cadre registers exactly 3 key tasks; there are 2.');
    // The number is the cycle's, not the code's.
    expect(checkRegistration(valid.slice(0, 2), { ...rules, tasksPerCadre: 2 }, 2026)).toEqual([]);
    expect(only(checkRegistration(valid, { ...rules, tasksPerCadre: 2 }, 2026)).message.vi).toBe(
      'Mỗi cán bộ đăng ký đúng 2 nhiệm vụ trọng tâm; hiện có 3.',
    );
  });

  it('TITLE_REQUIRED: a title that is not blank', () => {
    const violation = only(checkKeyTask(task({ title: '  ' }), rules, 2026, 1));
    expect(violation).toMatchObject({ code: 'TITLE_REQUIRED', taskIndex: 1, field: 'title' });
    expect(violation.message.vi).toBe('Chưa nhập tên nhiệm vụ.');
  });

  it('DATES_REQUIRED: both dates, each named', () => {
    const violations = checkKeyTask(task({ startsOn: null, endsOn: null }), rules, 2026, 0);
    expect(violations.map((v) => [v.code, v.field, v.message.vi])).toEqual([
      ['DATES_REQUIRED', 'startsOn', 'Chưa nhập ngày bắt đầu.'],
      ['DATES_REQUIRED', 'endsOn', 'Chưa nhập ngày kết thúc.'],
    ]);
  });

  it('DATES_ORDER: no end before the start', () => {
    const violation = only(checkKeyTask(task({ startsOn: '2026-06-01', endsOn: '2026-05-31' }), rules, 2026, 0));
    expect(violation).toMatchObject({ code: 'DATES_ORDER', field: 'endsOn' });
    expect(violation.message.vi).toBe('Ngày kết thúc (31/05/2026) trước ngày bắt đầu (01/06/2026).');
    // A task may start and end on the same day.
    expect(checkKeyTask(task({ startsOn: '2026-06-01', endsOn: '2026-06-01' }), rules, 2026, 0)).toEqual([]);
  });

  it('DURATION_TOO_LONG: at most the cycle’s number of months', () => {
    expect(checkKeyTask(task({ startsOn: '2026-01-01', endsOn: '2026-12-31' }), rules, 2026, 0)).toEqual([]);
    const oneDayOver = only(checkKeyTask(task({ startsOn: '2026-01-01', endsOn: '2027-01-01' }), rules, 2026, 0));
    expect(oneDayOver.code).toBe('DURATION_TOO_LONG');
    expect(oneDayOver.message.vi).toBe('Thời gian thực hiện không quá 12 tháng; nhiệm vụ này kéo dài 13 tháng.');
    const violation = only(checkKeyTask(task({ startsOn: '2025-11-15', endsOn: '2026-12-31' }), rules, 2026, 0));
    expect(violation).toMatchObject({ code: 'DURATION_TOO_LONG', field: 'endsOn' });
    expect(violation.message.vi).toBe('Thời gian thực hiện không quá 12 tháng; nhiệm vụ này kéo dài 14 tháng.');
    // With a 6-month cycle rule the ordinary year-long task is too long.
    expect(only(checkKeyTask(task(), { ...rules, maxDurationMonths: 6 }, 2026, 0)).message.vi).toBe(
      'Thời gian thực hiện không quá 6 tháng; nhiệm vụ này kéo dài 12 tháng.',
    );
  });

  it('counts months the way the rule reads', () => {
    expect(durationInMonths('2026-01-01', '2026-01-01')).toBe(1);
    expect(durationInMonths('2026-01-01', '2026-12-31')).toBe(12);
    expect(durationInMonths('2026-01-01', '2027-01-01')).toBe(13);
    expect(durationInMonths('2026-03-15', '2027-03-14')).toBe(12);
    expect(durationInMonths('2026-03-15', '2027-03-15')).toBe(13);
  });

  it('OUTPUT_REQUIRED: at least one output', () => {
    const violation = only(checkKeyTask(task({ outputs: [] }), rules, 2026, 2));
    expect(violation).toMatchObject({ code: 'OUTPUT_REQUIRED', taskIndex: 2, field: 'outputs' });
    expect(violation.message.vi).toBe(
      'Nhiệm vụ chưa có sản phẩm đầu ra nào; cần ít nhất một sản phẩm cụ thể, đo đếm được.',
    );
  });

  it('OUTPUT_NOT_MEASURABLE: a unit and a positive target, or a due date', () => {
    const outputs = [
      { name: 'Đề án', unit: null, target: null, dueOn: '2026-09-30' }, // dated deliverable
      { name: 'Km đường', unit: 'km', target: 12.5, dueOn: null }, // quantified
      { name: 'Báo cáo chuyên đề', unit: 'báo cáo', target: 0, dueOn: null },
      { name: '', unit: ' ', target: 5, dueOn: null },
    ];
    const violations = checkKeyTask(task({ outputs }), rules, 2026, 0);
    expect(violations.map((v) => [v.code, v.field])).toEqual([
      ['OUTPUT_NOT_MEASURABLE', 'outputs.2'],
      ['OUTPUT_NOT_MEASURABLE', 'outputs.3'],
    ]);
    expect(violations[0]!.message.vi).toBe(
      'Sản phẩm đầu ra thứ 3 (“Báo cáo chuyên đề”) chưa đo đếm được: cần đơn vị tính và chỉ tiêu lớn hơn 0, hoặc thời hạn hoàn thành.',
    );
    expect(violations[1]!.message.vi).toBe(
      'Sản phẩm đầu ra thứ 4 chưa đo đếm được: cần đơn vị tính và chỉ tiêu lớn hơn 0, hoặc thời hạn hoàn thành.',
    );
  });

  it('MULTI_YEAR_OUTPUT_MISSING: a multi-year task names this year’s output', () => {
    const nextYear = [{ name: 'Khánh thành', unit: null, target: null, dueOn: '2027-06-30' }];
    const violation = only(checkKeyTask(task({ multiYear: true, outputs: nextYear }), rules, 2026, 0));
    expect(violation).toMatchObject({ code: 'MULTI_YEAR_OUTPUT_MISSING', field: 'outputs' });
    expect(violation.message.vi).toBe(
      'Nhiệm vụ thực hiện nhiều năm phải có ít nhất một sản phẩm đầu ra hoàn thành trong năm 2026.',
    );
    // An undated output does not say which year it belongs to.
    expect(only(checkKeyTask(task({ multiYear: true }), rules, 2026, 0)).code).toBe('MULTI_YEAR_OUTPUT_MISSING');
    const thisYear = [...nextYear, { name: 'Khởi công', unit: null, target: null, dueOn: '2026-12-31' }];
    expect(checkKeyTask(task({ multiYear: true, outputs: thisYear }), rules, 2026, 0)).toEqual([]);
  });

  it('ALIGNMENT_REQUIRED: at least one guiding document', () => {
    const violation = only(checkKeyTask(task({ alignments: [] }), rules, 2026, 0));
    expect(violation).toMatchObject({ code: 'ALIGNMENT_REQUIRED', field: 'alignments' });
    expect(violation.message.vi).toBe(
      'Nhiệm vụ chưa gắn với căn cứ, định hướng nào (NQ 09-NQ/TW, NQ 42/NQ-CP, NQ 55/2022/QH15, quy hoạch, chương trình của tỉnh…).',
    );
  });

  it('reports the count first, then each task’s violations with its index', () => {
    const tasks = [task(), task({ title: '' }), task({ alignments: [] }), task()];
    expect(checkRegistration(tasks, rules, 2026).map((v) => [v.code, v.taskIndex])).toEqual([
      ['TASK_COUNT', null],
      ['TITLE_REQUIRED', 1],
      ['ALIGNMENT_REQUIRED', 2],
    ]);
  });
});
