import { checkRegistration, provinceDateOf, type CycleRules, type RuleViolation } from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { unitsInRole } from '../auth/actor.js';
import { UserErrorsException, fail, userError } from '../graphql/user-error.js';
import { CycleEntity } from '../modules/cycle/cycle.entity.js';
import { readDraft } from '../modules/key-task/draft.js';
import type { UseCaseContext } from './use-case.js';

export async function cycleByYear(db: EntityManager, year: number): Promise<CycleEntity> {
  const cycle = await db.getRepository(CycleEntity).findOneBy({ year });
  if (!cycle) fail('NOT_FOUND', { vi: `Chưa có kỳ giao nhiệm vụ năm ${year}.`, en: `There is no cycle for ${year}.` });
  return cycle;
}

export function rulesOf(cycle: CycleEntity): CycleRules {
  return {
    tasksPerCadre: cycle.tasksPerCadre,
    maxDurationMonths: cycle.maxDurationMonths,
    progressReportDay: cycle.progressReportDay,
  };
}

export function requireCadre(actor: Actor): number {
  if (actor.cadreId === null) {
    fail('ACTOR_NOT_ALLOWED', {
      vi: 'Chỉ cán bộ thuộc diện đăng ký mới thực hiện được thao tác này.',
      en: 'Only a cadre subject to the regulation can do this.',
    });
  }
  return actor.cadreId;
}

/** The agency in `role` the actor acts for; one is required, and the choice when there are several. */
export function requireAgency(
  actor: Actor,
  role: 'FOCAL' | 'ADVISORY' | 'CONSOLIDATOR' | 'DECIDER',
  chosen: number | null,
): number {
  const units = unitsInRole(actor, role);
  if (chosen !== null && units.includes(chosen)) return chosen;
  if (chosen === null && units.length === 1) return units[0]!;
  fail('ACTOR_NOT_ALLOWED', {
    vi:
      units.length === 0
        ? 'Bạn không thuộc cơ quan có thẩm quyền thực hiện thao tác này.'
        : 'Cần chọn cơ quan bạn đại diện.',
    en: units.length === 0 ? 'You belong to no agency that may do this.' : 'Choose the agency you act for.',
  });
}

/** Refuses unless the actor acts for an agency with this role (for actions not on one task). */
export function requireRole(actor: Actor, role: 'CONSOLIDATOR' | 'DECIDER'): void {
  if (unitsInRole(actor, role).length === 0) {
    fail('ACTOR_NOT_ALLOWED', {
      vi:
        role === 'DECIDER'
          ? 'Chỉ Thường trực, Ban Thường vụ Tỉnh ủy thực hiện thao tác này.'
          : 'Chỉ Ban Tổ chức Tỉnh ủy thực hiện thao tác này.',
      en:
        role === 'DECIDER'
          ? 'Only the Standing Committee may do this.'
          : 'Only the Organisation Commission may do this.',
    });
  }
}

/** Active = still counting towards the registration (not withdrawn or rejected). */
export const COUNTED_STATES_SQL = `state NOT IN ('WITHDRAWN', 'REJECTED')`;

/**
 * The registration rules for one task in the context of the cadre's whole registration: the count
 * of tasks, then this task's own rules (other tasks' problems are theirs to fix).
 */
export async function registrationViolations(
  db: EntityManager,
  task: { id: number; cycleId: number; cadreId: number },
  cycle: CycleEntity,
): Promise<RuleViolation[]> {
  const rows: Array<{ id: number }> = await db.query(
    `SELECT id FROM key_task WHERE cycle_id = $1 AND cadre_id = $2 AND state NOT IN ('WITHDRAWN', 'REJECTED') ORDER BY ordinal`,
    [task.cycleId, task.cadreId],
  );
  // One after another: `db` is the use case's transaction, a single connection that cannot run
  // queries side by side (pg queues them today and will refuse them in pg 9).
  const drafts = [];
  for (const row of rows) drafts.push(await readDraft(db, row.id));
  const index = rows.findIndex((row) => row.id === task.id);
  return checkRegistration(
    drafts.map((entry) => entry.draft),
    rulesOf(cycle),
    cycle.year,
  ).filter((violation) => violation.taskIndex === null || violation.taskIndex === index);
}

export function throwViolations(violations: readonly RuleViolation[]): void {
  if (violations.length === 0) return;
  throw new UserErrorsException(
    violations.map((violation) =>
      userError('RULE_VIOLATION', violation.message, {
        rule: violation.code,
        ...(violation.field ? { field: violation.field.split('.') } : {}),
      }),
    ),
  );
}

export function todayOf(ctx: UseCaseContext): string {
  return provinceDateOf(ctx.now);
}
