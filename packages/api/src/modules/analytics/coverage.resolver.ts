import { GOAL_SERVING_STATES, type AlignmentArea } from '@nvtt/shared';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { aggregateScopeOf } from '../../auth/scope.js';
import type { RequestContext } from '../../graphql/context.js';
import { AlignmentAreaEnum } from '../../graphql/enums-domain.js';
import type { ConnectionResult } from '../../graphql/relay.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import { KeyTaskConnection } from '../key-task/key-task.type.js';
import { taskPage } from '../key-task/task-page.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import type { AreaCoverage } from './coverage.service.js';

/** A coverage row with its year, for its drill-down. */
interface CoverageCell extends AreaCoverage {
  readonly cycleYear: number;
}

@ObjectType('AreaCoverage', { description: 'How much of a goal area the year’s tasks cover (độ bao phủ lĩnh vực).' })
export class AreaCoverageType {
  @Field(() => AlignmentAreaEnum, { description: 'The goal area.' })
  area: AlignmentArea;

  @Field(() => Int, { description: 'Tasks serving it (submitted or later; not withdrawn or rejected).' })
  tasks: number;

  @Field(() => Int, { description: 'Cadres with such a task.' })
  cadres: number;

  @Field(() => Int, { description: 'Commune-level units with such a task.' })
  localities: number;
}

@Resolver()
export class CoverageResolver {
  @Query(() => [AreaCoverageType], {
    description:
      'Every goal area with the tasks that serve it in a year, the empty ones included (which areas have no task).',
  })
  async alignmentCoverage(
    @Ctx() ctx: RequestContext,
    @Arg('cycleYear', () => Int, { description: 'The cycle (năm đánh giá).' }) cycleYear: number,
  ): Promise<CoverageCell[]> {
    const rows = await ctx.services.coverage.areas(cycleYear, aggregateScopeOf(ctx.actor));
    return rows.map((row) => ({ ...row, cycleYear }));
  }

  @Query(() => [OrgUnitType], {
    description: 'Commune-level units with no task serving a goal area in a year (which localities carry none).',
  })
  localitiesWithoutArea(
    @Ctx() ctx: RequestContext,
    @Arg('cycleYear', () => Int, { description: 'The cycle (năm đánh giá).' }) cycleYear: number,
    @Arg('area', () => AlignmentAreaEnum, { description: 'The goal area (lĩnh vực mục tiêu) looked for.' })
    area: AlignmentArea,
  ): Promise<OrgUnitEntity[]> {
    return ctx.services.coverage.localitiesWithout(cycleYear, area, aggregateScopeOf(ctx.actor));
  }
}

@Resolver(() => AreaCoverageType)
export class AreaCoverageFieldResolver {
  @FieldResolver(() => KeyTaskConnection, { description: 'The tasks counted here (drill-down).' })
  tasksCounted(
    @Root() row: CoverageCell,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
    after?: string | null,
  ): Promise<ConnectionResult<KeyTaskEntity>> {
    const query = { cycleYear: row.cycleYear, alignmentArea: row.area, states: GOAL_SERVING_STATES };
    return taskPage(ctx, query, first, after);
  }
}
