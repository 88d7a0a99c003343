import DataLoader from 'dataloader';
import { taskScopeCondition, type TaskScope } from '../../auth/scope.js';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { CadreEntity, PositionEntity } from '../cadre/cadre.entity.js';
import { ChangeRequestEntity } from '../decision/decision.entity.js';
import { SelfAssessmentEntity } from '../evaluation/evaluation.entity.js';
import { EvidenceEntity } from '../evidence/evidence.entity.js';
import { ProgressReportEntity } from '../milestone/milestone.entity.js';
import { AppraisalEntity } from '../opinion/opinion.entity.js';
import { AlignmentEntity, KeyTaskEntity, OutputProductEntity } from './key-task.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import type { OrgUnitLoaders } from '../org-unit/org-unit.loaders.js';
import { groupByTask, milestonesByTaskLoader, opinionsByTaskLoader } from './row-loaders.js';

/** Rows of `entity` grouped by a foreign key, one statement per batch, in `order`. */
function groupedBy<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'>,
): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (ids) => {
    const alias = 'row';
    const query = db
      .getRepository(entity)
      .createQueryBuilder(alias)
      .where(`${alias}.${key} IN (:...ids)`, { ids: [...ids] });
    for (const [column, direction] of Object.entries(order)) query.addOrderBy(`${alias}.${column}`, direction);
    const rows = await query.getMany();
    const byKey = new Map<unknown, T[]>();
    for (const row of rows) {
      const list = byKey.get(row[key]);
      if (list) list.push(row);
      else byKey.set(row[key], [row]);
    }
    return ids.map((id) => byKey.get(id) ?? []);
  });
}

/** Rows of an agency's statements by task, each read with its agency's unit in the same statement. */
function withAgencyBy<T extends ObjectLiteral & { keyTaskId: number; agencyUnitId: number }>(
  db: DataSource,
  entity: EntityTarget<T>,
  order: string,
  primeUnit: (unit: OrgUnitEntity) => void,
): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = (await db
      .getRepository(entity)
      .createQueryBuilder('row')
      .leftJoinAndMapOne('row.agency', OrgUnitEntity, 'agency', 'agency.id = row.agency_unit_id')
      .where('row.key_task_id IN (:...ids)', { ids: [...ids] })
      .orderBy(`row.${order}`, 'ASC')
      .addOrderBy('row.id', 'ASC')
      .getMany()) as Array<T & { agency?: OrgUnitEntity }>;
    // The agency's name is nearly always shown with the statement: no second round trip for it.
    for (const row of rows) if (row.agency) primeUnit(row.agency);
    return groupByTask(ids, rows);
  });
}

function byId<T extends ObjectLiteral & { id: number }>(
  db: DataSource,
  entity: EntityTarget<T>,
  visible: { sql: string; params: Record<string, unknown> } = { sql: 'TRUE', params: {} },
): DataLoader<number, T | null> {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await db
      .getRepository(entity)
      .createQueryBuilder('row')
      .where('row.id IN (:...ids)', { ids: [...ids] })
      .andWhere(visible.sql, visible.params)
      .getMany();
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Per-request loaders for tasks and everything hanging off them, so lists cost a few statements.
 * Tasks and cadres outside the viewer's scope load as null (answered as "not found").
 */
export function createKeyTaskLoaders(db: DataSource, scope: TaskScope, orgUnits: OrgUnitLoaders) {
  const primeUnit = (unit: OrgUnitEntity) => orgUnits.byId.prime(unit.id, unit);
  const visibleTask = taskScopeCondition(scope, 'row');
  const ownTaskScope = taskScopeCondition(scope, 't');
  const ownCadre = scope.kind === 'some' && scope.cadreId !== null ? scope.cadreId : -1;
  return {
    taskById: byId(db, KeyTaskEntity, visibleTask),
    cadreById: byId(db, CadreEntity, {
      sql: `(row.id = :ownCadre OR EXISTS (SELECT 1 FROM key_task t WHERE t.cadre_id = row.id AND ${ownTaskScope.sql}))`,
      params: { ...ownTaskScope.params, ownCadre },
    }),
    positionById: byId(db, PositionEntity),
    positionsByCadre: groupedBy(db, PositionEntity, 'cadreId', { startsOn: 'DESC', id: 'ASC' }),
    outputsByTask: groupedBy(db, OutputProductEntity, 'keyTaskId', { ordinal: 'ASC' }),
    alignmentsByTask: groupedBy(db, AlignmentEntity, 'keyTaskId', { id: 'ASC' }),
    milestonesByTask: milestonesByTaskLoader(db),
    progressByTask: groupedBy(db, ProgressReportEntity, 'keyTaskId', { reportedAt: 'ASC', id: 'ASC' }),
    appraisalsByTask: withAgencyBy(db, AppraisalEntity, 'createdAt', primeUnit),
    opinionsByTask: opinionsByTaskLoader(db, primeUnit),
    selfAssessmentsByTask: groupedBy(db, SelfAssessmentEntity, 'keyTaskId', { submittedAt: 'ASC', id: 'ASC' }),
    changeRequestsByTask: groupedBy(db, ChangeRequestEntity, 'keyTaskId', { requestedAt: 'ASC', id: 'ASC' }),
    evidenceByTask: groupedBy(db, EvidenceEntity, 'keyTaskId', { addedAt: 'ASC', id: 'ASC' }),
    auditByTask: new DataLoader<number, AuditEventEntity[]>(async (ids) => {
      const rows = await db
        .getRepository(AuditEventEntity)
        .createQueryBuilder('e')
        .where(`e.entityType = 'KeyTask' AND e.entityId IN (:...ids)`, { ids: [...ids] })
        // By when it happened (seeded history can be recorded after the fact), then by chain order.
        .orderBy('e.occurredAt', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .getMany();
      return ids.map((id) => rows.filter((row) => row.entityId === id));
    }),
  };
}

export type KeyTaskLoaders = ReturnType<typeof createKeyTaskLoaders>;
