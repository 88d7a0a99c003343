import { isLocalDate, normalizeText, type KeyTaskOutcome, type QualityRatingLevel } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { fail } from '../../graphql/user-error.js';
import { cycleByYear, requireRole } from '../../workflow/guards.js';
import { lockTask, performAction } from '../../workflow/key-task-workflow.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import { ConclusionEntity, QualityRatingEntity } from './evaluation.entity.js';

export interface SelfAssessmentInput {
  readonly outcome: KeyTaskOutcome;
  readonly summary: string;
  readonly actuals: ReadonlyArray<{ outputId: number; actual: number }>;
}

export interface ConclusionInput {
  readonly cycleYear: number;
  readonly cadreId: number;
  readonly documentNumber: string;
  readonly concludedOn: string;
  readonly summary: string;
  readonly outcomes: ReadonlyArray<{ taskId: number; outcome: KeyTaskOutcome }>;
}

export interface RatingInput {
  readonly cycleYear: number;
  readonly cadreId: number;
  readonly level: QualityRatingLevel;
  readonly score: number | null;
  readonly decidedOn: string;
  readonly note: string;
}

function checkText(value: string, field: string, max: number): string {
  const text = normalizeText(value);
  if (text === '' || text.length > max) {
    fail(
      'INVALID_INPUT',
      { vi: `Nội dung từ 1 đến ${max} ký tự.`, en: `Between 1 and ${max} characters.` },
      { field: [field] },
    );
  }
  return text;
}

/** Year-end evaluation: self-assessment, appraisal of results, conclusion and the official rating. */
export class EvaluationService {
  constructor(private readonly dataSource: DataSource) {}

  selfAssess(ctx: UseCaseContext, taskId: number, input: SelfAssessmentInput): Promise<UseCaseResult<KeyTaskEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const summary = checkText(input.summary, 'summary', 5000);
      const task = await lockTask(db, taskId, ctx);
      const performed = await performAction(db, ctx, task, 'SELF_ASSESS', { data: { outcome: input.outcome } });
      for (const { outputId, actual } of input.actuals) {
        if (!(Number.isFinite(actual) && actual >= 0 && actual <= 1e12)) {
          fail(
            'INVALID_INPUT',
            { vi: 'Kết quả thực hiện phải là số không âm.', en: 'An actual value is a non-negative number.' },
            { field: ['actuals'] },
          );
        }
        const updated = await db.query(
          'UPDATE output_product SET actual = $3, actual_reported_at = $4 WHERE id = $1 AND key_task_id = $2 RETURNING id',
          [outputId, task.id, actual, ctx.now],
        );
        if (updated.length === 0)
          fail(
            'NOT_FOUND',
            { vi: 'Sản phẩm đầu ra không thuộc nhiệm vụ này.', en: 'The output is not this task’s.' },
            { field: ['actuals'] },
          );
      }
      await db.query(
        `INSERT INTO self_assessment (key_task_id, outcome, summary, submitted_at, late) VALUES ($1, $2, $3, $4, $5)`,
        [task.id, input.outcome, summary, ctx.now, performed.late],
      );
      await db.query('UPDATE key_task SET self_outcome = $2 WHERE id = $1', [task.id, input.outcome]);
      return lockTask(db, task.id);
    });
  }

  appraiseResult(
    ctx: UseCaseContext,
    taskId: number,
    proposedOutcome: KeyTaskOutcome,
    comment: string,
  ): Promise<UseCaseResult<KeyTaskEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const text = checkText(comment, 'comment', 5000);
      const task = await lockTask(db, taskId, ctx);
      const performed = await performAction(db, ctx, task, 'APPRAISE_RESULT', {
        comment: text,
        data: { proposedOutcome },
      });
      await db.query(
        `INSERT INTO appraisal (key_task_id, stage, agency_unit_id, author_label, verdict, proposed_outcome, comment, created_at, late)
         VALUES ($1, 'RESULT', $2, $3, 'ACCEPTED', $4, $5, $6, $7)`,
        [task.id, task.focalUnitId, ctx.actor.label, proposedOutcome, text, ctx.now, performed.late],
      );
      await db.query('UPDATE key_task SET appraised_outcome = $2 WHERE id = $1', [task.id, proposedOutcome]);
      return lockTask(db, task.id);
    });
  }

  /** The decision body concludes every listed task of one cadre, with one document. */
  conclude(ctx: UseCaseContext, input: ConclusionInput): Promise<UseCaseResult<ConclusionEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      requireRole(ctx.actor, 'DECIDER');
      const cycle = await cycleByYear(db, input.cycleYear);
      const documentNumber = normalizeText(input.documentNumber);
      if (documentNumber === '' || documentNumber.length > 60) {
        fail(
          'DOCUMENT_REQUIRED',
          { vi: 'Cần số văn bản kết luận.', en: 'The conclusion’s document number is required.' },
          { field: ['documentNumber'] },
        );
      }
      if (!isLocalDate(input.concludedOn))
        fail('INVALID_INPUT', { vi: 'Ngày kết luận không hợp lệ.', en: 'Invalid date.' }, { field: ['concludedOn'] });
      if (input.outcomes.length === 0)
        fail(
          'INVALID_INPUT',
          { vi: 'Cần kết luận ít nhất một nhiệm vụ.', en: 'Conclude at least one task.' },
          { field: ['outcomes'] },
        );
      const [existing] = await db.query('SELECT 1 FROM conclusion WHERE cycle_id = $1 AND cadre_id = $2', [
        cycle.id,
        input.cadreId,
      ]);
      if (existing)
        fail('CONFLICT', {
          vi: 'Đã có kết luận cho cán bộ này trong kỳ.',
          en: 'This cadre already has a conclusion for the cycle.',
        });
      for (const { taskId, outcome } of input.outcomes) {
        const task = await lockTask(db, taskId, ctx);
        if (task.cycleId !== cycle.id || task.cadreId !== input.cadreId) {
          fail(
            'INVALID_INPUT',
            { vi: 'Nhiệm vụ không thuộc cán bộ và kỳ được kết luận.', en: 'A task is not this cadre’s in this cycle.' },
            { field: ['outcomes'] },
          );
        }
        await performAction(db, ctx, task, 'CONCLUDE', { documentNumber, data: { outcome } });
        await db.query('UPDATE key_task SET concluded_outcome = $2 WHERE id = $1', [task.id, outcome]);
      }
      const [{ id }] = await db.query(
        `INSERT INTO conclusion (cycle_id, cadre_id, document_number, concluded_on, summary, decider_label, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          cycle.id,
          input.cadreId,
          documentNumber,
          input.concludedOn,
          normalizeText(input.summary),
          ctx.actor.label,
          ctx.now,
        ],
      );
      await recordAudit(db, ctx, {
        entityType: 'Conclusion',
        entityId: id,
        action: 'CONCLUDE',
        documentNumber,
        data: { cadreId: input.cadreId },
      });
      return db.getRepository(ConclusionEntity).findOneByOrFail({ id });
    });
  }

  /** Records the official rating; the system shows conditions but the decision body decides. */
  rate(ctx: UseCaseContext, input: RatingInput): Promise<UseCaseResult<QualityRatingEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      requireRole(ctx.actor, 'DECIDER');
      const cycle = await cycleByYear(db, input.cycleYear);
      if (input.score !== null && !(input.score >= 0 && input.score <= 100)) {
        fail('INVALID_INPUT', { vi: 'Điểm từ 0 đến 100.', en: 'The score is 0 to 100.' }, { field: ['score'] });
      }
      if (!isLocalDate(input.decidedOn))
        fail('INVALID_INPUT', { vi: 'Ngày quyết định không hợp lệ.', en: 'Invalid date.' }, { field: ['decidedOn'] });
      const [concluded] = await db.query('SELECT 1 FROM conclusion WHERE cycle_id = $1 AND cadre_id = $2', [
        cycle.id,
        input.cadreId,
      ]);
      if (!concluded) {
        fail('WRONG_STATE', {
          vi: 'Chỉ xếp loại sau khi đã có kết luận về nhiệm vụ trọng tâm của cán bộ.',
          en: 'A rating is recorded after the conclusion on the cadre’s key tasks.',
        });
      }
      const [rated] = await db.query('SELECT 1 FROM quality_rating WHERE cycle_id = $1 AND cadre_id = $2', [
        cycle.id,
        input.cadreId,
      ]);
      if (rated)
        fail('CONFLICT', {
          vi: 'Cán bộ đã được xếp loại trong kỳ này.',
          en: 'The cadre is already rated for this cycle.',
        });
      const scaleVersion = cycle.ratingScheme.scaleVersion;
      const [{ id }] = await db.query(
        `INSERT INTO quality_rating (cycle_id, cadre_id, level, scale_version, score, decided_on, decider_label, note, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          cycle.id,
          input.cadreId,
          input.level,
          scaleVersion,
          input.score,
          input.decidedOn,
          ctx.actor.label,
          normalizeText(input.note),
          ctx.now,
        ],
      );
      await recordAudit(db, ctx, {
        entityType: 'QualityRating',
        entityId: id,
        action: 'RATE',
        toState: input.level,
        data: { cadreId: input.cadreId, scaleVersion },
      });
      return db.getRepository(QualityRatingEntity).findOneByOrFail({ id });
    });
  }
}
