import {
  foldForSearch,
  type AlignmentArea,
  type CycleStage,
  type KeyTaskOutcome,
  type KeyTaskState,
  type OrgUnitKind,
  type QualityRatingLevel,
  type Sector,
  type SubjectGroup,
} from '@nvtt/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { toConnection, type ConnectionResult, type PageRequest } from '../../graphql/relay.js';
import { CadreEntity } from '../cadre/cadre.entity.js';
import { escapeLike } from '../../sql.js';
import { taskScopeCondition, type TaskScope } from '../../auth/scope.js';
import type { ReviewStage } from '../opinion/opinion.entity.js';
import { badUserInput } from '../../graphql/errors.js';
import { KeyTaskEntity } from './key-task.entity.js';
import { keyTaskOrderKey, type KeyTaskCursor, type KeyTaskOrderBy, type ViewerParts } from './key-task.order.js';

// The cursor lives with the orders it encodes; re-exported for callers of `list` (the benchmarks).
export { decodeKeyTaskCursor, type KeyTaskCursor } from './key-task.order.js';

/** Filters resolved to database values; -1 ids match nothing (an id of the wrong type). */
export interface KeyTaskQuery {
  readonly cycleYear?: number;
  readonly cadreId?: number;
  readonly unitId?: number;
  readonly sectors?: readonly Sector[];
  readonly subjectGroups?: readonly SubjectGroup[];
  readonly focalUnitId?: number;
  readonly states?: readonly KeyTaskState[];
  readonly outcomes?: readonly KeyTaskOutcome[];
  readonly submittedLate?: boolean;
  readonly alignmentArea?: AlignmentArea;
  /** Tasks linked to no goal area (the comparison's "no goal area" row). */
  readonly withoutAlignmentArea?: boolean;
  /** Tasks registered in a unit of one of these kinds. */
  readonly unitKinds?: readonly OrgUnitKind[];
  /** Tasks registered in this former district or in a commune that mostly lies in it; 0: in units with none. */
  readonly legacyDistrictId?: number;
  /** Tasks with a milestone due before this date and not done. */
  readonly overdueAsOf?: string;
  /**
   * Tasks past a stage's deadline on `asOf`, the deadline moved by the latest extension for the
   * task's cadre (`extendedFor: 'CADRE'`) or for the unit that must act (the funnel's overdue figure).
   */
  readonly pastStageDeadline?: {
    readonly stage: CycleStage;
    readonly asOf: string;
    readonly extendedFor: 'CADRE' | 'UNIT';
    readonly unitId: number;
  };
  /** Tasks still without this advisory agency's opinion at this stage (the funnel's drill-down). */
  readonly awaitingOpinion?: { readonly agencyId: number; readonly stage: ReviewStage };
  /** Tasks of cadres without a year-end rating for the task's cycle yet. */
  readonly unrated?: boolean;
  /** Tasks of cadres whose year-end rating is one of these levels. */
  readonly ratedLevels?: readonly QualityRatingLevel[];
  /** Tasks with evidence the focal agency has not checked yet (its inbox). */
  readonly evidencePending?: boolean;
  readonly search?: string;
}

const EVIDENCE_PENDING = `EXISTS (SELECT 1 FROM evidence e WHERE e.key_task_id = t.id AND e.verification = 'PENDING')`;

/** A task as a page lists it: with its cadre. */
export type TaskWithCadre = KeyTaskEntity & { readonly cadre: CadreEntity };

/** As the funnel's backlog counts a wait overdue (funnel.service.ts): the later of the deadline and any extension. */
const PAST_STAGE_DEADLINE = `greatest(
    (SELECT d.due_on FROM cycle_deadline d WHERE d.cycle_id = t.cycle_id AND d.stage = :pastStage),
    (SELECT max(e.until) FROM deadline_extension e WHERE e.cycle_id = t.cycle_id AND e.stage = :pastStage
        AND CASE WHEN :pastByCadre THEN e.cadre_id = t.cadre_id ELSE e.unit_id = :pastUnit END)
  ) < CAST(:pastAsOf AS date)`;

export class KeyTaskQueryService {
  constructor(private readonly db: DataSource) {}

  /**
   * Tasks in a stable order — by id, or by `orderBy`'s key then id — paged by keyset, each with its
   * cadre (`cadre`) read in the same statement: a page's cadres are what a drill-down shows next to
   * every task, and a task in scope makes its cadre visible, so the cadre loader may be primed with
   * them. One statement per page, one more for the total when asked.
   */
  async list(
    query: KeyTaskQuery,
    page: PageRequest<KeyTaskCursor>,
    scope: TaskScope,
    orderBy: KeyTaskOrderBy | null = null,
    viewer: ViewerParts = { actors: [], ids: [] },
  ): Promise<ConnectionResult<TaskWithCadre>> {
    const after = page.after;
    const ordered = after !== null && typeof after !== 'number';
    if (
      after !== null &&
      (orderBy === null ? ordered : !ordered || after[0] !== orderBy.order || after[1] !== orderBy.descending)
    ) {
      throw badUserInput('"after" belongs to a list in another order: start again from the first page.', 'after');
    }
    const filtered = this.filtered(query, scope);
    const pageQuery = filtered
      .clone()
      .innerJoinAndMapOne('t.cadre', CadreEntity, 'tc', 'tc.id = t.cadre_id')
      .limit(page.first + 1);
    const keys = new Map<number, string | null>();
    if (orderBy === null) {
      pageQuery.orderBy('t.id', 'ASC');
      if (typeof after === 'number') pageQuery.andWhere('t.id > :after', { after });
    } else {
      const key = keyTaskOrderKey(orderBy.order, viewer);
      pageQuery
        .addSelect(`(${key.sql})::text`, 'order_key')
        .setParameters(key.params)
        .orderBy(key.sql, orderBy.descending ? 'DESC' : 'ASC', 'NULLS LAST')
        .addOrderBy('t.id', 'ASC');
      if (after !== null && typeof after !== 'number') {
        const [, , afterKey, afterId] = after;
        const cast = `CAST(:afterKey AS ${key.type})`;
        // Tasks without a key come last in either direction, each run of equal keys by id.
        pageQuery.andWhere(
          afterKey === null
            ? `(${key.sql}) IS NULL AND t.id > :afterId`
            : `((${key.sql}) ${orderBy.descending ? '<' : '>'} ${cast} OR (${key.sql}) IS NULL
                OR ((${key.sql}) = ${cast} AND t.id > :afterId))`,
          { afterKey, afterId },
        );
      }
    }
    let rows: TaskWithCadre[] = [];
    if (page.first > 0) {
      const { entities, raw } = await pageQuery.getRawAndEntities<{ t_id: number; order_key?: string | null }>();
      rows = entities as TaskWithCadre[];
      for (const row of raw) keys.set(Number(row.t_id), row.order_key ?? null);
    }
    return toConnection(
      rows,
      page,
      (task): KeyTaskCursor =>
        orderBy === null ? task.id : [orderBy.order, orderBy.descending, keys.get(task.id) ?? null, task.id],
      () => filtered.getCount(),
    );
  }

  /** A cadre's tasks of a year, in their order. */
  async ofCadre(cadreId: number, cycleYear: number, scope: TaskScope): Promise<KeyTaskEntity[]> {
    return this.filtered({ cadreId, cycleYear }, scope).orderBy('t.ordinal', 'ASC').getMany();
  }

  /** The tasks matching `query` within `scope`, as a query to refine (drill-downs page it by cadre). */
  filtered(query: KeyTaskQuery, scope: TaskScope): SelectQueryBuilder<KeyTaskEntity> {
    const visible = taskScopeCondition(scope, 't');
    const qb = this.db.getRepository(KeyTaskEntity).createQueryBuilder('t').where(visible.sql, visible.params);
    if (query.cycleYear !== undefined) {
      qb.andWhere('t.cycle_id = (SELECT c.id FROM cycle c WHERE c.year = :cycleYear)', { cycleYear: query.cycleYear });
    }
    if (query.cadreId !== undefined) qb.andWhere('t.cadre_id = :cadreId', { cadreId: query.cadreId });
    if (query.focalUnitId !== undefined)
      qb.andWhere('t.focal_unit_id = :focalUnitId', { focalUnitId: query.focalUnitId });
    if (query.states?.length) qb.andWhere('t.state IN (:...states)', { states: query.states });
    if (query.outcomes?.length) qb.andWhere('t.concluded_outcome IN (:...outcomes)', { outcomes: query.outcomes });
    if (query.submittedLate !== undefined) qb.andWhere('t.submitted_late = :late', { late: query.submittedLate });
    if (query.unitKinds?.length || query.legacyDistrictId !== undefined) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM position p2 JOIN org_unit u2 ON u2.id = p2.unit_id WHERE p2.id = t.position_id
           AND (:noKinds OR u2.kind = ANY(:kinds))
           AND (:noDistrict OR u2.legacy_district_id = :district OR (u2.kind = 'DISTRICT' AND u2.id = :district)
                OR (:district = 0 AND u2.legacy_district_id IS NULL AND u2.kind <> 'DISTRICT')))`,
        {
          noKinds: !query.unitKinds?.length,
          kinds: [...(query.unitKinds ?? [])],
          noDistrict: query.legacyDistrictId === undefined,
          district: query.legacyDistrictId ?? -1,
        },
      );
    }
    if (query.unitId !== undefined || query.sectors?.length || query.subjectGroups?.length) {
      qb.innerJoin('position', 'p', 'p.id = t.position_id');
      if (query.unitId !== undefined) qb.andWhere('p.unit_id = :unitId', { unitId: query.unitId });
      if (query.subjectGroups?.length) qb.andWhere('p.subject_group IN (:...groups)', { groups: query.subjectGroups });
      if (query.sectors?.length) {
        qb.innerJoin('org_unit', 'u', 'u.id = p.unit_id').andWhere('u.sector IN (:...sectors)', {
          sectors: query.sectors,
        });
      }
    }
    if (query.overdueAsOf !== undefined) {
      qb.andWhere(
        `t.state IN ('PLANNED', 'IN_PROGRESS') AND EXISTS (SELECT 1 FROM milestone m WHERE m.key_task_id = t.id AND m.due_on < :asOf AND m.done_on IS NULL)`,
        { asOf: query.overdueAsOf },
      );
    }
    if (query.pastStageDeadline !== undefined) {
      const past = query.pastStageDeadline;
      qb.andWhere(PAST_STAGE_DEADLINE, {
        pastStage: past.stage,
        pastAsOf: past.asOf,
        pastByCadre: past.extendedFor === 'CADRE',
        pastUnit: past.unitId,
      });
    }
    if (query.awaitingOpinion !== undefined) {
      qb.andWhere(
        'NOT EXISTS (SELECT 1 FROM opinion o WHERE o.key_task_id = t.id AND o.agency_unit_id = :opinionAgency AND o.stage = :opinionStage)',
        { opinionAgency: query.awaitingOpinion.agencyId, opinionStage: query.awaitingOpinion.stage },
      );
    }
    if (query.evidencePending !== undefined) {
      qb.andWhere(query.evidencePending ? EVIDENCE_PENDING : `NOT ${EVIDENCE_PENDING}`);
    }
    if (query.unrated) {
      qb.andWhere(
        'NOT EXISTS (SELECT 1 FROM quality_rating q WHERE q.cycle_id = t.cycle_id AND q.cadre_id = t.cadre_id)',
      );
    }
    if (query.ratedLevels?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM quality_rating q WHERE q.cycle_id = t.cycle_id AND q.cadre_id = t.cadre_id AND q.level IN (:...levels))',
        { levels: query.ratedLevels },
      );
    }
    if (query.alignmentArea) {
      qb.andWhere('EXISTS (SELECT 1 FROM alignment a WHERE a.key_task_id = t.id AND a.area = :area)', {
        area: query.alignmentArea,
      });
    }
    if (query.withoutAlignmentArea) {
      qb.andWhere('NOT EXISTS (SELECT 1 FROM alignment a WHERE a.key_task_id = t.id AND a.area IS NOT NULL)');
    }
    const words = foldForSearch(query.search ?? '')
      .split(' ')
      .filter(Boolean)
      .slice(0, 8);
    words.forEach((word, index) => {
      qb.andWhere(`t.search_text LIKE :w${index} ESCAPE '\\'`, { [`w${index}`]: `%${escapeLike(word)}%` });
    });
    return qb;
  }
}
