import { normalizeText, type KeyTaskOutcome } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { fail } from '../../graphql/user-error.js';
import { requireAgency } from '../../workflow/guards.js';
import { lockTask, performAction } from '../../workflow/key-task-workflow.js';
import { runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import { OpinionEntity, type OpinionVerdict } from './opinion.entity.js';

export interface OpinionInput {
  readonly verdict: OpinionVerdict;
  readonly text: string;
  readonly proposedOutcome: KeyTaskOutcome | null;
  /** The advisory agency the author speaks for, when they belong to several. */
  readonly agencyUnitId: number | null;
}

const OPINION_MAX = 5000;

/** Advisory agencies' opinions, at registration and on results; one per agency and stage, never edited. */
export class OpinionService {
  constructor(private readonly dataSource: DataSource) {}

  submit(ctx: UseCaseContext, taskId: number, input: OpinionInput): Promise<UseCaseResult<OpinionEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const text = normalizeText(input.text);
      if (text.length > OPINION_MAX) {
        fail(
          'INVALID_INPUT',
          { vi: `Ý kiến không quá ${OPINION_MAX} ký tự.`, en: `At most ${OPINION_MAX} characters.` },
          { field: ['text'] },
        );
      }
      const task = await lockTask(db, taskId, ctx);
      const stage = task.state === 'RESULT_APPRAISED' ? 'RESULT' : 'REGISTRATION';
      if (stage === 'REGISTRATION' && input.proposedOutcome !== null) {
        fail(
          'INVALID_INPUT',
          {
            vi: 'Chỉ đề xuất mức hoàn thành khi cho ý kiến về kết quả.',
            en: 'An outcome is proposed only on results.',
          },
          { field: ['proposedOutcome'] },
        );
      }
      const performed = await performAction(
        db,
        ctx,
        task,
        stage === 'RESULT' ? 'GIVE_RESULT_OPINION' : 'GIVE_OPINION',
        {
          comment: text,
          data: { verdict: input.verdict, proposedOutcome: input.proposedOutcome },
        },
      );
      const agencyUnitId = requireAgency(ctx.actor, 'ADVISORY', input.agencyUnitId);
      const [existing] = await db.query(
        'SELECT 1 FROM opinion WHERE key_task_id = $1 AND stage = $2 AND agency_unit_id = $3',
        [task.id, stage, agencyUnitId],
      );
      if (existing) {
        fail('CONFLICT', {
          vi: 'Cơ quan đã cho ý kiến về nhiệm vụ này ở bước này; ý kiến đã gửi không sửa được.',
          en: 'Your agency has already given its opinion at this step; a submitted opinion cannot be changed.',
        });
      }
      const [{ id }] = await db.query(
        `INSERT INTO opinion (key_task_id, stage, agency_unit_id, author_label, verdict, proposed_outcome, text, submitted_at, late)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          task.id,
          stage,
          agencyUnitId,
          ctx.actor.label,
          input.verdict,
          input.proposedOutcome,
          text,
          ctx.now,
          performed.late,
        ],
      );
      return db.getRepository(OpinionEntity).findOneByOrFail({ id });
    });
  }
}
