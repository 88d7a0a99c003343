import type { KeyTaskAction } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { lockTask, performAction } from '../../workflow/key-task-workflow.js';
import { runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import type { KeyTaskEntity } from './key-task.entity.js';

/** Actions that only move the state (with a comment where the table requires one). */
export type SimpleAction = Extract<
  KeyTaskAction,
  'SEND_FOR_OPINIONS' | 'PROPOSE' | 'WITHDRAW' | 'SUSPEND' | 'RESUME' | 'RETURN_SELF_ASSESSMENT' | 'CONSOLIDATE_RESULT'
>;

/** Actions whose comment is the reason the task now stands where it stands. */
const REASON_ACTIONS: ReadonlySet<SimpleAction> = new Set(['WITHDRAW', 'SUSPEND', 'RESUME']);

export class SimpleActionsService {
  constructor(private readonly dataSource: DataSource) {}

  perform(
    ctx: UseCaseContext,
    taskId: number,
    action: SimpleAction,
    comment: string | null,
  ): Promise<UseCaseResult<KeyTaskEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const task = await lockTask(db, taskId, ctx);
      await performAction(db, ctx, task, action, { comment });
      if (REASON_ACTIONS.has(action)) {
        await db.query('UPDATE key_task SET state_reason = $2 WHERE id = $1', [task.id, comment?.trim() ?? null]);
      }
      return lockTask(db, task.id);
    });
  }
}
