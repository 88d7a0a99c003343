import {
  CYCLE_PHASES,
  CYCLE_STAGES,
  DEFAULT_CYCLE_RULES,
  DEFAULT_RATING_SCHEME_CODE,
  RATING_SCHEMES,
  codesOf,
  defaultCycleDeadlines,
  isLocalDate,
  normalizeText,
  type CyclePhase,
  type CycleStage,
  type RatingSchemeCode,
  type SubjectGroup,
} from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { UserErrorsException, fail, userError, type UserError } from '../../graphql/user-error.js';
import { cycleByYear, requireRole } from '../../workflow/guards.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import { CycleEntity, DeadlineExtensionEntity } from './cycle.entity.js';

export interface CycleChanges {
  readonly phase?: CyclePhase | null;
  readonly tasksPerCadre?: number | null;
  readonly maxDurationMonths?: number | null;
  readonly progressReportDay?: number | null;
  readonly ratingScheme?: RatingSchemeCode | null;
  readonly deadlines?: ReadonlyArray<{ stage: CycleStage; dueOn: string | null }> | null;
}

export interface ExtensionInput {
  readonly cycleYear: number;
  readonly stage: CycleStage;
  readonly cadreId: number | null;
  readonly unitId: number | null;
  readonly until: string;
  readonly reason: string;
}

function checkRange(
  errors: UserError[],
  value: number | null | undefined,
  field: string,
  min: number,
  max: number,
): void {
  if (value !== null && value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
    errors.push(
      userError(
        'INVALID_INPUT',
        { vi: `Giá trị từ ${min} đến ${max}.`, en: `Between ${min} and ${max}.` },
        { field: [field] },
      ),
    );
  }
}

const SELECT_CYCLE_OF_YEAR = 'SELECT id FROM cycle WHERE year = $1';
const INSERT_CYCLE = `INSERT INTO cycle (year, phase, tasks_per_cadre, max_duration_months, progress_report_day, rating_scheme, created_at, updated_at)
  VALUES ($1, 'REGISTRATION', $2, $3, $4, $5, $6, $6) RETURNING id`;
const INSERT_DEADLINE = 'INSERT INTO cycle_deadline (cycle_id, stage, due_on) VALUES ($1, $2, $3)';
/** The routing of the latest earlier cycle carries over; BTC changes it where the new year differs. */
const COPY_ROUTING = `INSERT INTO focal_agency_rule (cycle_id, subject_group, focal_unit_id)
  SELECT $1, r.subject_group, r.focal_unit_id FROM focal_agency_rule r
   WHERE r.cycle_id = (SELECT id FROM cycle WHERE year < $2 ORDER BY year DESC LIMIT 1)`;

/** Ban Tổ chức runs the cycle: its phase, rules, deadlines, focal routing and extensions. */
export class CycleAdminService {
  constructor(private readonly dataSource: DataSource) {}

  update(ctx: UseCaseContext, year: number, changes: CycleChanges): Promise<UseCaseResult<CycleEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      requireRole(ctx.actor, 'CONSOLIDATOR');
      const cycle = await cycleByYear(db, year);
      const errors: UserError[] = [];
      checkRange(errors, changes.tasksPerCadre, 'tasksPerCadre', 1, 10);
      checkRange(errors, changes.maxDurationMonths, 'maxDurationMonths', 1, 60);
      checkRange(errors, changes.progressReportDay, 'progressReportDay', 1, 28);
      if (changes.phase && !(changes.phase in CYCLE_PHASES))
        errors.push(
          userError('INVALID_INPUT', { vi: 'Giai đoạn không hợp lệ.', en: 'Unknown phase.' }, { field: ['phase'] }),
        );
      for (const [index, deadline] of (changes.deadlines ?? []).entries()) {
        if (deadline.dueOn !== null && !isLocalDate(deadline.dueOn)) {
          errors.push(
            userError(
              'INVALID_INPUT',
              { vi: 'Ngày không hợp lệ.', en: 'Invalid date.' },
              { field: ['deadlines', String(index), 'dueOn'] },
            ),
          );
        }
      }
      if (errors.length) throw new UserErrorsException(errors);
      await db.query(
        `UPDATE cycle SET phase = coalesce($2, phase), tasks_per_cadre = coalesce($3, tasks_per_cadre),
                max_duration_months = coalesce($4, max_duration_months), progress_report_day = coalesce($5, progress_report_day),
                rating_scheme = coalesce($6::jsonb, rating_scheme), updated_at = $7
          WHERE id = $1`,
        [
          cycle.id,
          changes.phase ?? null,
          changes.tasksPerCadre ?? null,
          changes.maxDurationMonths ?? null,
          changes.progressReportDay ?? null,
          changes.ratingScheme ? JSON.stringify(RATING_SCHEMES[changes.ratingScheme]) : null,
          ctx.now,
        ],
      );
      for (const deadline of changes.deadlines ?? []) {
        await db.query(
          `INSERT INTO cycle_deadline (cycle_id, stage, due_on) VALUES ($1, $2, $3)
           ON CONFLICT (cycle_id, stage) DO UPDATE SET due_on = EXCLUDED.due_on`,
          [cycle.id, deadline.stage, deadline.dueOn],
        );
      }
      await recordAudit(db, ctx, { entityType: 'Cycle', entityId: cycle.id, action: 'UPDATE', data: { ...changes } });
      return cycleByYear(db, year);
    });
  }

  /**
   * Opens the cycle of a new year for registration: the regulation's rules and default deadlines
   * (BTC then adjusts them), and the previous cycle's focal-agency routing so cadres can register
   * at once.
   */
  open(ctx: UseCaseContext, year: number): Promise<UseCaseResult<CycleEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      requireRole(ctx.actor, 'CONSOLIDATOR');
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        fail(
          'INVALID_INPUT',
          { vi: 'Năm từ 2000 đến 2100.', en: 'A year between 2000 and 2100.' },
          { field: ['year'] },
        );
      }
      const [existing] = await db.query(SELECT_CYCLE_OF_YEAR, [year]);
      if (existing) {
        fail(
          'CONFLICT',
          { vi: `Kỳ giao nhiệm vụ năm ${year} đã được mở.`, en: `The ${year} cycle is already open.` },
          { field: ['year'] },
        );
      }
      const [{ id }] = await db.query(INSERT_CYCLE, [
        year,
        DEFAULT_CYCLE_RULES.tasksPerCadre,
        DEFAULT_CYCLE_RULES.maxDurationMonths,
        DEFAULT_CYCLE_RULES.progressReportDay,
        JSON.stringify(RATING_SCHEMES[DEFAULT_RATING_SCHEME_CODE]),
        ctx.now,
      ]);
      const deadlines = defaultCycleDeadlines(year);
      for (const stage of codesOf(CYCLE_STAGES)) {
        await db.query(INSERT_DEADLINE, [id, stage, deadlines[stage]]);
      }
      await db.query(COPY_ROUTING, [id, year]);
      await recordAudit(db, ctx, { entityType: 'Cycle', entityId: id, action: 'OPEN', data: { year } });
      return cycleByYear(db, year);
    });
  }

  setFocalAgency(
    ctx: UseCaseContext,
    year: number,
    subjectGroup: SubjectGroup,
    unitId: number,
  ): Promise<UseCaseResult<CycleEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      requireRole(ctx.actor, 'CONSOLIDATOR');
      const cycle = await cycleByYear(db, year);
      const [unit] = await db.query(`SELECT 1 FROM org_unit WHERE id = $1 AND 'FOCAL' = ANY(roles)`, [unitId]);
      if (!unit)
        fail(
          'INVALID_INPUT',
          { vi: 'Đơn vị này không phải cơ quan đầu mối.', en: 'This unit is not a focal agency.' },
          { field: ['focalAgency'] },
        );
      await db.query(
        `INSERT INTO focal_agency_rule (cycle_id, subject_group, focal_unit_id) VALUES ($1, $2, $3)
         ON CONFLICT (cycle_id, subject_group) DO UPDATE SET focal_unit_id = EXCLUDED.focal_unit_id`,
        [cycle.id, subjectGroup, unitId],
      );
      await recordAudit(db, ctx, {
        entityType: 'Cycle',
        entityId: cycle.id,
        action: 'SET_FOCAL_AGENCY',
        data: { subjectGroup, unitId },
      });
      return cycle;
    });
  }

  grantExtension(ctx: UseCaseContext, input: ExtensionInput): Promise<UseCaseResult<DeadlineExtensionEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      requireRole(ctx.actor, 'CONSOLIDATOR');
      const cycle = await cycleByYear(db, input.cycleYear);
      const reason = normalizeText(input.reason);
      const errors: UserError[] = [];
      if ((input.cadreId === null) === (input.unitId === null)) {
        errors.push(
          userError(
            'INVALID_INPUT',
            { vi: 'Gia hạn cho một cán bộ hoặc một cơ quan.', en: 'Extend for one cadre or one agency.' },
            { field: ['cadre'] },
          ),
        );
      }
      if (!isLocalDate(input.until))
        errors.push(
          userError('INVALID_INPUT', { vi: 'Ngày gia hạn không hợp lệ.', en: 'Invalid date.' }, { field: ['until'] }),
        );
      if (reason === '' || reason.length > 2000)
        errors.push(
          userError(
            'COMMENT_REQUIRED',
            { vi: 'Cần ghi lý do gia hạn.', en: 'A reason is required.' },
            { field: ['reason'] },
          ),
        );
      if (errors.length) throw new UserErrorsException(errors);
      const [{ id }] = await db.query(
        `INSERT INTO deadline_extension (cycle_id, stage, cadre_id, unit_id, until, reason, granted_by_label, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [cycle.id, input.stage, input.cadreId, input.unitId, input.until, reason, ctx.actor.label, ctx.now],
      );
      await recordAudit(db, ctx, {
        entityType: 'DeadlineExtension',
        entityId: id,
        action: 'GRANT',
        comment: reason,
        data: { ...input },
      });
      return db.getRepository(DeadlineExtensionEntity).findOneByOrFail({ id });
    });
  }
}
