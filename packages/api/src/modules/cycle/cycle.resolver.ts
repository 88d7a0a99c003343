import { CYCLE_STAGE_DEFAULTS, CYCLE_STAGES, codesOf, stageActors, type CycleStage } from '@nvtt/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/relay.js';
import type { AuditEventEntity } from '../audit/audit-event.entity.js';
import { AuditEventType } from '../audit/audit-event.type.js';
import type { CycleEntity } from './cycle.entity.js';
import { CycleDeadlineType, CycleRulesType, CycleType } from './cycle.type.js';

const STAGE_ORDER = codesOf(CYCLE_STAGES);

@Resolver(() => CycleType)
export class CycleResolver {
  @Query(() => [CycleType], { description: 'Every cycle, newest year first.' })
  cycles(@Ctx() ctx: RequestContext): Promise<CycleEntity[]> {
    return ctx.services.cycles.list();
  }

  @Query(() => CycleType, { nullable: true, description: 'The cycle of a year; null when none was opened.' })
  cycle(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<CycleEntity | null> {
    return ctx.services.cycles.findByYear(year);
  }

  @FieldResolver(() => ID, { description: 'Globally unique, opaque id.' })
  id(@Root() cycle: CycleEntity): string {
    return toGlobalId('Cycle', cycle.id);
  }

  @FieldResolver(() => CycleRulesType, {
    description: 'Rules of this cycle (tasks per cadre, longest duration, report day).',
  })
  rules(@Root() cycle: CycleEntity): CycleRulesType {
    return {
      tasksPerCadre: cycle.tasksPerCadre,
      maxDurationMonths: cycle.maxDurationMonths,
      progressReportDay: cycle.progressReportDay,
    };
  }

  @FieldResolver(() => [AuditEventType], {
    description: 'Recorded changes to the cycle: settings, deadline extensions, assignment decisions (nhật ký).',
  })
  auditTrail(@Root() cycle: CycleEntity, @Ctx() ctx: RequestContext): Promise<AuditEventEntity[]> {
    return ctx.loaders.cycles.auditByCycleId.load(cycle.id);
  }

  @FieldResolver(() => [CycleDeadlineType], { description: 'Every stage’s deadline, in the order of the year.' })
  async deadlines(@Root() cycle: CycleEntity, @Ctx() ctx: RequestContext): Promise<CycleDeadlineType[]> {
    const rows = await ctx.loaders.cycles.deadlinesByCycleId.load(cycle.id);
    const dueOn = new Map(rows.map((row) => [row.stage, row.dueOn]));
    return STAGE_ORDER.map((stage: CycleStage) => ({
      stage,
      dueOn: dueOn.get(stage) ?? null,
      basis: CYCLE_STAGE_DEFAULTS[stage]?.basis ?? null,
      actors: [...stageActors(stage)],
    }));
  }
}
