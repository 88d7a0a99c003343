import { REGISTRATION_RULES } from '@nvtt/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { fail } from '../../graphql/user-error.js';
import { idOfType } from '../../graphql/relay.js';
import { cycleByYear, registrationViolations, requireCadre, throwViolations, todayOf } from '../../workflow/guards.js';
import { lockTask, performAction } from '../../workflow/key-task-workflow.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import { normalizeDraft, readDraft, writeDraft } from './draft.js';
import type { KeyTaskEntity } from './key-task.entity.js';
import type { KeyTaskDraftInput } from './key-task.inputs.js';

/** Registration and its review: drafts, submission, appraisal, consultation, proposal. */
export class RegistrationService {
  constructor(private readonly dataSource: DataSource) {}

  createDraft(ctx: UseCaseContext, cycleYear: number, input: KeyTaskDraftInput): Promise<UseCaseResult<KeyTaskEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const cadreId = requireCadre(ctx.actor);
      const draft = normalizeDraft(input);
      const cycle = await cycleByYear(db, cycleYear);
      // Serialise a cadre's registrations so two drafts cannot take the same ordinal.
      await db.query('SELECT id FROM cadre WHERE id = $1 FOR UPDATE', [cadreId]);
      const [position] = await db.query(
        `SELECT p.id, p.subject_group AS "subjectGroup" FROM position p
          WHERE p.cadre_id = $1 AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on >= $2)
          ORDER BY p.rotated, p.id LIMIT 1`,
        [cadreId, todayOf(ctx)],
      );
      if (!position) {
        fail('CONFLICT', {
          vi: 'Chưa ghi nhận chức vụ bạn đang đảm nhiệm; liên hệ Ban Tổ chức Tỉnh ủy.',
          en: 'No current position is recorded for you; contact the Organisation Commission.',
        });
      }
      const [route] = await db.query(
        'SELECT focal_unit_id AS "focalUnitId" FROM focal_agency_rule WHERE cycle_id = $1 AND subject_group = $2',
        [cycle.id, position.subjectGroup],
      );
      if (!route) {
        fail('CONFLICT', {
          vi: `Kỳ ${cycle.year} chưa phân công cơ quan đầu mối cho nhóm đối tượng của bạn; liên hệ Ban Tổ chức Tỉnh ủy.`,
          en: `The ${cycle.year} cycle has no focal agency for your subject group; contact the Organisation Commission.`,
        });
      }
      const used: Array<{ ordinal: number; counted: boolean }> = await db.query(
        `SELECT ordinal, state NOT IN ('WITHDRAWN', 'REJECTED') AS counted FROM key_task WHERE cycle_id = $1 AND cadre_id = $2`,
        [cycle.id, cadreId],
      );
      const counted = used.filter((row) => row.counted).length;
      if (counted >= cycle.tasksPerCadre) {
        fail(
          'RULE_VIOLATION',
          {
            vi: `${REGISTRATION_RULES.TASK_COUNT.vi}: ${cycle.tasksPerCadre} nhiệm vụ; bạn đã có ${counted}.`,
            en: `${REGISTRATION_RULES.TASK_COUNT.en}: ${cycle.tasksPerCadre} tasks; you have ${counted}.`,
          },
          { rule: 'TASK_COUNT' },
        );
      }
      const taken = new Set(used.map((row) => row.ordinal));
      const ordinal = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].find((candidate) => !taken.has(candidate))!;
      const parentTaskId = input.continues
        ? await this.previousYearTask(db, input.continues, cadreId, cycle.year)
        : null;
      const [{ id }] = await db.query(
        `INSERT INTO key_task (cycle_id, cadre_id, position_id, focal_unit_id, ordinal, title, state, parent_task_id,
                               multi_year, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'DRAFT', $7, $8, $9, $9) RETURNING id`,
        [
          cycle.id,
          cadreId,
          position.id,
          route.focalUnitId,
          ordinal,
          draft.title,
          parentTaskId,
          parentTaskId !== null,
          ctx.now,
        ],
      );
      await writeDraft(db, id, { ...draft, multiYear: draft.multiYear || parentTaskId !== null }, ctx.now);
      await recordAudit(db, ctx, { entityType: 'KeyTask', entityId: id, action: 'CREATE', toState: 'DRAFT' });
      return lockTask(db, id);
    });
  }

  updateDraft(ctx: UseCaseContext, taskId: number, input: KeyTaskDraftInput): Promise<UseCaseResult<KeyTaskEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const task = await lockTask(db, taskId, ctx);
      if (ctx.actor.cadreId !== task.cadreId) {
        fail('ACTOR_NOT_ALLOWED', {
          vi: 'Chỉ cán bộ đăng ký mới sửa được nhiệm vụ này.',
          en: 'Only the task’s cadre may edit it.',
        });
      }
      if (task.state !== 'DRAFT' && task.state !== 'RETURNED') {
        fail('WRONG_STATE', {
          vi: 'Chỉ sửa được nhiệm vụ đang dự thảo hoặc bị trả lại; nhiệm vụ đã giao được điều chỉnh qua đề nghị điều chỉnh.',
          en: 'Only draft or returned tasks can be edited; assigned tasks change through a change request.',
        });
      }
      const draft = normalizeDraft(input);
      await writeDraft(db, task.id, draft, ctx.now);
      await recordAudit(db, ctx, {
        entityType: 'KeyTask',
        entityId: task.id,
        action: 'UPDATE',
        fromState: task.state,
        toState: task.state,
      });
      return lockTask(db, task.id);
    });
  }

  submit(ctx: UseCaseContext, taskId: number): Promise<UseCaseResult<KeyTaskEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const task = await lockTask(db, taskId, ctx);
      const cycle = await this.cycleOf(db, task.cycleId);
      const performed = await performAction(db, ctx, task, 'SUBMIT');
      throwViolations(await registrationViolations(db, task, cycle));
      const { snapshot } = await readDraft(db, task.id);
      await db.query(
        `UPDATE key_task SET submitted_at = $2, submitted_late = $3, registered_snapshot = $4 WHERE id = $1`,
        [task.id, ctx.now, performed.late, JSON.stringify(snapshot)],
      );
      return lockTask(db, task.id);
    });
  }

  /** The focal agency returns a submission, or Ban Tổ chức sends a task back, for revision. */
  returnForRevision(ctx: UseCaseContext, taskId: number, comment: string): Promise<UseCaseResult<KeyTaskEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const task = await lockTask(db, taskId, ctx);
      const performed = await performAction(db, ctx, task, 'RETURN', { comment });
      if (performed.role === 'FOCAL') {
        await this.recordAppraisal(db, ctx, task, 'RETURNED', comment, performed.late);
      }
      return task;
    });
  }

  /** The focal agency accepts a registration; the rules are checked again, as the regulation says. */
  appraise(ctx: UseCaseContext, taskId: number, comment: string | null): Promise<UseCaseResult<KeyTaskEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const task = await lockTask(db, taskId, ctx);
      const performed = await performAction(db, ctx, task, 'APPRAISE', { comment });
      throwViolations(await registrationViolations(db, task, await this.cycleOf(db, task.cycleId)));
      await this.recordAppraisal(db, ctx, task, 'ACCEPTED', comment ?? '', performed.late);
      return task;
    });
  }

  private async recordAppraisal(
    db: EntityManager,
    ctx: UseCaseContext,
    task: KeyTaskEntity,
    verdict: 'ACCEPTED' | 'RETURNED',
    comment: string,
    late: boolean,
  ): Promise<void> {
    await db.query(
      `INSERT INTO appraisal (key_task_id, stage, agency_unit_id, author_label, verdict, comment, created_at, late)
       VALUES ($1, 'REGISTRATION', $2, $3, $4, $5, $6, $7)`,
      [task.id, task.focalUnitId, ctx.actor.label, verdict, comment.trim(), ctx.now, late],
    );
  }

  private async cycleOf(db: EntityManager, cycleId: number) {
    const [row] = await db.query('SELECT year FROM cycle WHERE id = $1', [cycleId]);
    return cycleByYear(db, row.year);
  }

  private async previousYearTask(db: EntityManager, globalId: string, cadreId: number, year: number): Promise<number> {
    const parentId = idOfType(globalId, 'KeyTask');
    const [parent] =
      parentId === null
        ? []
        : await db.query(
            `SELECT t.id FROM key_task t JOIN cycle c ON c.id = t.cycle_id WHERE t.id = $1 AND t.cadre_id = $2 AND c.year = $3`,
            [parentId, cadreId, year - 1],
          );
    if (!parent) {
      fail(
        'INVALID_INPUT',
        {
          vi: 'Nhiệm vụ nhiều năm phải tiếp nối một nhiệm vụ của chính bạn trong năm trước.',
          en: 'A multi-year task continues one of your own tasks of the previous year.',
        },
        { field: ['continues'] },
      );
    }
    return parent.id;
  }
}
