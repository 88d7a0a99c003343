import type { AlignmentArea } from '@nvtt/shared';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { aggregateScopeOf } from '../../auth/scope.js';
import type { RequestContext } from '../../graphql/context.js';
import { AlignmentAreaEnum } from '../../graphql/enums-domain.js';
import type { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import type { AreaCoverage } from './coverage.service.js';

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
  alignmentCoverage(
    @Ctx() ctx: RequestContext,
    @Arg('cycleYear', () => Int, { description: 'The cycle (năm đánh giá).' }) cycleYear: number,
  ): Promise<AreaCoverage[]> {
    return ctx.services.coverage.areas(cycleYear, aggregateScopeOf(ctx.actor));
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
