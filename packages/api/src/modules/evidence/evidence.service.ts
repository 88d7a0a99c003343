import { EVIDENCE_RULES, KEY_TASK_STATES, isLocalDate, normalizeText, type EvidenceTarget } from '@nvtt/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { workflowRolesFor } from '../../auth/actor.js';
import { UserErrorsException, fail, userError, type UserError } from '../../graphql/user-error.js';
import { lockTask } from '../../workflow/key-task-workflow.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import { EvidenceEntity } from './evidence.entity.js';

export interface DocumentEvidenceInput {
  readonly target: EvidenceTarget;
  readonly outputNumber: number | null;
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

async function hasOutput(db: EntityManager, taskId: number, ordinal: number): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM output_product WHERE key_task_id = $1 AND ordinal = $2', [
    taskId,
    ordinal,
  ]);
  return rows.length > 0;
}

/** The target must name an output exactly when it is output evidence, and the task must have that output. */
export async function checkTarget(
  db: EntityManager,
  errors: UserError[],
  taskId: number,
  input: { readonly target: EvidenceTarget; readonly outputNumber: number | null },
): Promise<void> {
  if ((input.target === 'OUTPUT') !== (input.outputNumber !== null)) {
    errors.push(
      userError(
        'INVALID_INPUT',
        {
          vi: 'Chọn sản phẩm đầu ra khi minh chứng cho sản phẩm.',
          en: 'Give the output number for output evidence.',
        },
        { field: ['outputNumber'] },
      ),
    );
  } else if (input.outputNumber !== null && !(await hasOutput(db, taskId, input.outputNumber))) {
    errors.push(
      userError(
        'NOT_FOUND',
        { vi: 'Nhiệm vụ không có sản phẩm đầu ra này.', en: 'The task has no such output.' },
        { field: ['outputNumber'] },
      ),
    );
  }
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
      const [{ id }] = await db.query(
        `INSERT INTO evidence (key_task_id, target, output_ordinal, kind, title, document_number, document_date, issuer, added_by_label, added_at)
         VALUES ($1, $2, $3, 'DOCUMENT', $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          task.id,
          input.target,
          input.outputNumber,
          title,
          documentNumber,
          input.documentDate,
          issuer,
          ctx.actor.label,
          ctx.now,
        ],
      );
      await recordAudit(db, ctx, {
        entityType: 'KeyTask',
        entityId: task.id,
        action: 'ADD_EVIDENCE',
        fromState: task.state,
        toState: task.state,
        documentNumber,
        data: { evidenceId: id },
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
