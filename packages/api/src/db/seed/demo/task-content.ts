import type { KeyTaskOutcome } from '@nvtt/shared';
import { endOfMonth } from './calendar.js';
import type { OutputTemplate } from './catalog.js';
import type { Prng } from './prng.js';

export const RETURN_REASONS = [
  'Sản phẩm đầu ra chưa lượng hóa được; đề nghị bổ sung chỉ tiêu cụ thể.',
  'Nhiệm vụ trùng với nhiệm vụ thường xuyên của cơ quan; đề nghị xác định lại trọng tâm.',
  'Chưa nêu rõ căn cứ theo Nghị quyết 09-NQ/TW; đề nghị bổ sung.',
];

export const REGISTRATION_OPINIONS = [
  'Thống nhất với đề xuất của cơ quan đầu mối.',
  'Thống nhất; đề nghị làm rõ tiến độ từng quý.',
  'Cơ bản thống nhất; đề nghị bổ sung sản phẩm đầu ra có thể kiểm chứng.',
  'Đề nghị xem xét lại chỉ tiêu vì thấp hơn kết quả năm trước.',
];

/** How much of its targets a task reaches, by its true outcome. */
const ACHIEVEMENT: Readonly<Record<KeyTaskOutcome, readonly [number, number]>> = {
  EXCEEDED: [1.08, 1.35],
  COMPLETED_ON_TIME: [1.0, 1.06],
  COMPLETED_LATE: [1.0, 1.03],
  PARTIALLY_COMPLETED: [0.5, 0.9],
  NOT_COMPLETED: [0.05, 0.45],
  EXEMPT_OBJECTIVE: [0.2, 0.6],
};

export interface PlannedOutput {
  readonly name: string;
  readonly unit: string | null;
  readonly target: number | null;
  readonly dueOn: string | null;
  /** actual / target once the year is over. */
  readonly actualRatio: number;
}

export function plannedOutputs(
  rng: Prng,
  templates: readonly OutputTemplate[],
  year: number,
  endsOn: string,
  outcome: KeyTaskOutcome,
): PlannedOutput[] {
  return templates.map((output) => {
    const [low, high] = ACHIEVEMENT[outcome];
    const actualRatio = low + rng.next() * (high - low);
    if ('deliverableMonth' in output) {
      const due = endOfMonth(year, output.deliverableMonth);
      return { name: output.name, unit: null, target: null, dueOn: due > endsOn ? endsOn : due, actualRatio };
    }
    const raw = output.min + rng.next() * (output.max - output.min);
    const target = output.unit === '%' || raw < 50 ? Math.round(raw) : Math.round(raw / 5) * 5;
    return { name: output.name, unit: output.unit, target, dueOn: null, actualRatio };
  });
}

export function descriptionOf(title: string): string {
  return `${title}, bảo đảm có sản phẩm cụ thể, đo đếm được và minh chứng kèm theo.`;
}

/** Cadres lean generous: a self-assessment a step better than the truth. */
export function better(outcome: KeyTaskOutcome): KeyTaskOutcome {
  switch (outcome) {
    case 'COMPLETED_ON_TIME':
      return 'EXCEEDED';
    case 'COMPLETED_LATE':
      return 'COMPLETED_ON_TIME';
    case 'PARTIALLY_COMPLETED':
      return 'COMPLETED_LATE';
    case 'NOT_COMPLETED':
      return 'PARTIALLY_COMPLETED';
    case 'EXCEEDED':
    case 'EXEMPT_OBJECTIVE':
      return outcome;
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}
