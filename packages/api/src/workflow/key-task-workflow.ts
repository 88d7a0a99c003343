import {
  KEY_TASK_ACTIONS,
  KEY_TASK_STATES,
  KEY_TASK_TRANSITIONS,
  checkTransition,
  isLate,
  stageOf,
  type CycleStage,
  type DeadlineExtension,
  type KeyTaskAction,
  type StageActor,
} from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import { workflowRolesFor } from '../auth/actor.js';
import { isTaskInScope, taskScopeOf } from '../auth/scope.js';
import { fail } from '../graphql/user-error.js';
import { KeyTaskEntity } from '../modules/key-task/key-task.entity.js';
import { recordAudit, type UseCaseContext } from './use-case.js';

export interface ActionInput {
  readonly comment?: string | null;
  readonly documentNumber?: string | null;
  /** Extra facts for the audit record (outcome chosen, decision id…). */
  readonly data?: Record<string, unknown>;
}

export interface PerformedAction {
  readonly task: KeyTaskEntity;
  /** The role the actor acted in (an actor may hold several). */
  readonly role: StageActor;
  /** Whether the action came after its stage's deadline (accepted, but flagged). */
  readonly late: boolean;
  readonly fromState: KeyTaskEntity['state'];
}

/**
 * Locks a task for the rest of the transaction. A missing id, or a task outside the actor's scope,
 * answers "not found": nobody learns that a task they may not see exists.
 */
export async function lockTask(db: EntityManager, taskId: number, ctx?: UseCaseContext): Promise<KeyTaskEntity> {
  const task = await db
    .getRepository(KeyTaskEntity)
    .createQueryBuilder('t')
    .setLock('pessimistic_write')
    .where('t.id = :taskId', { taskId })
    .getOne();
  if (!task || (ctx && !isTaskInScope(taskScopeOf(ctx.actor), task))) {
    fail('NOT_FOUND', { vi: 'Không tìm thấy nhiệm vụ.', en: 'No such key task.' });
  }
  return task;
}

/** Whether an action at `now` is late for its stage, with the cadre's or agency's extensions. */
export async function lateFor(
  db: EntityManager,
  task: KeyTaskEntity,
  stage: CycleStage | null,
  role: StageActor,
  now: Date,
): Promise<boolean> {
  if (stage === null) return false;
  const deadlines: Array<{ stage: CycleStage; due_on: string | null }> = await db.query(
    'SELECT stage, due_on FROM cycle_deadline WHERE cycle_id = $1 AND stage = $2',
    [task.cycleId, stage],
  );
  // Cadres' extensions are per cadre; agencies' per agency (the focal agency of the task).
  const extensions: DeadlineExtension[] = await db.query(
    `SELECT stage, until::text AS until FROM deadline_extension
      WHERE cycle_id = $1 AND stage = $2 AND (cadre_id = $3 OR unit_id = $4)`,
    [task.cycleId, stage, role === 'CADRE' ? task.cadreId : null, role === 'CADRE' ? null : task.focalUnitId],
  );
  return isLate(stage, now, Object.fromEntries(deadlines.map((row) => [row.stage, row.due_on])), extensions);
}

/**
 * Takes one action of the transition table on a locked task: checks the actor's role and the state,
 * requires a comment or document where the table says so, moves the state, and writes the audit
 * event — all in the caller's transaction.
 */
export async function performAction(
  db: EntityManager,
  ctx: UseCaseContext,
  task: KeyTaskEntity,
  action: KeyTaskAction,
  input: ActionInput = {},
): Promise<PerformedAction> {
  const rule = KEY_TASK_TRANSITIONS[action];
  const roles = workflowRolesFor(ctx.actor, task);
  const checks = roles.map((role) => ({ role, check: checkTransition(task.state, action, role) }));
  const allowed = checks.find((entry) => entry.check.ok);
  if (!allowed || !allowed.check.ok) {
    const actionLabel = KEY_TASK_ACTIONS[action];
    if (checks.some((entry) => !entry.check.ok && entry.check.code === 'WRONG_STATE')) {
      const stateLabel = KEY_TASK_STATES[task.state];
      fail('WRONG_STATE', {
        vi: `Không thể "${actionLabel.vi}" khi nhiệm vụ đang ở trạng thái "${stateLabel.vi}".`,
        en: `Cannot "${actionLabel.en}" while the task is "${stateLabel.en}".`,
      });
    }
    fail('ACTOR_NOT_ALLOWED', {
      vi: `Bạn không có quyền "${actionLabel.vi}" đối với nhiệm vụ này.`,
      en: `You may not "${actionLabel.en}" on this task.`,
    });
  }
  const comment = input.comment?.trim() ?? '';
  if (rule.requiresComment && comment === '') {
    fail(
      'COMMENT_REQUIRED',
      { vi: 'Cần ghi rõ lý do, ý kiến.', en: 'A reason or comment is required.' },
      { field: ['comment'] },
    );
  }
  const documentNumber = input.documentNumber?.trim() ?? '';
  if (rule.requiresDocument && documentNumber === '') {
    fail(
      'DOCUMENT_REQUIRED',
      { vi: 'Cần số và ngày văn bản.', en: 'The document number and date are required.' },
      { field: ['documentNumber'] },
    );
  }

  const fromState = task.state;
  const late = await lateFor(db, task, stageOf(action, allowed.role), allowed.role, ctx.now);
  const toState = allowed.check.to;
  if (toState !== fromState) {
    await db.query(`UPDATE key_task SET state = $2, updated_at = $3 WHERE id = $1`, [task.id, toState, ctx.now]);
    task.state = toState;
  }
  await recordAudit(db, ctx, {
    entityType: 'KeyTask',
    entityId: task.id,
    action,
    fromState,
    toState,
    comment: comment || null,
    documentNumber: documentNumber || null,
    data: { role: allowed.role, late, ...input.data },
  });
  return { task, role: allowed.role, late, fromState };
}
