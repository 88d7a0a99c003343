import { Arg, Ctx, FieldResolver, ID, Int, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { connectionTypes, idOfType, pageRequest, toGlobalId, type ConnectionResult } from '../../graphql/relay.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { AuditEventType } from '../audit/audit-event.type.js';
import { CycleType } from '../cycle/cycle.type.js';
import type { Dossier } from '../evaluation/dossier.service.js';
import { ConclusionType, LevelConditionsType, MeasuresType, QualityRatingType } from '../evaluation/evaluation.type.js';
import type { KeyTaskEntity } from '../key-task/key-task.entity.js';
import { KeyTaskType } from '../key-task/key-task.type.js';
import type { CadreEntity, PositionEntity } from './cadre.entity.js';
import { decodeCadreCursor } from './cadre.service.js';
import { CadreType, PositionType } from './cadre.type.js';

const { Connection: CadreConnection } = connectionTypes(CadreType, 'Cadre');

@ObjectType('CadreDossier', {
  description:
    'Every input to a cadre’s year-end rating (hồ sơ đánh giá): tasks as assigned and amended, outputs, milestones, opinions, measures, the conditions of each level, the conclusion and the rating.',
})
export class CadreDossierType {
  @Field(() => CadreType, { description: 'The cadre.' })
  cadre: CadreEntity;

  @Field(() => CycleType, { description: 'The cycle.' })
  cycle: unknown;

  @Field(() => [KeyTaskType], { description: 'The cadre’s tasks of the year, all states, in order.' })
  tasks: KeyTaskEntity[];

  @Field(() => MeasuresType, {
    description: 'Measures computed from the tasks still counted (not withdrawn or rejected).',
  })
  measures: unknown;

  @Field(() => [LevelConditionsType], {
    description: 'Conditions of each rating level, met or not; the decision body decides.',
  })
  ratingConditions: unknown;

  @Field(() => String, { description: 'The rating scale of the cycle (phiên bản thang đánh giá).' })
  scaleVersion: string;

  @Field(() => ConclusionType, { nullable: true, description: 'The conclusion (kết luận), when recorded.' })
  conclusion: unknown;

  @Field(() => QualityRatingType, { nullable: true, description: 'The official rating (xếp loại), when recorded.' })
  rating: unknown;

  @Field(() => LocalDateScalar, { description: 'The date measures are computed as of (today in Asia/Ho_Chi_Minh).' })
  asOf: string;

  @Field(() => [AuditEventType], {
    description: 'Recorded changes to the conclusion and the rating; each task has its own trail.',
  })
  auditTrail: unknown;
}

function toDossierType(dossier: Dossier): CadreDossierType {
  return {
    cadre: dossier.cadre,
    cycle: dossier.cycle,
    tasks: dossier.tasks,
    measures: dossier.measures,
    ratingConditions: dossier.conditions.map((level) => ({
      level: level.level,
      allMet: level.allMet,
      conditions: level.conditions.map((condition) => ({
        code: condition.code,
        label: condition.label.vi,
        labelEn: condition.label.en,
        met: condition.met,
      })),
    })),
    scaleVersion: dossier.cycle.ratingScheme.scaleVersion,
    conclusion: dossier.conclusion,
    rating: dossier.rating,
    asOf: dossier.asOf,
    auditTrail: dossier.auditTrail,
  };
}

@Resolver(() => CadreType)
export class CadreResolver {
  @Query(() => CadreConnection, { description: 'Cadres, by name in Vietnamese order.' })
  cadres(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Words of the name or code, with or without diacritics.',
    })
    search?: string | null,
    @Arg('unit', () => ID, { nullable: true, description: 'Cadres who held a post in this unit.' })
    unit?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
    after?: string | null,
  ): Promise<ConnectionResult<CadreEntity>> {
    return ctx.services.cadres.list(
      { ...(search ? { search } : {}), ...(unit ? { unitId: idOfType(unit, 'OrgUnit') ?? -1 } : {}) },
      pageRequest(first, after, decodeCadreCursor),
      ctx.scope,
    );
  }

  @Query(() => CadreType, { nullable: true, description: 'One cadre by id.' })
  async cadre(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The cadre’s id (Cadre.id).' }) id: string,
  ): Promise<CadreEntity | null> {
    const cadreId = idOfType(id, 'Cadre');
    return cadreId === null ? null : ctx.loaders.keyTasks.cadreById.load(cadreId);
  }

  @Query(() => CadreDossierType, {
    nullable: true,
    description: 'A cadre’s dossier for a year (hồ sơ): every rating input of domain §5, in a few statements.',
  })
  async cadreDossier(
    @Ctx() ctx: RequestContext,
    @Arg('cadre', () => ID, { description: 'The cadre’s id (Cadre.id), e.g. from `cadres`.' }) cadre: string,
    @Arg('cycleYear', () => Int, { description: 'The cycle (năm đánh giá), e.g. 2025.' }) cycleYear: number,
  ): Promise<CadreDossierType | null> {
    const cadreId = idOfType(cadre, 'Cadre');
    if (cadreId === null) return null;
    // The cadre must be visible at all; the dossier then holds only the tasks in scope.
    if ((await ctx.loaders.keyTasks.cadreById.load(cadreId)) === null) return null;
    const dossier = await ctx.services.dossiers.load(cadreId, cycleYear, ctx.now, ctx.loaders.keyTasks, ctx.scope);
    return dossier ? toDossierType(dossier) : null;
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id.' })
  id(@Root() cadre: CadreEntity): string {
    return toGlobalId('Cadre', cadre.id);
  }

  @FieldResolver(() => [PositionType], { description: 'Posts held, newest first (quá trình công tác).' })
  positions(@Root() cadre: CadreEntity, @Ctx() ctx: RequestContext): Promise<PositionEntity[]> {
    return ctx.loaders.keyTasks.positionsByCadre.load(cadre.id);
  }

  @FieldResolver(() => [KeyTaskType], { description: 'The cadre’s key tasks of a year, in order.' })
  keyTasks(
    @Root() cadre: CadreEntity,
    @Ctx() ctx: RequestContext,
    @Arg('cycleYear', () => Int, { description: 'The cycle’s year.' }) cycleYear: number,
  ): Promise<KeyTaskEntity[]> {
    return ctx.services.keyTasks.ofCadre(cadre.id, cycleYear, ctx.scope);
  }
}
