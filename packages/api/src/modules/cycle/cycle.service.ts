import type { DataSource } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { ChangeRequestEntity, type ChangeRequestStatus } from '../decision/decision.entity.js';
import { taskScopeCondition, type TaskScope } from '../../auth/scope.js';
import { CycleDeadlineEntity, CycleEntity, DeadlineExtensionEntity, FocalAgencyRuleEntity } from './cycle.entity.js';

export class CycleService {
  constructor(private readonly db: DataSource) {}

  /** All cycles, newest first (a province has one a year, so the list stays short). */
  list(): Promise<CycleEntity[]> {
    return this.db.getRepository(CycleEntity).find({ order: { year: 'DESC' } });
  }

  findByYear(year: number): Promise<CycleEntity | null> {
    return this.db.getRepository(CycleEntity).findOneBy({ year });
  }

  async findByIds(ids: readonly number[]): Promise<Array<CycleEntity | null>> {
    const rows = await this.db
      .getRepository(CycleEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Changes to each cycle: its settings, deadline extensions and assignment decisions, by when they
   * happened, then by chain order (as a task's history).
   */
  async auditOf(cycleIds: readonly number[]): Promise<AuditEventEntity[][]> {
    const rows: Array<{ cycle_id: number; id: string }> = await this.db.query(
      `SELECT c.id AS cycle_id, e.id FROM cycle c JOIN audit_event e ON
          (e.entity_type = 'Cycle' AND e.entity_id = c.id)
       OR (e.entity_type = 'DeadlineExtension' AND e.entity_id IN (SELECT x.id FROM deadline_extension x WHERE x.cycle_id = c.id))
       OR (e.entity_type = 'AssignmentDecision' AND e.entity_id IN (SELECT d.id FROM assignment_decision d WHERE d.cycle_id = c.id))
       WHERE c.id = ANY($1) ORDER BY e.occurred_at, e.id`,
      [cycleIds],
    );
    const events = rows.length
      ? await this.db
          .getRepository(AuditEventEntity)
          .createQueryBuilder('e')
          .where('e.id IN (:...ids)', { ids: rows.map((row) => row.id) })
          .orderBy('e.id')
          .getMany()
      : [];
    const byId = new Map(events.map((event) => [event.id, event]));
    return cycleIds.map((cycleId) =>
      rows.filter((row) => row.cycle_id === cycleId).flatMap((row) => byId.get(String(row.id)) ?? []),
    );
  }

  async deadlinesOf(cycleIds: readonly number[]): Promise<CycleDeadlineEntity[][]> {
    const rows = await this.db
      .getRepository(CycleDeadlineEntity)
      .createQueryBuilder('d')
      .where('d.cycle_id = ANY(:cycleIds)', { cycleIds })
      .getMany();
    return cycleIds.map((cycleId) => rows.filter((row) => row.cycleId === cycleId));
  }

  async focalRoutesOf(cycleIds: readonly number[]): Promise<FocalAgencyRuleEntity[][]> {
    const rows = await this.db
      .getRepository(FocalAgencyRuleEntity)
      .createQueryBuilder('r')
      .where('r.cycle_id = ANY(:cycleIds)', { cycleIds })
      .getMany();
    return cycleIds.map((cycleId) => rows.filter((row) => row.cycleId === cycleId));
  }

  async extensionsOf(cycleIds: readonly number[]): Promise<DeadlineExtensionEntity[][]> {
    const rows = await this.db
      .getRepository(DeadlineExtensionEntity)
      .createQueryBuilder('x')
      .where('x.cycle_id = ANY(:cycleIds)', { cycleIds })
      .orderBy('x.id', 'DESC')
      .getMany();
    return cycleIds.map((cycleId) => rows.filter((row) => row.cycleId === cycleId));
  }

  /** Change requests on the cycle's tasks the viewer may read, oldest first (the decision body's queue). */
  changeRequests(
    cycleId: number,
    status: ChangeRequestStatus | null,
    scope: TaskScope,
  ): Promise<ChangeRequestEntity[]> {
    const visible = taskScopeCondition(scope, 't');
    const query = this.db
      .getRepository(ChangeRequestEntity)
      .createQueryBuilder('r')
      .innerJoin('key_task', 't', 't.id = r.key_task_id')
      .where('t.cycle_id = :cycleId', { cycleId })
      .andWhere(visible.sql, visible.params)
      .orderBy('r.requested_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(500);
    if (status !== null) query.andWhere('r.status = :status', { status });
    return query.getMany();
  }
}
