import {
  ANALYTICS_DIMENSIONS,
  isCodeOf,
  ORG_UNIT_KINDS,
  SECTORS,
  SUBJECT_GROUPS,
  ALIGNMENT_AREAS,
  type AnalyticsDimension,
} from '@nvtt/shared';
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { aggregateScopeOf } from '../../auth/scope.js';
import type { RequestContext } from '../../graphql/context.js';
import { registerVocabulary } from '../../graphql/enums.js';
import { badUserInput } from '../../graphql/errors.js';
import { toGlobalId, type ConnectionResult } from '../../graphql/relay.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import type { KeyTaskQuery } from '../key-task/key-task-query.service.js';
import { KeyTaskConnection } from '../key-task/key-task.type.js';
import { taskPage } from '../key-task/task-page.js';
import type { ComparisonRow } from './analytics.service.js';

export const AnalyticsDimensionEnum = registerVocabulary(
  ANALYTICS_DIMENSIONS,
  'AnalyticsDimension',
  'What a comparison groups key tasks by (tiêu chí so sánh).',
);

/** A comparison row as the API returns it: the counts, the rates, and how to reach the tasks behind it. */
interface ComparisonCell extends ComparisonRow {
  readonly dimension: AnalyticsDimension;
  readonly second: AnalyticsDimension | null;
  readonly unitGlobalId: string | null;
  readonly unitGlobalId2: string | null;
  readonly registeredOnTimeRate: number | null;
  readonly completionRate: number | null;
  readonly lateShare: number | null;
  readonly exceededShare: number | null;
  readonly milestoneOnTimeRate: number | null;
}

const share = (count: number, of: number) => (of === 0 ? null : count / of);

/** Units' global ids, encoded once each: a matrix names the same few hundred units in every row. */
const UNIT_IDS = new Map<number, string>();
function unitGlobalId(id: number): string {
  let known = UNIT_IDS.get(id);
  if (known === undefined) {
    known = toGlobalId('OrgUnit', id);
    // Bounded: units are a few thousand at most; past that, ids are encoded each time.
    if (UNIT_IDS.size < 10_000) UNIT_IDS.set(id, known);
  }
  return known;
}

/**
 * The rates and ids computed once per row, as plain fields: a field resolver per rate would run
 * TypeGraphQL's resolver pipeline (parameter handling, a copy of the row) for every row and rate,
 * which was most of the API's time over the floor once a comparison came from its summary.
 * Every property is copied by name rather than with `{ ...row }`: pg's rows have 24 properties
 * added one by one, and spreading one into a literal with 9 more took about 12 µs a row (V8's
 * slow path for such objects) against 0.6 µs this way, and the result has one fixed shape for
 * the 25 field reads of each row that follow (measured, docs/performance.md, fifth pass).
 */
function comparisonCell(
  row: ComparisonRow,
  dimension: AnalyticsDimension,
  second: AnalyticsDimension | null,
): ComparisonCell {
  return {
    cycleYear: row.cycleYear,
    unitId: row.unitId,
    code: row.code,
    label: row.label,
    unitId2: row.unitId2,
    code2: row.code2,
    label2: row.label2,
    cadres: row.cadres,
    tasks: row.tasks,
    registered: row.registered,
    registeredOnTime: row.registeredOnTime,
    assigned: row.assigned,
    assessable: row.assessable,
    completed: row.completed,
    onTime: row.onTime,
    late: row.late,
    exceeded: row.exceeded,
    partial: row.partial,
    notCompleted: row.notCompleted,
    exempt: row.exempt,
    selfAboveConcluded: row.selfAboveConcluded,
    appraisedAboveConcluded: row.appraisedAboveConcluded,
    milestonesDue: row.milestonesDue,
    milestonesOnTime: row.milestonesOnTime,
    dimension,
    second,
    unitGlobalId: row.unitId === null ? null : unitGlobalId(row.unitId),
    unitGlobalId2: row.unitId2 === null ? null : unitGlobalId(row.unitId2),
    registeredOnTimeRate: share(row.registeredOnTime, row.registered),
    completionRate: share(row.completed, row.assessable),
    lateShare: share(row.late, row.assessable),
    exceededShare: share(row.exceeded, row.assessable),
    milestoneOnTimeRate: share(row.milestonesOnTime, row.milestonesDue),
  };
}

@ObjectType('ComparisonRow', {
  description:
    'Key tasks of one cycle sharing one value of the dimension, with the counts behind every rate (explainable: `tasks` lists them).',
})
export class ComparisonRowType {
  @Field(() => Int, { description: 'The cycle’s year.' })
  cycleYear: number;

  @Field(() => String, {
    description: 'The dimension value: a unit’s code, or a vocabulary code (sector, subject group…).',
  })
  code: string;

  @Field(() => String, {
    description: 'A unit’s name, or the code for vocabulary dimensions (label it with the vocabulary).',
  })
  label: string;

  @Field(() => String, { nullable: true, description: 'In a matrix: the second dimension’s value (code).' })
  code2: string | null;

  @Field(() => String, { nullable: true, description: 'In a matrix: the second dimension’s label.' })
  label2: string | null;

  @Field(() => Int, { description: 'Cadres with tasks here (số cán bộ).' })
  cadres: number;

  @Field(() => Int, { description: 'Tasks counted, in any state.' })
  tasks: number;

  @Field(() => Int, { description: 'Tasks submitted for registration (đã đăng ký).' })
  registered: number;

  @Field(() => Int, { description: 'Tasks registered by the deadline (đăng ký đúng hạn).' })
  registeredOnTime: number;

  @Field(() => Int, { description: 'Tasks assigned by the Standing Committee (được giao).' })
  assigned: number;

  @Field(() => Int, { description: 'Tasks with a concluded outcome that counts (not exempt).' })
  assessable: number;

  @Field(() => Int, { description: 'Tasks concluded completed (exceeded, on time or late).' })
  completed: number;

  @Field(() => Int, { description: 'Tasks concluded exceeded or on time.' })
  onTime: number;

  @Field(() => Int, { description: 'Tasks concluded completed late.' })
  late: number;

  @Field(() => Int, { description: 'Tasks concluded exceeded.' })
  exceeded: number;

  @Field(() => Int, { description: 'Tasks concluded partially completed.' })
  partial: number;

  @Field(() => Int, { description: 'Tasks concluded not completed.' })
  notCompleted: number;

  @Field(() => Int, { description: 'Tasks not assessed for objective causes (left out of rates).' })
  exempt: number;

  @Field(() => Int, {
    description: 'Tasks the cadre self-assessed better than the Standing Committee concluded (a leniency signal).',
  })
  selfAboveConcluded: number;

  @Field(() => Int, { description: 'Tasks the focal agency appraised better than the Standing Committee concluded.' })
  appraisedAboveConcluded: number;

  @Field(() => Int, {
    description: 'Milestones fallen due by today: due before it, or due today and done (exempt tasks left out).',
  })
  milestonesDue: number;

  @Field(() => Int, { description: 'Milestones done by their due date.' })
  milestonesOnTime: number;

  @Field(() => Float, { nullable: true, description: 'Tasks registered on time / registered.' })
  registeredOnTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Completed / assessable (tỷ lệ hoàn thành).' })
  completionRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Late / assessable.' })
  lateShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Exceeded / assessable.' })
  exceededShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Milestones on time / due (tỷ lệ đúng tiến độ).' })
  milestoneOnTimeRate: number | null;

  @Field(() => String, {
    name: 'unitId',
    nullable: true,
    description: 'The unit’s id for unit dimensions (locality, former district, focal agency).',
  })
  unitGlobalId: string | null;

  @Field(() => String, {
    name: 'unitId2',
    nullable: true,
    description: 'In a matrix: the column unit’s id, when the second dimension is a unit (for `drillDown`’s unit2).',
  })
  unitGlobalId2: string | null;
}

@Resolver(() => ComparisonRowType)
export class AnalyticsResolver {
  @Query(() => [ComparisonRowType], {
    description:
      'Compare key tasks across a dimension, for one or several cycles (so sánh). Figures cover everything for BTC, BTV, viewers and aggregate tokens; others see their own scope.',
  })
  async comparison(
    @Ctx() ctx: RequestContext,
    @Arg('cycleYears', () => [Int], { description: 'One or more cycle years (at most 10).' }) cycleYears: number[],
    @Arg('dimension', () => AnalyticsDimensionEnum, { description: 'The rows.' }) dimension: AnalyticsDimension,
    @Arg('by', () => AnalyticsDimensionEnum, {
      nullable: true,
      description: 'A second dimension, for a matrix (e.g. locality × sector).',
    })
    by?: AnalyticsDimension | null,
  ): Promise<ComparisonCell[]> {
    if (cycleYears.length === 0 || cycleYears.length > 10)
      throw badUserInput('Choose 1 to 10 cycle years.', 'cycleYears');
    if (by === dimension) throw badUserInput('A matrix needs two different dimensions.', 'by');
    const second = by ?? null;
    const rows = await ctx.services.analytics.compare(
      cycleYears,
      dimension,
      second,
      aggregateScopeOf(ctx.actor),
      ctx.today,
    );
    return rows.map((row) => comparisonCell(row, dimension, second));
  }

  @FieldResolver(() => KeyTaskConnection, {
    description: 'The tasks behind this row, as far as the viewer may read them by name (drill-down).',
  })
  tasksCounted(
    @Root() row: ComparisonCell,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
    after?: string | null,
  ): Promise<ConnectionResult<KeyTaskEntity>> {
    const query = row.second
      ? {
          ...drillDown(row.dimension, row.cycleYear, row.unitId, row.code),
          ...drillDown(row.second, row.cycleYear, row.unitId2, row.code2 ?? ''),
        }
      : drillDown(row.dimension, row.cycleYear, row.unitId, row.code);
    return taskPage(ctx, query, first, after);
  }
}

/** The keyTasks filter that selects exactly the tasks a row counted, for one dimension's value. */
export function drillDown(
  dimension: AnalyticsDimension,
  cycleYear: number,
  unitId: number | null,
  code: string,
): KeyTaskQuery {
  const base = { cycleYear };
  const row = { unitId, code };
  switch (dimension) {
    case 'PROVINCE':
      return base;
    case 'LOCALITY':
      return { ...base, unitId: row.unitId ?? -1 };
    case 'LEGACY_DISTRICT':
      // 0: the row of tasks in units with no former district (provincial bodies).
      return { ...base, legacyDistrictId: row.unitId ?? 0 };
    case 'FOCAL_AGENCY':
      return { ...base, focalUnitId: row.unitId ?? -1 };
    case 'SECTOR':
      return isCodeOf(SECTORS, row.code) ? { ...base, sectors: [row.code] } : { ...base, unitId: -1 };
    case 'SUBJECT_GROUP':
      return isCodeOf(SUBJECT_GROUPS, row.code) ? { ...base, subjectGroups: [row.code] } : { ...base, unitId: -1 };
    case 'UNIT_KIND':
      return isCodeOf(ORG_UNIT_KINDS, row.code) ? { ...base, unitKinds: [row.code] } : { ...base, unitId: -1 };
    case 'ALIGNMENT_AREA':
      // '': the row of tasks with no goal area.
      if (row.code === '') return { ...base, withoutAlignmentArea: true };
      return isCodeOf(ALIGNMENT_AREAS, row.code) ? { ...base, alignmentArea: row.code } : { ...base, unitId: -1 };
    default: {
      const unreachable: never = dimension;
      return unreachable;
    }
  }
}
