import { isLocalDate, normalizeText } from '@nvtt/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { UserErrorsException, fail, userError } from '../../graphql/user-error.js';
import { cycleByYear, requireRole } from '../../workflow/guards.js';
import { lockTask, performAction } from '../../workflow/key-task-workflow.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import { draftToInput, normalizeDraft, readDraft, writeDraft } from '../key-task/draft.js';
import type { KeyTaskDraftInput } from '../key-task/key-task.inputs.js';
import { AssignmentDecisionEntity, ChangeRequestEntity } from './decision.entity.js';

export interface AssignmentDecisionInput {
  readonly cycleYear: number;
  readonly documentNumber: string;
  readonly signedOn: string;
  readonly assignTaskIds: readonly number[];
  readonly reject: ReadonlyArray<{ taskId: number; reason: string }>;
}

function requireDocument(documentNumber: string, signedOn: string): string {
  const number = normalizeText(documentNumber);
  const errors = [];
  if (number === '' || number.length > 60) {
    errors.push(
      userError(
        'DOCUMENT_REQUIRED',
        { vi: 'Cần số văn bản (tối đa 60 ký tự).', en: 'A document number (at most 60 characters) is required.' },
        {
          field: ['documentNumber'],
        },
      ),
    );
  }
  if (!isLocalDate(signedOn)) {
    errors.push(
      userError(
        'INVALID_INPUT',
        { vi: 'Ngày ký không hợp lệ.', en: 'The signing date is not valid.' },
        { field: ['signedOn'] },
      ),
    );
  }
  if (errors.length) throw new UserErrorsException(errors);
  return number;
}

/** The Standing Committee's decisions: assignment of the consolidated tasks, and amendments. */
export class DecisionService {
  constructor(private readonly dataSource: DataSource) {}

  /** One notice assigns some proposed tasks and rejects others; every task in it is frozen as assigned. */
  decideAssignments(
    ctx: UseCaseContext,
    input: AssignmentDecisionInput,
  ): Promise<UseCaseResult<AssignmentDecisionEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      requireRole(ctx.actor, 'DECIDER');
      const documentNumber = requireDocument(input.documentNumber, input.signedOn);
      const cycle = await cycleByYear(db, input.cycleYear);
      if (input.assignTaskIds.length + input.reject.length === 0) {
        fail('INVALID_INPUT', {
          vi: 'Thông báo phải có ít nhất một nhiệm vụ.',
          en: 'The decision covers at least one task.',
        });
      }
      const [duplicate] = await db.query(
        'SELECT 1 FROM assignment_decision WHERE cycle_id = $1 AND document_number = $2',
        [cycle.id, documentNumber],
      );
      if (duplicate) {
        fail('CONFLICT', {
          vi: `Văn bản số ${documentNumber} đã được ghi nhận.`,
          en: `Document ${documentNumber} is already recorded.`,
        });
      }
      const [{ id: decisionId }] = await db.query(
        `INSERT INTO assignment_decision (cycle_id, document_number, signed_on, signer_label, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [cycle.id, documentNumber, input.signedOn, ctx.actor.label, ctx.now],
      );
      const decide = async (taskId: number, result: 'ASSIGNED' | 'REJECTED', reason: string | null) => {
        const task = await lockTask(db, taskId, ctx);
        if (task.cycleId !== cycle.id) {
          fail('INVALID_INPUT', {
            vi: 'Nhiệm vụ không thuộc kỳ của thông báo.',
            en: 'A task is not in the decision’s cycle.',
          });
        }
        await performAction(db, ctx, task, result === 'ASSIGNED' ? 'ASSIGN' : 'REJECT', {
          comment: reason,
          documentNumber,
          data: { decisionId },
        });
        await db.query('INSERT INTO assignment_decision_task (decision_id, key_task_id, result) VALUES ($1, $2, $3)', [
          decisionId,
          task.id,
          result,
        ]);
        if (result === 'ASSIGNED') {
          const { snapshot } = await readDraft(db, task.id);
          await db.query('UPDATE key_task SET assigned_snapshot = $2 WHERE id = $1', [
            task.id,
            JSON.stringify(snapshot),
          ]);
        } else {
          await db.query('UPDATE key_task SET state_reason = $2 WHERE id = $1', [task.id, reason]);
        }
      };
      for (const taskId of input.assignTaskIds) await decide(taskId, 'ASSIGNED', null);
      for (const { taskId, reason } of input.reject) await decide(taskId, 'REJECTED', reason);
      await recordAudit(db, ctx, {
        entityType: 'AssignmentDecision',
        entityId: decisionId,
        action: 'DECIDE',
        documentNumber,
        data: { assigned: input.assignTaskIds, rejected: input.reject.map((entry) => entry.taskId) },
      });
      return db.getRepository(AssignmentDecisionEntity).findOneByOrFail({ id: decisionId });
    });
  }

  requestChange(
    ctx: UseCaseContext,
    taskId: number,
    reason: string,
    proposed: KeyTaskDraftInput,
  ): Promise<UseCaseResult<ChangeRequestEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const draft = normalizeDraft(proposed);
      const task = await lockTask(db, taskId, ctx);
      await performAction(db, ctx, task, 'REQUEST_CHANGE', { comment: reason });
      const [pending] = await db.query(`SELECT 1 FROM change_request WHERE key_task_id = $1 AND status = 'PENDING'`, [
        task.id,
      ]);
      if (pending) {
        fail('CONFLICT', {
          vi: 'Nhiệm vụ đang có một đề nghị điều chỉnh chờ quyết định.',
          en: 'A change request is already pending.',
        });
      }
      const [{ id }] = await db.query(
        `INSERT INTO change_request (key_task_id, requested_at, requester_label, reason, proposed, status)
         VALUES ($1, $2, $3, $4, $5, 'PENDING') RETURNING id`,
        [
          task.id,
          ctx.now,
          ctx.actor.label,
          normalizeText(reason),
          JSON.stringify({ ...draft, version: task.version + 1 }),
        ],
      );
      return db.getRepository(ChangeRequestEntity).findOneByOrFail({ id });
    });
  }

  /** Approving writes the proposed version onto the task (version + 1); the assigned version stays kept. */
  decideChange(
    ctx: UseCaseContext,
    changeRequestId: number,
    input: { approve: boolean; documentNumber: string; comment: string | null },
  ): Promise<UseCaseResult<ChangeRequestEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const request = await this.lockRequest(db, changeRequestId);
      const task = await lockTask(db, request.keyTaskId, ctx);
      if (request.status !== 'PENDING') {
        fail('WRONG_STATE', {
          vi: 'Đề nghị điều chỉnh này đã được quyết định.',
          en: 'This change request is already decided.',
        });
      }
      await performAction(db, ctx, task, 'DECIDE_CHANGE', {
        comment: input.comment,
        documentNumber: input.documentNumber,
        data: { changeRequestId, approved: input.approve },
      });
      let resultingVersion: number | null = null;
      if (input.approve) {
        await writeDraft(db, task.id, normalizeDraft(draftToInput(request.proposed)), ctx.now);
        resultingVersion = task.version + 1;
        await db.query('UPDATE key_task SET version = $2 WHERE id = $1', [task.id, resultingVersion]);
      }
      await db.query(
        `UPDATE change_request SET status = $2, decided_at = $3, decider_label = $4, document_number = $5, resulting_version = $6
          WHERE id = $1`,
        [
          request.id,
          input.approve ? 'APPROVED' : 'REJECTED',
          ctx.now,
          ctx.actor.label,
          normalizeText(input.documentNumber),
          resultingVersion,
        ],
      );
      return db.getRepository(ChangeRequestEntity).findOneByOrFail({ id: request.id });
    });
  }

  private async lockRequest(db: EntityManager, id: number): Promise<ChangeRequestEntity> {
    const request = await db
      .getRepository(ChangeRequestEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .getOne();
    if (!request) fail('NOT_FOUND', { vi: 'Không tìm thấy đề nghị điều chỉnh.', en: 'No such change request.' });
    return request;
  }
}
