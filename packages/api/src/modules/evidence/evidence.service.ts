import {
  EVIDENCE_RULES,
  EVIDENCE_TARGET_REFERENCE,
  KEY_TASK_STATES,
  isLocalDate,
  normalizeText,
  type EvidenceTarget,
  type Label,
} from '@nvtt/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { workflowRolesFor } from '../../auth/actor.js';
import { UserErrorsException, fail, userError, type UserError } from '../../graphql/user-error.js';
import { lockTask } from '../../workflow/key-task-workflow.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import { EvidenceEntity } from './evidence.entity.js';

export interface DocumentEvidenceInput extends EvidenceTargetInput {
  readonly title: string;
  readonly documentNumber: string;
  readonly documentDate: string;
  readonly issuer: string;
}

export function requireRule(ctx: UseCaseContext, task: KeyTaskEntity, rule: 'ADD' | 'VERIFY'): void {
  const { actor, states } = EVIDENCE_RULES[rule];
  if (!workflowRolesFor(ctx.actor, task).includes(actor)) {
    fail('ACTOR_NOT_ALLOWED', {
      vi:
        rule === 'ADD'
          ? 'Chỉ cán bộ thực hiện nhiệm vụ mới thêm minh chứng.'
          : 'Chỉ cơ quan đầu mối của nhiệm vụ mới xác minh minh chứng.',
      en: rule === 'ADD' ? 'Only the task’s cadre adds evidence.' : 'Only the task’s focal agency verifies evidence.',
    });
  }
  if (!states.includes(task.state)) {
    fail('WRONG_STATE', {
      vi: `Không thể ${rule === 'ADD' ? 'thêm' : 'xác minh'} minh chứng khi nhiệm vụ đang ở trạng thái "${KEY_TASK_STATES[task.state].vi}".`,
      en: `Evidence cannot be ${rule === 'ADD' ? 'added' : 'verified'} while the task is "${KEY_TASK_STATES[task.state].en}".`,
    });
  }
}

export function text(errors: UserError[], value: string, field: string, max: number): string {
  const normalized = normalizeText(value);
  if (normalized === '' || normalized.length > max) {
    errors.push(
      userError(
        'INVALID_INPUT',
        { vi: `Cần nhập, tối đa ${max} ký tự.`, en: `Required, at most ${max} characters.` },
        { field: [field] },
      ),
    );
  }
  return normalized;
}

const OUTPUT_SQL = 'SELECT 1 FROM output_product WHERE key_task_id = $1 AND ordinal = $2';
// A milestone report is a progress report of this task filed against one of its milestones.
const MILESTONE_REPORT_SQL =
  'SELECT 1 FROM progress_report WHERE id = $1 AND key_task_id = $2 AND milestone_id IS NOT NULL';

/** What a piece of evidence supports: its target and the output or report that target names. */
export interface EvidenceTargetInput {
  readonly target: EvidenceTarget;
  readonly outputNumber: number | null;
  readonly progressReportId: number | null;
}

const MISSING_REFERENCE: Readonly<Record<'outputNumber' | 'progressReport', Label>> = {
  outputNumber: {
    vi: 'Chọn sản phẩm đầu ra khi minh chứng cho sản phẩm.',
    en: 'Give the output number for output evidence.',
  },
  progressReport: {
    vi: 'Chọn báo cáo mốc tiến độ khi minh chứng cho báo cáo mốc.',
    en: 'Give the milestone report for milestone report evidence.',
  },
};

const NOT_THIS_TASKS: Readonly<Record<'outputNumber' | 'progressReport', Label>> = {
  outputNumber: { vi: 'Nhiệm vụ không có sản phẩm đầu ra này.', en: 'The task has no such output.' },
  progressReport: {
    vi: 'Nhiệm vụ không có báo cáo mốc tiến độ này.',
    en: 'The task has no such milestone report.',
  },
};

/**
 * The target names exactly the reference its kind needs (an output's number, a milestone report's id,
 * or nothing), and the task has that output or report; a report of another task is not found.
 */
export async function checkTarget(
  db: EntityManager,
  errors: UserError[],
  taskId: number,
  input: EvidenceTargetInput,
): Promise<void> {
  const needed = EVIDENCE_TARGET_REFERENCE[input.target];
  const given = { outputNumber: input.outputNumber, progressReport: input.progressReportId } as const;
  let complete = true;
  for (const field of ['outputNumber', 'progressReport'] as const) {
    if ((field === needed) !== (given[field] !== null)) {
      complete = false;
      errors.push(userError('INVALID_INPUT', MISSING_REFERENCE[field], { field: [field] }));
    }
  }
  if (!complete || needed === null) return;
  const rows =
    needed === 'outputNumber'
      ? await db.query(OUTPUT_SQL, [taskId, input.outputNumber])
      : await db.query(MILESTONE_REPORT_SQL, [input.progressReportId, taskId]);
  if (rows.length === 0) errors.push(userError('NOT_FOUND', NOT_THIS_TASKS[needed], { field: [needed] }));
}

const INSERT_DOCUMENT_SQL = `
  INSERT INTO evidence (key_task_id, target, output_ordinal, progress_report_id, kind, title, document_number,
                        document_date, issuer, added_by_label, added_at)
  VALUES ($1, $2, $3, $4, 'DOCUMENT', $5, $6, $7, $8, $9, $10) RETURNING id`;

/** The reference an audit record keeps besides the target: the output or report, when there is one. */
export function referenceOf(input: EvidenceTargetInput): Record<string, number> {
  if (input.outputNumber !== null) return { outputNumber: input.outputNumber };
  if (input.progressReportId !== null) return { progressReportId: input.progressReportId };
  return {};
}

/** Evidence of delivery: the cadre references documents; the focal agency verifies or rejects each. */
export class EvidenceService {
  constructor(private readonly dataSource: DataSource) {}

  addDocument(
    ctx: UseCaseContext,
    taskId: number,
    input: DocumentEvidenceInput,
  ): Promise<UseCaseResult<EvidenceEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const task = await lockTask(db, taskId, ctx);
      requireRule(ctx, task, 'ADD');
      const errors: UserError[] = [];
      const title = text(errors, input.title, 'title', 300);
      const documentNumber = text(errors, input.documentNumber, 'documentNumber', 60);
      const issuer = text(errors, input.issuer, 'issuer', 200);
      if (!isLocalDate(input.documentDate))
        errors.push(
          userError(
            'INVALID_INPUT',
            { vi: 'Ngày văn bản không hợp lệ.', en: 'Invalid date.' },
            { field: ['documentDate'] },
          ),
        );
      await checkTarget(db, errors, task.id, input);
      if (errors.length) throw new UserErrorsException(errors);
      const [{ id }] = await db.query(INSERT_DOCUMENT_SQL, [
        task.id,
        input.target,
        input.outputNumber,
        input.progressReportId,
        title,
        documentNumber,
        input.documentDate,
        issuer,
        ctx.actor.label,
        ctx.now,
      ]);
      await recordAudit(db, ctx, {
        entityType: 'KeyTask',
        entityId: task.id,
        action: 'ADD_EVIDENCE',
        fromState: task.state,
        toState: task.state,
        documentNumber,
        data: { evidenceId: id, target: input.target, ...referenceOf(input) },
      });
      return db.getRepository(EvidenceEntity).findOneByOrFail({ id });
    });
  }

  verify(
    ctx: UseCaseContext,
    evidenceId: number,
    verdict: 'VERIFIED' | 'REJECTED',
    note: string | null,
  ): Promise<UseCaseResult<EvidenceEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const [row] = await db.query('SELECT key_task_id FROM evidence WHERE id = $1', [evidenceId]);
      if (!row) fail('NOT_FOUND', { vi: 'Không tìm thấy minh chứng.', en: 'No such evidence.' });
      const task = await lockTask(db, row.key_task_id, ctx);
      requireRule(ctx, task, 'VERIFY');
      const comment = normalizeText(note ?? '');
      if (verdict === 'REJECTED' && comment === '')
        fail(
          'COMMENT_REQUIRED',
          { vi: 'Cần ghi lý do không chấp nhận minh chứng.', en: 'Say why the evidence is rejected.' },
          { field: ['note'] },
        );
      if (comment.length > 2000)
        fail(
          'INVALID_INPUT',
          { vi: 'Ghi chú tối đa 2000 ký tự.', en: 'At most 2000 characters.' },
          { field: ['note'] },
        );
      await db.query(
        `UPDATE evidence SET verification = $2, verification_note = $3, verified_by_label = $4, verified_at = $5 WHERE id = $1`,
        [evidenceId, verdict, comment || null, ctx.actor.label, ctx.now],
      );
      await recordAudit(db, ctx, {
        entityType: 'KeyTask',
        entityId: task.id,
        action: 'VERIFY_EVIDENCE',
        fromState: task.state,
        toState: task.state,
        comment: comment || null,
        data: { evidenceId, verdict },
      });
      return db.getRepository(EvidenceEntity).findOneByOrFail({ id: evidenceId });
    });
  }
}
