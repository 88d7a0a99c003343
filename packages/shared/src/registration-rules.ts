import type { AlignmentArea, AlignmentSource } from './alignment.js';
import type { CycleRules } from './cycle.js';
import type { Label, Vocabulary } from './label.js';
import { addMonths, formatLocalDate, localDate, type LocalDate } from './time.js';

/**
 * Registration rules (domain §4): checked before a cadre submits and again at appraisal. Every
 * number (how many tasks, how many months) comes from the cycle's rules, because BTC may change
 * them for a new cycle without a code change (domain §8).
 */

/** One key task as registered: what the cadre types in, before any appraisal. */
export interface KeyTaskDraft {
  title: string;
  description: string;
  startsOn: LocalDate | null;
  endsOn: LocalDate | null;
  /** This year's part of a task that runs over several cycles. */
  multiYear: boolean;
  outputs: ReadonlyArray<{ name: string; unit: string | null; target: number | null; dueOn: LocalDate | null }>;
  alignments: ReadonlyArray<{ source: AlignmentSource; area: AlignmentArea | null }>;
}

/** The rules themselves, stated the way users read them next to a form. */
export const REGISTRATION_RULES = {
  TASK_COUNT: {
    vi: 'Mỗi cán bộ đăng ký đúng số nhiệm vụ trọng tâm quy định cho kỳ',
    en: 'Each cadre registers exactly the number of key tasks the cycle sets',
  },
  TITLE_REQUIRED: { vi: 'Nhiệm vụ phải có tên', en: 'A task has a title' },
  DATES_REQUIRED: {
    vi: 'Nhiệm vụ phải có ngày bắt đầu và ngày kết thúc',
    en: 'A task has a start date and an end date',
  },
  DATES_ORDER: {
    vi: 'Ngày kết thúc không được trước ngày bắt đầu',
    en: 'A task does not end before it starts',
  },
  DURATION_TOO_LONG: {
    vi: 'Thời gian thực hiện không vượt quá số tháng tối đa quy định cho kỳ',
    en: 'A task lasts no longer than the cycle’s maximum number of months',
  },
  OUTPUT_REQUIRED: {
    vi: 'Nhiệm vụ phải có ít nhất một sản phẩm đầu ra',
    en: 'A task has at least one output product',
  },
  OUTPUT_NOT_MEASURABLE: {
    vi: 'Mỗi sản phẩm đầu ra phải có đơn vị tính và chỉ tiêu định lượng, hoặc thời hạn hoàn thành',
    en: 'Every output has a unit and a numeric target, or a due date',
  },
  MULTI_YEAR_OUTPUT_MISSING: {
    vi: 'Nhiệm vụ thực hiện nhiều năm phải có sản phẩm đầu ra của năm đăng ký',
    en: 'A multi-year task has an output for the cycle’s year',
  },
  ALIGNMENT_REQUIRED: {
    vi: 'Nhiệm vụ phải gắn với ít nhất một căn cứ, định hướng (NQ 09-NQ/TW, NQ 42/NQ-CP, NQ 55/2022/QH15…)',
    en: 'A task follows at least one guiding document (Resolutions 09-NQ/TW, 42/NQ-CP, 55/2022/QH15…)',
  },
} as const satisfies Vocabulary<string>;
export type RegistrationRuleCode = keyof typeof REGISTRATION_RULES;

export interface RuleViolation {
  readonly code: RegistrationRuleCode;
  /** Which of the cadre's tasks (0-based); null for a rule about the whole registration. */
  readonly taskIndex: number | null;
  /** The form field at fault, as a dotted path (`endsOn`, `outputs.1`); null for the whole task. */
  readonly field: string | null;
  /** What is wrong, with the numbers that make it concrete. */
  readonly message: Label;
}

function isBlank(text: string | null): boolean {
  return text === null || text.trim() === '';
}

/**
 * How many calendar months a task from `startsOn` to `endsOn` (both days included) runs into: the
 * smallest n with endsOn before startsOn + n months. 01-01 → 31-12 is 12; 01-01 → 01-01 next year, 13.
 */
export function durationInMonths(startsOn: LocalDate, endsOn: LocalDate): number {
  if (endsOn < startsOn) throw new RangeError(`Ends before it starts: ${startsOn} → ${endsOn}`);
  const [startYear, startMonth] = startsOn.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = endsOn.split('-').map(Number) as [number, number];
  // The month count lands in the end date's month; it needs one more when that falls on or before it.
  let months = Math.max(1, (endYear - startYear) * 12 + (endMonth - startMonth));
  while (addMonths(startsOn, months) <= endsOn) months += 1;
  return months;
}

/** An output can be checked at year end: a unit and a positive target, or a date it is due. */
function isMeasurable(output: KeyTaskDraft['outputs'][number]): boolean {
  const quantified =
    !isBlank(output.unit) && output.target !== null && Number.isFinite(output.target) && output.target > 0;
  return quantified || output.dueOn !== null;
}

function violation(
  code: RegistrationRuleCode,
  taskIndex: number | null,
  field: string | null,
  vi: string,
  en: string,
): RuleViolation {
  return { code, taskIndex, field, message: { vi, en } };
}

/** The rules one task must meet on its own; `taskIndex` is carried into each violation. */
export function checkKeyTask(
  task: KeyTaskDraft,
  rules: CycleRules,
  cycleYear: number,
  taskIndex: number | null,
): RuleViolation[] {
  const found: RuleViolation[] = [];
  const add = (code: RegistrationRuleCode, field: string | null, vi: string, en: string): void => {
    found.push(violation(code, taskIndex, field, vi, en));
  };

  if (isBlank(task.title)) add('TITLE_REQUIRED', 'title', 'Chưa nhập tên nhiệm vụ.', 'The task has no title.');

  if (task.startsOn === null) {
    add('DATES_REQUIRED', 'startsOn', 'Chưa nhập ngày bắt đầu.', 'The start date is missing.');
  }
  if (task.endsOn === null) {
    add('DATES_REQUIRED', 'endsOn', 'Chưa nhập ngày kết thúc.', 'The end date is missing.');
  }
  if (task.startsOn !== null && task.endsOn !== null) {
    const [start, end] = [task.startsOn, task.endsOn];
    if (end < start) {
      add(
        'DATES_ORDER',
        'endsOn',
        `Ngày kết thúc (${formatLocalDate(end)}) trước ngày bắt đầu (${formatLocalDate(start)}).`,
        `The end date (${formatLocalDate(end)}) is before the start date (${formatLocalDate(start)}).`,
      );
    } else {
      const months = durationInMonths(start, end);
      if (months > rules.maxDurationMonths) {
        add(
          'DURATION_TOO_LONG',
          'endsOn',
          `Thời gian thực hiện không quá ${rules.maxDurationMonths} tháng; nhiệm vụ này kéo dài ${months} tháng.`,
          `A task lasts at most ${rules.maxDurationMonths} months; this one runs into ${months}.`,
        );
      }
    }
  }

  if (task.outputs.length === 0) {
    add(
      'OUTPUT_REQUIRED',
      'outputs',
      'Nhiệm vụ chưa có sản phẩm đầu ra nào; cần ít nhất một sản phẩm cụ thể, đo đếm được.',
      'The task has no output product; it needs at least one concrete, measurable output.',
    );
  }
  task.outputs.forEach((output, index) => {
    if (isMeasurable(output)) return;
    const which = isBlank(output.name) ? `thứ ${index + 1}` : `thứ ${index + 1} (“${output.name.trim()}”)`;
    const whichEn = isBlank(output.name) ? `${index + 1}` : `${index + 1} (“${output.name.trim()}”)`;
    add(
      'OUTPUT_NOT_MEASURABLE',
      `outputs.${index}`,
      `Sản phẩm đầu ra ${which} chưa đo đếm được: cần đơn vị tính và chỉ tiêu lớn hơn 0, hoặc thời hạn hoàn thành.`,
      `Output ${whichEn} is not measurable: give a unit and a target above 0, or a due date.`,
    );
  });

  if (task.multiYear) {
    const [first, last] = [localDate(cycleYear, 1, 1), localDate(cycleYear, 12, 31)];
    const thisYears = task.outputs.some(
      (output) => output.dueOn !== null && first <= output.dueOn && output.dueOn <= last,
    );
    if (!thisYears) {
      add(
        'MULTI_YEAR_OUTPUT_MISSING',
        'outputs',
        `Nhiệm vụ thực hiện nhiều năm phải có ít nhất một sản phẩm đầu ra hoàn thành trong năm ${cycleYear}.`,
        `A multi-year task needs at least one output due within ${cycleYear}.`,
      );
    }
  }

  if (task.alignments.length === 0) {
    add(
      'ALIGNMENT_REQUIRED',
      'alignments',
      'Nhiệm vụ chưa gắn với căn cứ, định hướng nào (NQ 09-NQ/TW, NQ 42/NQ-CP, NQ 55/2022/QH15, quy hoạch, chương trình của tỉnh…).',
      'The task follows no guiding document (Resolutions 09-NQ/TW, 42/NQ-CP, 55/2022/QH15, the master plan, a provincial programme…).',
    );
  }

  return found;
}

/** A cadre's whole registration: the count of tasks first, then each task's own rules. */
export function checkRegistration(
  tasks: readonly KeyTaskDraft[],
  rules: CycleRules,
  cycleYear: number,
): RuleViolation[] {
  const found: RuleViolation[] = [];
  if (tasks.length !== rules.tasksPerCadre) {
    found.push(
      violation(
        'TASK_COUNT',
        null,
        null,
        `Mỗi cán bộ đăng ký đúng ${rules.tasksPerCadre} nhiệm vụ trọng tâm; hiện có ${tasks.length}.`,
        `Each cadre registers exactly ${rules.tasksPerCadre} key tasks; there are ${tasks.length}.`,
      ),
    );
  }
  tasks.forEach((task, index) => found.push(...checkKeyTask(task, rules, cycleYear, index)));
  return found;
}
