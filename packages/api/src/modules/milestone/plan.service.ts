import { isLocalDate, normalizeText, provinceDateOf } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { UserErrorsException, fail, userError, type UserError } from '../../graphql/user-error.js';
import { lockTask, performAction } from '../../workflow/key-task-workflow.js';
import { runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import { ProgressReportEntity, type MilestonePeriodKind, type ProgressStatus } from './milestone.entity.js';
import { checkOutputValues, type OutputActual } from './output-values.js';

export interface MilestoneInput {
  readonly periodKind: MilestonePeriodKind;
  readonly periodLabel: string;
  readonly dueOn: string;
  readonly expectedOutput: string;
}

export interface ProgressInput {
  readonly milestoneId: number | null;
  readonly status: ProgressStatus;
  readonly percentComplete: number | null;
  readonly note: string;
  /** Actual values reached for the task's outputs (target vs actual). */
  readonly actuals?: readonly OutputActual[];
}

const MAX_MILESTONES = 60;

const INSERT_REPORT = `INSERT INTO progress_report
  (key_task_id, milestone_id, reported_at, status, percent_complete, note, late, author_label, output_values)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb) RETURNING id`;
const SET_ACTUAL = 'UPDATE output_product SET actual = $2, actual_reported_at = $3 WHERE id = $1';

function checkMilestones(milestones: readonly MilestoneInput[], task: KeyTaskEntity): void {
  const errors: UserError[] = [];
  if (milestones.length === 0 || milestones.length > MAX_MILESTONES) {
    errors.push(
      userError(
        'INVALID_INPUT',
        {
          vi: `Kế hoạch có từ 1 đến ${MAX_MILESTONES} mốc tiến độ.`,
          en: `A plan has 1 to ${MAX_MILESTONES} milestones.`,
        },
        { field: ['milestones'] },
      ),
    );
  }
  milestones.forEach((milestone, index) => {
    const field = (name: string) => ['milestones', String(index), name];
    const label = normalizeText(milestone.periodLabel);
    const expected = normalizeText(milestone.expectedOutput);
    if (label === '' || label.length > 20) {
      errors.push(
        userError(
          'INVALID_INPUT',
          { vi: 'Kỳ của mốc (ví dụ "Tháng 3", "Quý II") từ 1 đến 20 ký tự.', en: 'Period label: 1 to 20 characters.' },
          { field: field('periodLabel') },
        ),
      );
    }
    if (expected === '' || expected.length > 1000) {
      errors.push(
        userError(
          'INVALID_INPUT',
          { vi: 'Kết quả dự kiến của mốc từ 1 đến 1000 ký tự.', en: 'Expected output: 1 to 1000 characters.' },
          { field: field('expectedOutput') },
        ),
      );
    }
    const inTask =
      isLocalDate(milestone.dueOn) &&
      (task.startsOn === null || milestone.dueOn >= task.startsOn) &&
      (task.endsOn === null || milestone.dueOn <= task.endsOn);
    if (!inTask) {
      errors.push(
        userError(
          'INVALID_INPUT',
          {
            vi: 'Thời hạn của mốc phải nằm trong thời gian thực hiện nhiệm vụ.',
            en: 'A milestone falls within the task’s dates.',
          },
          { field: field('dueOn') },
        ),
      );
    }
  });
  if (errors.length) throw new UserErrorsException(errors);
}

/** The implementation plan and progress reports against it. */
export class PlanService {
  constructor(private readonly dataSource: DataSource) {}

  filePlan(
    ctx: UseCaseContext,
    taskId: number,
    milestones: readonly MilestoneInput[],
  ): Promise<UseCaseResult<KeyTaskEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const task = await lockTask(db, taskId, ctx);
      await performAction(db, ctx, task, 'FILE_PLAN', { data: { milestones: milestones.length } });
      checkMilestones(milestones, task);
      for (const milestone of milestones) {
        await db.query(
          `INSERT INTO milestone (key_task_id, period_kind, period_label, due_on, expected_output) VALUES ($1, $2, $3, $4, $5)`,
          [
            task.id,
            milestone.periodKind,
            normalizeText(milestone.periodLabel),
            milestone.dueOn,
            normalizeText(milestone.expectedOutput),
          ],
        );
      }
      return task;
    });
  }

  /** A report; DONE on a milestone marks it done today, late when after its due date. */
  reportProgress(
    ctx: UseCaseContext,
    taskId: number,
    input: ProgressInput,
  ): Promise<UseCaseResult<ProgressReportEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const task = await lockTask(db, taskId, ctx);
      const note = normalizeText(input.note);
      if (note.length > 5000)
        fail(
          'INVALID_INPUT',
          { vi: 'Nội dung báo cáo không quá 5000 ký tự.', en: 'At most 5000 characters.' },
          { field: ['note'] },
        );
      if (input.percentComplete !== null && !(input.percentComplete >= 0 && input.percentComplete <= 100)) {
        fail(
          'INVALID_INPUT',
          { vi: 'Tỷ lệ hoàn thành từ 0 đến 100%.', en: 'Percent complete is 0 to 100.' },
          { field: ['percentComplete'] },
        );
      }
      const values = await checkOutputValues(db, task.id, input.actuals ?? []);
      const outputValues = values.map(({ output, name, unit, actual }) => ({ output, name, unit, actual }));
      // The audit record names every value reported, so the history shows who reported which actual.
      await performAction(db, ctx, task, 'REPORT_PROGRESS', {
        comment: note || null,
        data: { status: input.status, ...(outputValues.length > 0 ? { outputValues } : {}) },
      });
      const today = provinceDateOf(ctx.now);
      let late = false;
      if (input.milestoneId !== null) {
        const [milestone] = await db.query(
          'SELECT id, due_on::text AS "dueOn", done_on FROM milestone WHERE id = $1 AND key_task_id = $2',
          [input.milestoneId, task.id],
        );
        if (!milestone)
          fail(
            'NOT_FOUND',
            { vi: 'Mốc tiến độ không thuộc nhiệm vụ này.', en: 'The milestone is not this task’s.' },
            { field: ['milestoneId'] },
          );
        late = today > milestone.dueOn;
        if (input.status === 'DONE' && milestone.done_on === null) {
          await db.query('UPDATE milestone SET done_on = $2 WHERE id = $1', [milestone.id, today]);
        }
      }
      const [{ id }] = await db.query(INSERT_REPORT, [
        task.id,
        input.milestoneId,
        ctx.now,
        input.status,
        input.percentComplete,
        note,
        late,
        ctx.actor.label,
        JSON.stringify(outputValues),
      ]);
      // The output keeps the latest actual, which the dossier shows against the target.
      for (const value of values) await db.query(SET_ACTUAL, [value.outputId, value.actual, ctx.now]);
      return db.getRepository(ProgressReportEntity).findOneByOrFail({ id });
    });
  }
}
