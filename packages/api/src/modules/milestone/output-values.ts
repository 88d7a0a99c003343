import { normalizeText } from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import { UserErrorsException, userError, type UserError } from '../../graphql/user-error.js';
import type { ProgressOutputValue } from './milestone.entity.js';

/** An actual value as a report gives it: the output by position, the value, and the unit it is in. */
export interface OutputActual {
  readonly output: number;
  readonly actual: number;
  /** The unit the value is in; when given it must be the output's (a form shown before the unit changed). */
  readonly unit?: string | null;
}

/** Larger than any real count or amount: a typo of several digits is refused, not stored. */
const MAX_ACTUAL = 1e12;

const OUTPUTS_OF_TASK = `SELECT id, ordinal, name, unit FROM output_product WHERE key_task_id = $1 ORDER BY ordinal`;

const sameUnit = (a: string, b: string) => normalizeText(a).toLowerCase() === normalizeText(b).toLowerCase();

/**
 * Checks a report's actual values against the task's outputs, every problem at once: a number ≥ 0,
 * an existing output reported once, in the output's unit. Answers each value with its output's id
 * and the name and unit it is recorded with.
 */
export async function checkOutputValues(
  db: EntityManager,
  taskId: number,
  actuals: readonly OutputActual[],
): Promise<Array<ProgressOutputValue & { readonly outputId: number }>> {
  if (actuals.length === 0) return [];
  const outputs: Array<{ id: number; ordinal: number; name: string; unit: string | null }> = await db.query(
    OUTPUTS_OF_TASK,
    [taskId],
  );
  const errors: UserError[] = [];
  const seen = new Set<number>();
  const values: Array<ProgressOutputValue & { readonly outputId: number }> = [];
  actuals.forEach((entry, index) => {
    const field = (name: string) => ({ field: ['actuals', String(index), name] });
    const output = outputs.find((candidate) => candidate.ordinal === entry.output);
    if (!output) {
      errors.push(
        userError(
          'NOT_FOUND',
          {
            vi: `Nhiệm vụ không có sản phẩm đầu ra số ${entry.output}.`,
            en: `The task has no output ${entry.output}.`,
          },
          field('output'),
        ),
      );
      return;
    }
    if (seen.has(output.ordinal)) {
      errors.push(
        userError(
          'INVALID_INPUT',
          { vi: `Sản phẩm “${output.name}” được báo cáo hai lần.`, en: `Output “${output.name}” is reported twice.` },
          field('output'),
        ),
      );
    }
    seen.add(output.ordinal);
    if (!(Number.isFinite(entry.actual) && entry.actual >= 0 && entry.actual <= MAX_ACTUAL)) {
      errors.push(
        userError(
          'INVALID_INPUT',
          { vi: 'Kết quả thực hiện phải là số không âm.', en: 'An actual value is a non-negative number.' },
          field('actual'),
        ),
      );
    }
    const unit = entry.unit ?? null;
    if (unit !== null && (output.unit === null ? normalizeText(unit) !== '' : !sameUnit(unit, output.unit))) {
      errors.push(
        userError(
          'INVALID_INPUT',
          output.unit === null
            ? { vi: `Sản phẩm “${output.name}” không có đơn vị tính.`, en: `Output “${output.name}” has no unit.` }
            : {
                vi: `Kết quả của “${output.name}” tính bằng ${output.unit}, không phải ${unit}.`,
                en: `“${output.name}” is measured in ${output.unit}, not ${unit}.`,
              },
          field('unit'),
        ),
      );
    }
    values.push({
      outputId: output.id,
      output: output.ordinal,
      name: output.name,
      unit: output.unit,
      actual: entry.actual,
    });
  });
  if (errors.length > 0) throw new UserErrorsException(errors);
  return values;
}
