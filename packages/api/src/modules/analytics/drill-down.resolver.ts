import {
  FUNNEL_STEP_STATES,
  GOAL_SERVING_STATES,
  type AnalyticsDimension,
  type FunnelStep,
  type QualityRatingLevel,
} from '@nvtt/shared';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { QualityRatingLevelEnum } from '../../graphql/enums-domain.js';
import { badUserInput } from '../../graphql/errors.js';
import { connectionTypes, fromGlobalId, pageRequest, type ConnectionResult } from '../../graphql/relay.js';
import type { CadreEntity } from '../cadre/cadre.entity.js';
import { CadreType } from '../cadre/cadre.type.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import type { KeyTaskQuery } from '../key-task/key-task-query.service.js';
import { KeyTaskType } from '../key-task/key-task.type.js';
import { AnalyticsDimensionEnum, drillDown } from './analytics.resolver.js';
import { DrillDownOrderEnum, decodeDrillDownCursor, type DrillDownOrder } from './drill-down.order.js';
import type { CadreTasks } from './drill-down.service.js';
import { FunnelStepEnum } from './funnel.resolver.js';

const UNIT_DIMENSIONS: ReadonlySet<AnalyticsDimension> = new Set(['LOCALITY', 'LEGACY_DISTRICT', 'FOCAL_AGENCY']);

@ObjectType('CadreTasks', { description: 'A cadre behind a figure, with the tasks of theirs it counted.' })
export class CadreTasksType {
  @Field(() => CadreType, { description: 'The cadre.' })
  cadre: CadreEntity;

  @Field(() => [KeyTaskType], { description: 'The cadre’s tasks counted in the figure, in their order.' })
  tasks: KeyTaskEntity[];
}

export const { Connection: CadreTasksConnection } = connectionTypes(CadreTasksType, 'CadreTasks');

/** One value of a dimension as the drill-down receives it: a unit's id, or a vocabulary code. */
function cellQuery(
  dimension: AnalyticsDimension,
  cycleYear: number,
  unit: string | null | undefined,
  code: string | null | undefined,
  argument: string,
): KeyTaskQuery {
  if (!UNIT_DIMENSIONS.has(dimension)) {
    // '' is a row too: tasks with no goal area.
    if (code === null || code === undefined)
      throw badUserInput(`Give the ${argument} argument for this dimension.`, argument);
    return drillDown(dimension, cycleYear, null, code);
  }
  // No unit: the row of tasks in units without a former district; an id of another type matches nothing.
  if (!unit) return drillDown(dimension, cycleYear, null, '');
  const id = fromGlobalId(unit);
  return drillDown(dimension, cycleYear, id?.type === 'OrgUnit' ? id.id : -1, '');
}

@Resolver()
export class DrillDownResolver {
  @Query(() => CadreTasksConnection, {
    description:
      'The cadres behind one figure — a comparison cell, a matrix cell, a rating row (`ratedLevels`) or a funnel step (`step`) — each with the tasks counted (chi tiết). Lists only what the viewer may read by name; a constant number of SQL statements whatever the page size, search or order.',
  })
  async drillDown(
    @Ctx() ctx: RequestContext,
    @Arg('cycleYear', () => Int, { description: 'The figure’s cycle.' }) cycleYear: number,
    @Arg('dimension', () => AnalyticsDimensionEnum, { nullable: true, description: 'The comparison’s rows.' })
    dimension?: AnalyticsDimension | null,
    @Arg('unit', () => ID, { nullable: true, description: 'The row’s unit (`unitId`), for unit dimensions.' })
    unit?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'The row’s code, for vocabulary dimensions.' })
    code?: string | null,
    @Arg('by', () => AnalyticsDimensionEnum, { nullable: true, description: 'In a matrix: the columns.' })
    by?: AnalyticsDimension | null,
    @Arg('unit2', () => ID, { nullable: true, description: 'In a matrix: the column’s unit.' }) unit2?: string | null,
    @Arg('code2', () => String, { nullable: true, description: 'In a matrix: the column’s code.' })
    code2?: string | null,
    @Arg('ratedLevels', () => [QualityRatingLevelEnum], {
      nullable: true,
      description: 'Only cadres rated at these levels.',
    })
    ratedLevels?: QualityRatingLevel[] | null,
    @Arg('step', () => FunnelStepEnum, { nullable: true, description: 'Only tasks at or past this funnel step.' })
    step?: FunnelStep | null,
    @Arg('servingOnly', () => Boolean, {
      nullable: true,
      description:
        'Only tasks that serve their goal areas, as the alignment coverage counts them (registered, not refused).',
    })
    servingOnly?: boolean | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Only cadres whose name or code contains every word, with or without diacritics.',
    })
    search?: string | null,
    @Arg('orderBy', () => DrillDownOrderEnum, {
      nullable: true,
      description: 'What the cadres are sorted by, across all pages (default NAME).',
    })
    orderBy?: DrillDownOrder | null,
    @Arg('descending', () => Boolean, {
      nullable: true,
      description: 'Largest first (default false); cadres without a value for the order come last either way.',
    })
    descending?: boolean | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
    after?: string | null,
  ): Promise<ConnectionResult<CadreTasks>> {
    if (by && by === dimension) throw badUserInput('A matrix needs two different dimensions.', 'by');
    if (by && !dimension) throw badUserInput('A matrix needs the row dimension too.', 'dimension');
    let query: KeyTaskQuery = dimension ? cellQuery(dimension, cycleYear, unit, code, 'code') : { cycleYear };
    if (by) query = { ...query, ...cellQuery(by, cycleYear, unit2, code2, 'code2') };
    if (ratedLevels?.length) query = { ...query, ratedLevels };
    if (step) query = { ...query, states: FUNNEL_STEP_STATES[step] };
    if (servingOnly) {
      const states = query.states ?? GOAL_SERVING_STATES;
      query = { ...query, states: states.filter((state) => GOAL_SERVING_STATES.includes(state)) };
    }
    const connection = await ctx.services.drillDown.cadres(
      query,
      {
        ...(search ? { search } : {}),
        order: orderBy ?? 'NAME',
        descending: descending ?? false,
        asOf: ctx.today,
      },
      pageRequest(first, after, decodeDrillDownCursor),
      ctx.scope,
    );
    // Later fields (a task's cadre, a cadre by id) reuse what the page already read.
    for (const { cadre, tasks } of connection.nodes) {
      ctx.loaders.keyTasks.cadreById.prime(cadre.id, cadre);
      for (const task of tasks) ctx.loaders.keyTasks.taskById.prime(task.id, task);
    }
    return connection;
  }
}
