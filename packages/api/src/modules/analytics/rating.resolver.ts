import { htxsQuota, type AnalyticsDimension, type QualityRatingLevel } from '@nvtt/shared';
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { aggregateScopeOf } from '../../auth/scope.js';
import type { RequestContext } from '../../graphql/context.js';
import { QualityRatingLevelEnum } from '../../graphql/enums-domain.js';
import { badUserInput } from '../../graphql/errors.js';
import { toGlobalId, type ConnectionResult } from '../../graphql/relay.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import { KeyTaskConnection } from '../key-task/key-task.type.js';
import { taskPage } from '../key-task/task-page.js';
import { AnalyticsDimensionEnum, drillDown } from './analytics.resolver.js';
import type { RatingRow } from './rating.service.js';

interface RatingCell extends RatingRow {
  readonly dimension: AnalyticsDimension;
}

@ObjectType('RatingRow', {
  description:
    'Cadres of one cycle sharing a dimension value, by official year-end rating (xếp loại), with the HTXS quota check.',
})
export class RatingRowType {
  @Field(() => Int, { description: 'The cycle’s year.' })
  cycleYear: number;

  @Field(() => String, { description: 'The dimension value (unit code or vocabulary code).' })
  code: string;

  @Field(() => String, { description: 'A unit’s name, or the code for vocabulary dimensions.' })
  label: string;

  @Field(() => Int, { description: 'Cadres with tasks here.' })
  cadres: number;

  @Field(() => Int, { description: 'Rated HTXS (hoàn thành xuất sắc nhiệm vụ).' })
  excellent: number;

  @Field(() => Int, { description: 'Rated HTT (hoàn thành tốt nhiệm vụ).' })
  good: number;

  @Field(() => Int, { description: 'Rated HT (hoàn thành nhiệm vụ).' })
  completed: number;

  @Field(() => Int, { description: 'Rated KHT (không hoàn thành nhiệm vụ).' })
  notCompleted: number;
}

@Resolver(() => RatingRowType)
export class RatingResolver {
  @Query(() => [RatingRowType], {
    description:
      'Official ratings by a dimension, per cycle, with the HTXS quota check per group (phân bố xếp loại). Covers everything for BTC, BTV, viewers and aggregate tokens; others see their own scope.',
  })
  async ratingDistribution(
    @Ctx() ctx: RequestContext,
    @Arg('cycleYears', () => [Int], { description: 'One or more cycle years (at most 10).' }) cycleYears: number[],
    @Arg('dimension', () => AnalyticsDimensionEnum, {
      description: 'The comparable groups, e.g. SUBJECT_GROUP or LOCALITY.',
    })
    dimension: AnalyticsDimension,
  ): Promise<RatingCell[]> {
    if (cycleYears.length === 0 || cycleYears.length > 10)
      throw badUserInput('Choose 1 to 10 cycle years.', 'cycleYears');
    const rows = await ctx.services.ratings.distribution(cycleYears, dimension, aggregateScopeOf(ctx.actor));
    return rows.map((row) => ({ ...row, dimension }));
  }

  @FieldResolver(() => Int, { description: 'Cadres not (yet) rated.' })
  unrated(@Root() row: RatingCell): number {
    return row.cadres - row.excellent - row.good - row.completed - row.notCompleted;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'The HTXS quota: at most this share of those rated HTT.' })
  excellentQuotaOfGood(@Root() row: RatingCell): number | null {
    return row.excellentQuotaOfGood;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many HTXS the quota allows here (null: no quota).' })
  excellentAllowed(@Root() row: RatingCell): number | null {
    return htxsQuota(row, row).allowed;
  }

  @FieldResolver(() => Boolean, {
    description: 'More HTXS than the quota allows: a warning for Ban Tổ chức, not a block.',
  })
  excellentQuotaExceeded(@Root() row: RatingCell): boolean {
    return htxsQuota(row, row).exceeded;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The unit’s id for unit dimensions.' })
  unitId(@Root() row: RatingCell): string | null {
    return row.unitId === null ? null : toGlobalId('OrgUnit', row.unitId);
  }

  @FieldResolver(() => KeyTaskConnection, {
    description: 'The tasks of the cadres counted here, optionally only those rated at some levels (drill-down).',
  })
  tasksCounted(
    @Root() row: RatingCell,
    @Ctx() ctx: RequestContext,
    @Arg('levels', () => [QualityRatingLevelEnum], {
      nullable: true,
      description: 'Only tasks of cadres rated at these levels; every level when omitted.',
    })
    levels?: QualityRatingLevel[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
    after?: string | null,
    @Arg('unrated', () => Boolean, {
      nullable: true,
      description: 'Only tasks of cadres not (yet) rated: the `unrated` figure. Not combined with `levels`.',
    })
    unrated?: boolean | null,
  ): Promise<ConnectionResult<KeyTaskEntity>> {
    if (unrated && levels?.length) throw badUserInput('Ask for rated levels or for the unrated, not both.', 'unrated');
    const base = drillDown(row.dimension, row.cycleYear, row.unitId, row.code);
    const query = unrated ? { ...base, unrated: true } : { ...base, ratedLevels: levels ?? [] };
    return taskPage(ctx, query, first, after);
  }
}
